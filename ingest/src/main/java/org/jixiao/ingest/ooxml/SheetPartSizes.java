package org.jixiao.ingest.ooxml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;

/**
 * Refuses an XLSX whose worksheet XML is too large to hold at most {@link Limits#maxCells()} cells
 * of a generous {@value #BYTES_PER_CELL} bytes each, before XSSF parses it into memory. The sizes are
 * the zip directory's; POI's own inflate guard checks the real bytes later.
 */
final class SheetPartSizes {
  static final long BYTES_PER_CELL = 1024;

  private SheetPartSizes() {}

  static void check(Path file, Limits limits) throws IngestException, IOException {
    long budget = limits.maxCells() * BYTES_PER_CELL;
    try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
      for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        if (entry.getName().startsWith("xl/worksheets/") && entry.getSize() > budget) {
          throw new IngestException(FailureKind.TOO_LARGE, entry.getName() + " inflates to " + entry.getSize() + " bytes, more than " + limits.maxCells() + " cells can need");
        }
      }
    }
  }
}
