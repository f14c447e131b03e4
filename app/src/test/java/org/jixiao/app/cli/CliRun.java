package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The CLI run in this JVM, its standard output and error kept for the test to read (each run starts them afresh). */
final class CliRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }
}
