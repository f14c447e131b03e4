package org.jixiao.schema;

/**
 * The kind of a file's failure, whichever stage it failed in: implemented by ingest's {@code
 * FailureKind} (the file could not be read) and by {@link ExtractionFailure} (it was read but gave
 * no report). A batch prints {@link #name()} in the file's status line.
 */
public interface FailureCode {
  /** The constant's name, e.g. {@code CORRUPT} or {@code NOT_A_REPORT}. */
  String name();
}
