package org.jixiao.ingest.ocr;

import java.util.function.Consumer;

/**
 * Where a line per OCRed page goes (a scanned report takes seconds a page). Libraries do not print:
 * the CLI sets a listener that writes to stderr; by default the lines are dropped.
 */
public final class OcrProgress {
  private static volatile Consumer<String> listener = line -> {};

  private OcrProgress() {}

  public static void listen(Consumer<String> to) {
    listener = to;
  }

  public static void report(String line) {
    listener.accept(line);
  }
}
