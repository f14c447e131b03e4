package org.jixiao.ingest.pdf;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tells a table row that a page break cut in two (Word's "allow row to break across pages") from
 * a new row. The first row of the continuation is the rest of the previous part's last row when
 * its cells line up one-to-one with that row's cells, it has some text, and every cell with text
 * continues a cell whose text ran down to the cut (its last line within {@value #REACH} font sizes
 * of the part's bottom edge), while some other cell with text above is empty below (it ended
 * before the cut; a merged cell spanning rows does not count, it may continue). A new row after a row of one-line cells has text in every cell and fails the
 * last test; a new row under a short cell fails the one before.
 */
final class SplitRows {
  /** How close (in font sizes) a cut cell's last baseline is to the bottom edge of its part. */
  static final double REACH = 1.0;
  /** Cell padding and descent allowance, in points. */
  private static final double PADDING = 4;

  private SplitRows() {}

  static boolean isSplitRow(PageTable prev, PageTable next, int firstRow, List<Double> union) {
    int last = prev.rows() - 1;
    boolean anyText = false;
    boolean anyEnded = false;
    boolean allReach = true;
    boolean bracketCut = false;
    for (PageTable.Cell f : next.cells()) {
      if (f.row() != firstRow) {
        continue;
      }
      PageTable.Cell e = lastRowCell(prev, last, union, TableJoiner.index(union, next.xs().get(f.col())),
          TableJoiner.index(union, next.xs().get(f.col() + f.colSpan())));
      if (e == null) {
        return false;
      }
      if (f.text().isEmpty()) {
        // only a cell of the last row alone can have ended; a merged cell above may just continue
        anyEnded |= !e.text().isEmpty() && e.rowSpan() == 1 && f.rowSpan() == 1;
      } else {
        anyText = true;
        if (e.text().isEmpty()) {
          return false; // text under an empty cell starts something new
        }
        allReach &= reachesCut(prev, e);
        bracketCut |= brackets(e.text()) > 0 && brackets(f.text()) < 0;
      }
    }
    // a cell set in the middle of a short row part may end above the cut; a bracket opened above and closed below
    // ("城市管理问题按期办结率（数" | "字化城管平台派遣案件）") still proves the text runs on
    return anyText && anyEnded && (allReach || bracketCut);
  }

  /** Opening brackets less closing ones: above 0, the text stops inside a bracket; below 0, it ends one opened before. */
  static int brackets(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
    }
    return depth;
  }

  /** The cell's text runs down to the bottom edge of its part. */
  static boolean reachesCut(PageTable prev, PageTable.Cell e) {
    return !e.text().isEmpty() && prev.bottom() - e.textBottom() <= REACH * e.size() + PADDING;
  }

  private static PageTable.@Nullable Cell lastRowCell(PageTable t, int last, List<Double> union, int c0, int c1) {
    for (PageTable.Cell e : t.cells()) {
      if (e.row() + e.rowSpan() - 1 == last
          && TableJoiner.index(union, t.xs().get(e.col())) == c0
          && TableJoiner.index(union, t.xs().get(e.col() + e.colSpan())) == c1) {
        return e;
      }
    }
    return null;
  }
}
