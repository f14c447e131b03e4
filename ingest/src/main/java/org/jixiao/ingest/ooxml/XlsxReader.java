package org.jixiao.ingest.ooxml;

import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.ingest.office.WorkbookSheets;

/**
 * Excel 2007+ (XLSX): each visible sheet becomes its title paragraphs and one grid, with merged
 * regions as spans and cell text as displayed (see {@link WorkbookSheets}). POI's zip-bomb guard
 * ({@code ZipSecureFile} defaults) stays on; a sheet part too large to hold {@link
 * Limits#maxCells()} cells is refused before it is parsed (see {@link SheetPartSizes}).
 */
public final class XlsxReader implements FormatReader {
  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.XLSX);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    return ReadFailures.read(file, format, limits, out -> {
      OoxmlContainer.requireZip(file, format);
      OoxmlContainer.requireBoundedEntries(file, limits);
      SheetPartSizes.check(file, limits);
      try (StrictCopy copy = StrictCopy.of(file, limits, out);
          Workbook wb = WorkbookFactory.create(copy.file().toFile(), null, true)) {
        WorkbookSheets.emit(wb, out, limits);
      }
    });
  }
}
