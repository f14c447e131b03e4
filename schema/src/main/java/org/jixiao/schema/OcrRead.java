package org.jixiao.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * 识别置信度: how a value on a scanned page was read by OCR: its box on the page (points from the
 * top-left of the displayed page, after levelling a skewed scan) and the recognition confidence
 * (0–100) of its least certain character, since a number is only as reliable as its worst digit.
 * {@code recognized} is what OCR read when that was put right to a known indicator name (null, and absent
 * from the JSON, when the text is as recognized).
 */
public record OcrRead(double x, double y, double width, double height, double confidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String recognized) {
  /** A value read as recognized. */
  public OcrRead(double x, double y, double width, double height, double confidence) {
    this(x, y, width, height, confidence, null);
  }

  /** The same reading of a name that was put right to a known name: {@code recognized} keeps what OCR read. */
  public OcrRead corrected(String asRecognized) {
    return new OcrRead(x, y, width, height, confidence, asRecognized);
  }

  /**
   * Below this confidence a value is marked unreliable: Tesseract 5's LSTM gives 90+ to cleanly
   * printed characters and drops under 60 on the ones it confuses (0/6, 1/7, a point lost in noise).
   */
  public static final double RELIABLE = 60;

  /** True when the value may be misread: the audit reports it, it never builds a finding on it. */
  public boolean unreliable() {
    return confidence < RELIABLE;
  }
}
