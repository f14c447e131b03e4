package org.jixiao.app.cli;

import org.jixiao.app.batch.BatchCounts;

/** The launcher's documented exit codes. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int SOME_FILES_FAILED = 3;
  /** {@code audit --fail-on}: every file read, and a finding at or above the severity asked for. */
  public static final int FINDINGS = 4;

  private ExitCodes() {}

  /** A batch's code: {@link #OK} if no file failed, {@link #FAILURE} if all did, else 3. */
  public static int forBatch(int failed, int files) {
    if (failed == 0) {
      return OK;
    }
    return failed == files ? FAILURE : SOME_FILES_FAILED;
  }

  /** {@link #forBatch} of a batch's counts. */
  public static int of(BatchCounts counts) {
    return forBatch(counts.failed(), counts.files());
  }
}
