package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.number.Numbers;

/**
 * 行号列标: a sheet printed with its row and column headings (h351: the letters A, B, C … across the top, the sheet's row
 * numbers down the left) is a table whose first row and first column are no content. They are blanked, so that the
 * cells keep their places (and their citations) and the form reads as printed.
 */
public final class SheetHeadings {
  /** At least this many letters and row numbers: two could be a form's own. */
  private static final int MIN_HEADINGS = 3;

  private SheetHeadings() {}

  public static ParsedDocument blanked(ParsedDocument doc) {
    boolean any = false;
    List<Block> blocks = new ArrayList<>(doc.blocks().size());
    for (Block b : doc.blocks()) {
      Block r = b instanceof TableGrid t && headed(t) ? blanked(t) : b;
      any |= r != b;
      blocks.add(r);
    }
    return any ? new ParsedDocument(doc.fileName(), doc.format(), blocks, doc.text(), doc.metadata(), doc.warnings(),
        doc.pageCount()) : doc;
  }

  /** Column letters A, B, C … in order across the first row, and increasing whole numbers down the first column. */
  static boolean headed(TableGrid t) {
    if (t.rows() <= MIN_HEADINGS || t.cols() <= MIN_HEADINGS || !t.text(0, 0).isBlank()) {
      return false;
    }
    for (int c = 1; c < t.cols(); c++) {
      String letter = t.text(0, c).strip();
      if (letter.length() != 1 || letter.charAt(0) != (char) ('A' + c - 1)) {
        return false;
      }
    }
    BigDecimal last = BigDecimal.ZERO;
    for (int r = 1; r < t.rows(); r++) {
      Optional<BigDecimal> n = Numbers.parse(t.text(r, 0).strip());
      if (n.isEmpty() || n.get().stripTrailingZeros().scale() > 0 || n.get().compareTo(last) <= 0) {
        return false;
      }
      last = n.get();
    }
    return true;
  }

  private static TableGrid blanked(TableGrid t) {
    List<GridCell> out = new ArrayList<>(t.cells().size());
    for (GridCell c : t.cells()) {
      boolean heading = c.row() == 0 || c.col() == 0;
      out.add(heading && !c.text().isEmpty()
          ? new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), "", c.page(), null, c.box()) : c);
    }
    return new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), out, t.page(), t.start(), t.end(), t.method(),
        t.sheet());
  }
}
