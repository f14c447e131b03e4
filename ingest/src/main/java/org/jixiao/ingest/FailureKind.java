package org.jixiao.ingest;

import org.jixiao.schema.FailureCode;

/** Why a file could not be read; each kind has its own message for the user. */
public enum FailureKind implements FailureCode {
  /** zero bytes */
  EMPTY,
  /** the container is cut short or damaged */
  CORRUPT,
  /** password-protected */
  ENCRYPTED,
  /** a PDF with pages but no text layer and nothing OCR could read (blank pages, text drawn as outlines) */
  NO_TEXT_LAYER,
  /** scanned pages, but the OCR engine (Debian tesseract-ocr) or its Chinese model (tesseract-ocr-chi-sim) is missing */
  OCR_UNAVAILABLE,
  /** over a {@link Limits} bound: bytes, pages, cells or characters */
  TOO_LARGE,
  /** a format jixiao does not read */
  UNSUPPORTED_FORMAT,
  /** reading took longer than {@link Limits#timeout()} */
  TIMEOUT,
  /** the file could not be opened or read from disk */
  IO_ERROR,
  /** reading it needed more memory than a parse worker process may use (its heap cap) */
  OUT_OF_MEMORY,
  /** the parse worker process reading it ended without an answer (killed, or the JVM crashed) */
  WORKER_CRASHED
}
