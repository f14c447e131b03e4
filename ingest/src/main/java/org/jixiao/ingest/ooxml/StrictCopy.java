package org.jixiao.ingest.ooxml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/** The file a reader opens: the package itself, or its transitional copy when it is Strict OOXML, deleted when closed. */
record StrictCopy(Path file, @Nullable Path temporary) implements AutoCloseable {
  static StrictCopy of(Path file, Limits limits, DocumentBuilder out) throws IOException, IngestException {
    if (!StrictOoxml.isStrict(file)) {
      return new StrictCopy(file, null);
    }
    Path copy = StrictOoxml.transitional(file, Path.of(System.getProperty("java.io.tmpdir")), limits);
    out.warn(WarningCode.STRICT_OOXML, "saved as Strict Open XML (严格 Open XML): read with its names as the transitional ones", null);
    return new StrictCopy(copy, copy);
  }

  @Override
  public void close() throws IOException {
    if (temporary != null) {
      Files.deleteIfExists(temporary);
    }
  }
}
