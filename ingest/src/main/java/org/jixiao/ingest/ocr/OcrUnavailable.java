package org.jixiao.ingest.ocr;

import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;

/** The messages for a scan that cannot be OCRed because the engine or its Chinese model is missing. */
final class OcrUnavailable {
  /** The Debian packages that provide the engine and the simplified-Chinese model. */
  static final String PACKAGES = "tesseract-ocr tesseract-ocr-chi-sim";

  private OcrUnavailable() {}

  static IngestException because(String why, Throwable cause) {
    return new IngestException(FailureKind.OCR_UNAVAILABLE,
        "scanned pages need OCR, but " + why + "; install it with: apt-get install " + PACKAGES, cause);
  }
}
