package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one format family into the neutral model. Implementations throw {@link IngestException}
 * for anything they recognise as bad input; any other exception is reported as {@link
 * FailureKind#CORRUPT} by {@link DocumentIngestor}.
 */
public interface FormatReader {
  Set<DocFormat> formats();

  ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException;

  /**
   * Metadata a reader sets to the number of files embedded in the document (a PDF's attachments), when there are any: the
   * ingestor then reads them as part of it ({@link #attachments}).
   */
  String ATTACHMENTS = "attachments";

  /** Hands each file embedded in {@code file} to {@code sink}, in the document's order; none by default. */
  default void attachments(Path file, AttachmentSink sink) throws IOException, IngestException {}

  /** Takes one embedded file: its name in the document and its bytes. */
  @FunctionalInterface
  interface AttachmentSink {
    void accept(String name, InputStream data) throws IOException, IngestException;
  }
}
