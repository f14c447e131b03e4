package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Names;

/**
 * 同上: a cell holding only a ditto mark ("〃", "同上", h343's township form typed without merged cells) says what the cell
 * above it says, as a merged cell would; it is read as that text, still cited where the mark is printed. Marks under
 * marks go back to the first cell that says something.
 */
public final class DittoMarks {
  private static final Set<String> MARKS = Set.of("〃", "″", "同上", "仝上");

  private DittoMarks() {}

  public static ParsedDocument resolved(ParsedDocument doc) {
    boolean any = false;
    List<Block> blocks = new ArrayList<>(doc.blocks().size());
    for (Block b : doc.blocks()) {
      Block r = b instanceof TableGrid t ? resolved(t) : b;
      any |= r != b;
      blocks.add(r);
    }
    return any ? new ParsedDocument(doc.fileName(), doc.format(), blocks, doc.text(), doc.metadata(), doc.warnings(),
        doc.pageCount()) : doc;
  }

  private static TableGrid resolved(TableGrid t) {
    if (t.cells().stream().noneMatch(DittoMarks::isMark)) {
      return t;
    }
    // the cells in reading order, each mark taking the text its cell above holds once resolved
    List<GridCell> cells = new ArrayList<>(t.cells());
    cells.sort(java.util.Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::col));
    Map<GridCell, String> said = new HashMap<>();
    List<GridCell> out = new ArrayList<>(cells.size());
    for (GridCell c : cells) {
      String text = c.text();
      if (isMark(c) && c.row() > 0) {
        GridCell above = t.cellAt(c.row() - 1, c.col());
        String aboveText = said.getOrDefault(above, above.text());
        if (!aboveText.isBlank() && !isMark(aboveText)) {
          text = aboveText;
        }
      }
      said.put(c, text);
      out.add(text.equals(c.text()) ? c
          : new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), text, c.page(), c.ocr(), c.box()));
    }
    return new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), out, t.page(), t.start(), t.end(), t.method(),
        t.sheet());
  }

  private static boolean isMark(GridCell c) {
    return isMark(c.text());
  }

  private static boolean isMark(String text) {
    return MARKS.contains(Names.compact(text));
  }
}
