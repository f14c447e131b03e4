package org.jixiao.app.batch;

/** How a batch went: the files it was given and how many of them failed. */
public record BatchCounts(int files, int failed) {
  public BatchCounts {
    if (files < 0 || failed < 0 || failed > files) {
      throw new IllegalArgumentException("failed " + failed + " of " + files + " files");
    }
  }

  public int succeeded() {
    return files - failed;
  }
}
