package org.jixiao.ingest.ole;

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
 * Excel 97-2003 (XLS, via POI HSSF): each visible sheet becomes its title paragraphs and one grid,
 * exactly as {@link org.jixiao.ingest.ooxml.XlsxReader} does for XLSX (see {@link WorkbookSheets}).
 * A password-protected workbook fails as ENCRYPTED.
 */
public final class XlsReader implements FormatReader {
  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.XLS);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    return ReadFailures.read(file, format, limits, out -> {
      try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
        WorkbookSheets.emit(wb, out, limits);
      }
    });
  }
}
