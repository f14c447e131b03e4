package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A test that runs the CLI in this JVM: {@link #run} gives the exit code, {@link #out} and {@link #err} what the run
 * printed (each run starts them afresh).
 */
abstract class CliRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }
}
