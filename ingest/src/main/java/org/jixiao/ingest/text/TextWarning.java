package org.jixiao.ingest.text;

/** Why the text reader warns; the name is the {@link org.jixiao.ingest.IngestWarning#code()}. */
enum TextWarning {
  /** no BOM and not valid UTF-8: the charset was detected, not declared */
  CHARSET_DETECTED,
  /** some bytes could not be decoded (or a character was cut off at the end) and were replaced or dropped */
  LOSSY_DECODING
}
