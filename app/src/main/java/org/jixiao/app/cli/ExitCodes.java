package org.jixiao.app.cli;

/** The launcher's documented exit codes. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int SOME_FILES_FAILED = 3;

  private ExitCodes() {}
}
