package org.jixiao.app;

import org.jixiao.app.cli.JixiaoCommand;

/** Entry point of the {@code ./jixiao} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(JixiaoCommand.run(args));
  }
}
