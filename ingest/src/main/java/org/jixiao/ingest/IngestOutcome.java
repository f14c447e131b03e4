package org.jixiao.ingest;

import java.nio.file.Path;

/** The result of reading one file: returned for every file, never thrown. */
public sealed interface IngestOutcome permits IngestOutcome.Parsed, IngestOutcome.Failed {
  Path file();

  /** The file was read. */
  record Parsed(Path file, ParsedDocument document) implements IngestOutcome {}

  /** The file could not be read; {@code message} names the file and the reason. */
  record Failed(Path file, FailureKind kind, String message) implements IngestOutcome {}
}
