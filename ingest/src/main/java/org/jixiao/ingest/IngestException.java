package org.jixiao.ingest;

/** Thrown inside readers to stop with a specific {@link FailureKind}; the ingestor turns it into {@link IngestOutcome.Failed}. */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;
  private final FailureKind kind;

  public IngestException(FailureKind kind, String reason) {
    super(reason);
    this.kind = kind;
  }

  public IngestException(FailureKind kind, String reason, Throwable cause) {
    super(reason, cause);
    this.kind = kind;
  }

  public FailureKind kind() {
    return kind;
  }
}
