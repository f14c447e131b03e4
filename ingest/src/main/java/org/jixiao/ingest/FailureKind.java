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
  /** a PDF with pages but no text layer (a scan); needs OCR */
  NO_TEXT_LAYER,
  /** over a {@link Limits} bound: bytes, pages, cells or characters */
  TOO_LARGE,
  /** a format jixiao does not read */
  UNSUPPORTED_FORMAT,
  /** reading took longer than {@link Limits#timeout()} */
  TIMEOUT,
  /** the file could not be opened or read from disk */
  IO_ERROR
}
