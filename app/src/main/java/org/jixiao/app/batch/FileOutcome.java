package org.jixiao.app.batch;

import java.nio.file.Path;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.Report;

/** What happened to one file: extracted, or failed with a kind and a message naming the file. */
public sealed interface FileOutcome permits FileOutcome.Extracted, FileOutcome.Failed {
  Path file();

  record Extracted(Path file, ParsedDocument document, Report report) implements FileOutcome {}

  /** {@code kind} is null when ingest succeeded and extraction itself failed. */
  record Failed(Path file, @org.jspecify.annotations.Nullable FailureKind kind, String message) implements FileOutcome {
    /** The kind's name, or {@code EXTRACTION} when ingest succeeded. */
    public String kindName() {
      return kind == null ? "EXTRACTION" : kind.name();
    }
  }
}
