package org.jixiao.app;

import org.jixiao.app.cli.JixiaoCommand;

/** Entry point of the {@code ./jixiao} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // libraries log notices (Lucene's vector-module hint) through java.util.logging; the CLI's own output is the record
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
    // a scanned page takes seconds to OCR: one line per page on stderr, so a long file shows it is moving
    org.jixiao.ingest.ocr.OcrProgress.listen(line -> System.err.println("jixiao: " + line));
    System.exit(JixiaoCommand.run(args));
  }
}
