package org.jixiao.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;

/**
 * A whole file in memory, for the readers that parse bytes (HTML, text). It checks size and
 * emptiness itself, as the ingestor does, so a reader called directly fails the same way.
 */
public final class FileBytes {
  private FileBytes() {}

  /** The bytes of {@code file}: TOO_LARGE over {@link Limits#maxBytes()}, EMPTY at 0 bytes. */
  public static byte[] read(Path file, Limits limits) throws IngestException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new IngestException(FailureKind.TOO_LARGE, size + " bytes, over the limit of " + limits.maxBytes());
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException(FailureKind.IO_ERROR, "cannot read: " + e.getMessage(), e);
    }
    if (bytes.length == 0) {
      throw new IngestException(FailureKind.EMPTY, "the file is empty (0 bytes)");
    }
    return bytes;
  }
}
