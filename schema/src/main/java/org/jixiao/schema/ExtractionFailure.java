package org.jixiao.schema;

/**
 * 无法成报: why a file that was read gave no report. Ingest's {@code FailureKind} says why a file could
 * not be read at all; these are the kinds after that, so a failed file always has a kind.
 */
public enum ExtractionFailure implements FailureCode {
  /**
   * nothing a report states was found ({@link Report#statesNothing()}): not a performance-evaluation
   * report, and stored it would only add an empty report to every count
   */
  NOT_A_REPORT,
  /** extraction threw: a bug, reported for this file while the batch goes on */
  EXTRACTION_ERROR,
  /** the audit threw: a bug, reported for this file while the batch goes on */
  AUDIT_ERROR
}
