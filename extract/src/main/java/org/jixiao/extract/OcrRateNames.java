package org.jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;

/**
 * 率 misread at the end of a name ("农村饮水安全达标事", "农村自来水普及素", "…收运处置体系覆盖课", h529 and h534's scans): on a
 * line of an OCR table that reads a percentage, a doubtful name (all Chinese, four characters or more) ending in a character
 * the engine makes of 率 is the rate's name, when the reading is doubtful or the document prints that name with 率
 * elsewhere (h529's goal block: "农村自来水普及率90.6%"). What OCR read stays on the cell and a warning names it, as
 * {@link OcrNames} does.
 */
final class OcrRateNames {
  /** What Tesseract's Chinese model has made of 率 at the end of a name on these scans. */
  private static final String LOOKALIKES = "事素课";
  private static final int MIN_LENGTH = 4;

  private OcrRateNames() {}

  static ParsedDocument repaired(ParsedDocument doc) {
    return OcrNames.eachOcrTable(doc, (t, warnings) -> repaired(t, warnings, doc.text()));
  }

  private static TableGrid repaired(TableGrid t, List<IngestWarning> warnings, String text) {
    List<GridCell> cells = new ArrayList<>(t.cells().size());
    boolean changed = false;
    for (GridCell c : t.cells()) {
      String s = c.text().strip();
      boolean misread = c.ocr() != null && s.length() >= MIN_LENGTH
          && s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
          && LOOKALIKES.indexOf(s.charAt(s.length() - 1)) >= 0 && readsPercent(t, c)
          && (c.ocr().confidence() < OcrNames.DOUBTFUL || text.contains(s.substring(0, s.length() - 1) + "率"));
      if (!misread) {
        cells.add(c);
        continue;
      }
      String name = s.substring(0, s.length() - 1) + "率";
      changed = true;
      cells.add(new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), name, c.page(), c.ocr().corrected(c.text()), c.box()));
      warnings.add(new IngestWarning(WarningCode.OCR_NAME_CORRECTED, String.format(Locale.ROOT,
          "表%d 第%d行第%d列：识别为“%s”（识别置信度 %.0f），本行所列为百分数，末字按“率”读", t.tableIndex() + 1, c.row() + 1,
          c.col() + 1, c.text(), c.ocr().confidence()), c.page()));
    }
    return changed ? new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), cells, t.page(), t.start(), t.end(),
        t.method(), t.sheet()) : t;
  }

  /** Whether another cell of {@code c}'s line holds a percentage. */
  private static boolean readsPercent(TableGrid t, GridCell c) {
    for (int col = 0; col < t.cols(); col++) {
      String other = t.text(c.row(), col);
      if (col != c.col() && (other.contains("%") || other.contains("％")) && other.codePoints().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }
}
