package org.jixiao.app.batch;

import java.nio.file.Path;
import java.util.Objects;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.FailureCode;
import org.jixiao.schema.Report;

/** What happened to one file: extracted, or failed with a kind and a message naming the file. */
public sealed interface FileOutcome permits FileOutcome.Extracted, FileOutcome.Failed {
  Path file();

  record Extracted(Path file, ParsedDocument document, Report report) implements FileOutcome {}

  /**
   * {@code kind} is never null: ingest's {@code FailureKind} when the file could not be read,
   * {@link org.jixiao.schema.ExtractionFailure} when it was read but gave no report.
   */
  record Failed(Path file, FailureCode kind, String message) implements FileOutcome {
    public Failed {
      Objects.requireNonNull(kind, "kind");
    }

    /** The kind's name for the status line, e.g. {@code CORRUPT} or {@code NOT_A_REPORT}. */
    public String kindName() {
      return kind.name();
    }
  }
}
