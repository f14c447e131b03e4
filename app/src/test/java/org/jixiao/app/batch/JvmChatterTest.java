package org.jixiao.app.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JvmChatterTest {
  /** The lines JDK 25 printed as the first import's worker wrote its cache (class path shortened). */
  @Test
  void theCacheWritersStepsAreNotPassedOn() {
    for (String line : new String[] {
        "Temporary AOTConfiguration recorded: /tmp/b10/cache/worker-7cc2cba6262bbfa2.aot.recording.config",
        "Launching child process /usr/lib/jvm/temurin-25-jdk-amd64/bin/java to assemble AOT cache /tmp/b10/cache/worker-7cc2cba6262bbfa2.aot.recording using configuration /tmp/b10/cache/worker-7cc2cba6262bbfa2.aot.recording.config",
        "Picked up JAVA_TOOL_OPTIONS: -Djava.class.path=/work/main/app/target/jixiao-app.jar:/work/main/app/target/lib/poi-5.4.1.jar -Xmx1024m",
        "Reading AOTConfiguration /tmp/b10/cache/worker-7cc2cba6262bbfa2.aot.recording.config and writing AOTCache /tmp/b10/cache/worker-7cc2cba6262bbfa2.aot.recording",
        "AOTCache creation is complete: /tmp/b10/cache/worker-7cc2cba6262bbfa2.aot.recording 63680512 bytes",
        "Removed temporary AOT configuration file /tmp/b10/cache/worker-7cc2cba6262bbfa2.aot.recording.config"}) {
      assertTrue(JvmChatter.isCacheChatter(line), line);
    }
  }

  @Test
  void whatTheJvmSaysAboutAFailureIsPassedOn() {
    assertFalse(JvmChatter.isCacheChatter("Terminating due to java.lang.OutOfMemoryError: Java heap space"));
    assertFalse(JvmChatter.isCacheChatter("# A fatal error has been detected by the Java Runtime Environment:"));
    assertFalse(JvmChatter.isCacheChatter("Error occurred during initialization of VM"));
  }
}
