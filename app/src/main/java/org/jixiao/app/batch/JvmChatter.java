package org.jixiao.app.batch;

import java.util.List;

/**
 * What a parse worker's JVM says about its ahead-of-time cache as the first import ends: the JDK prints
 * each step of writing it, and the child JVM it starts for that echoes the whole class path
 * ("Picked up JAVA_TOOL_OPTIONS: -Djava.class.path=…", some 10 KB), none of which a user asked for or can act on;
 * {@code -Xlog:aot=off} does not silence these. Everything else a worker's JVM prints (out of memory, a crash) is
 * passed on.
 */
final class JvmChatter {
  private static final List<String> AOT_LINES = List.of(
      "Temporary AOTConfiguration recorded",
      "Launching child process ",
      "Picked up JAVA_TOOL_OPTIONS",
      "Reading AOTConfiguration ",
      "AOTCache creation is complete",
      "Removed temporary AOT configuration file");

  private JvmChatter() {}

  static boolean isCacheChatter(String line) {
    for (String start : AOT_LINES) {
      if (line.startsWith(start)) {
        return true;
      }
    }
    return false;
  }
}
