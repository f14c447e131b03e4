package org.jixiao.app;

import org.jixiao.app.cli.JixiaoCommand;

/** Entry point of the {@code ./jixiao} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // libraries log notices (Lucene's vector-module hint) through java.util.logging; the CLI's own output is the record
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
    System.exit(JixiaoCommand.run(args));
  }
}
