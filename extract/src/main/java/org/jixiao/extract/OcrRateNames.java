package org.jixiao.extract;

import java.util.Locale;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jspecify.annotations.Nullable;

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
    return OcrNames.eachOcrCell(doc, (t, c) -> repaired(t, c, doc.text()));
  }

  private static OcrNames.@Nullable Repair repaired(TableGrid t, GridCell c, String text) {
    String s = c.text().strip();
    boolean misread = s.length() >= MIN_LENGTH
        && s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
        && LOOKALIKES.indexOf(s.charAt(s.length() - 1)) >= 0 && readsPercent(t, c)
        && (c.ocr().confidence() < OcrNames.DOUBTFUL || text.contains(s.substring(0, s.length() - 1) + "率"));
    return misread ? new OcrNames.Repair(s.substring(0, s.length() - 1) + "率", String.format(Locale.ROOT,
        "识别为“%s”（识别置信度 %.0f），本行所列为百分数，末字按“率”读", c.text(), c.ocr().confidence())) : null;
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
