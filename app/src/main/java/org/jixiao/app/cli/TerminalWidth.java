package org.jixiao.app.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * How many columns the terminal standard output goes to has, so that a table for people fits it: {@code COLUMNS}
 * when the shell exports it, else what {@code stty size} says of the controlling terminal. Output that goes to a
 * file or a pipe is not fitted (a script gets every character), and neither is a width that cannot be learnt.
 */
final class TerminalWidth {
  /** No terminal, or its width unknown: tables keep their full width. */
  static final int UNLIMITED = Integer.MAX_VALUE;
  private static final int NARROWEST = 40;
  private static volatile Integer cached;

  private TerminalWidth() {}

  static int current() {
    Integer w = cached;
    if (w == null) {
      w = probe();
      cached = w;
    }
    return w;
  }

  private static int probe() {
    if (!onTerminal()) {
      return UNLIMITED;
    }
    Integer fromEnv = parse(System.getenv("COLUMNS"));
    if (fromEnv != null) {
      return fromEnv;
    }
    File tty = new File("/dev/tty");
    if (!tty.canRead()) {
      return UNLIMITED;
    }
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectErrorStream(true).start();
      if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return UNLIMITED;
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      String[] rowsCols = out.split("\\s+");
      Integer cols = rowsCols.length == 2 ? parse(rowsCols[1]) : null;
      return cols == null ? UNLIMITED : cols;
    } catch (java.io.IOException e) {
      return UNLIMITED; // no stty (Windows): the table keeps its width
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return UNLIMITED;
    }
  }

  /**
   * Standard input and output on a terminal. JDK 21 gives no console otherwise; from JDK 22 a console may stand for a
   * redirected stream too, and {@code Console.isTerminal()} (read reflectively: the code is compiled for 21) tells.
   */
  static boolean onTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console at all means a terminal
    }
  }

  /** A column count as the shell or stty prints it, through the one number reader; null unless a usable width. */
  private static Integer parse(String s) {
    if (s == null) {
      return null;
    }
    return org.jixiao.text.number.Numbers.parse(s.strip())
        .filter(n -> n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0)
        .map(java.math.BigDecimal::intValue)
        .filter(n -> n >= NARROWEST && n < 100_000)
        .orElse(null);
  }
}
