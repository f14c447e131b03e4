package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Option;

/** {@code -q} and {@code -v}: how much a verb says on standard error; what it prints as its result never changes. */
public final class Verbosity {
  @Option(names = {"-q", "--quiet"}, description = "say less on standard error: only failures, no line per file, no note of what was written")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "say more on standard error: the limits and settings a batch runs with")
  boolean verbose;

  /** True when both were given, which a verb refuses as a usage error. */
  boolean contradictory() {
    return quiet && verbose;
  }

  /** {@code err} unless quiet: where lines a script may silence go. */
  PrintWriter status(PrintWriter err) {
    return quiet ? new PrintWriter(Writer.nullWriter()) : err;
  }
}
