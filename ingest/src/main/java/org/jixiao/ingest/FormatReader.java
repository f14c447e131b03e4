package org.jixiao.ingest;

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
}
