package org.jixiao.ingest.html;

import java.util.List;
import java.util.Optional;
import org.jixiao.ingest.GridBuilder;
import org.jsoup.nodes.Element;

/**
 * A table drawn without {@code <table>}: a block whose children are rows, each row a block of cells,
 * as pages styled with CSS grid ({@code display:grid} with {@code display:contents} rows), flexbox
 * rows or {@code display:table-row} divs print a scoring table. Read as the grid it shows, so its
 * header finds its columns as in a ruled table; flattened into paragraphs, each cell would be a line
 * of its own. It counts when it holds two rows or more, every row has the same number of cells
 * (three or more; two are a {@link PairList}), no loose text sits between rows or cells, every cell
 * is a div, span or paragraph (a row of links is a menu), and no cell holds a table or a row
 * structure of its own (a page's layout blocks are not a table).
 */
final class DivGrid {
  private static final int MIN_CELLS = 3;
  /** What a cell is drawn with; a row of links or images is a menu, not a table row. */
  private static final java.util.Set<String> CELLS = java.util.Set.of("div", "span", "p", "li", "dd", "dt", "section");

  private DivGrid() {}

  /** The grid when {@code block} is such a table. */
  static Optional<GridBuilder> of(Element block) {
    List<Element> rows = block.children();
    if (rows.size() < 2 || PairList.hasLooseText(block)) {
      return Optional.empty();
    }
    int width = rows.getFirst().children().size();
    if (width < MIN_CELLS) {
      return Optional.empty();
    }
    for (Element row : rows) {
      if (!HtmlText.BLOCKS.contains(row.normalName()) || row.children().size() != width || PairList.hasLooseText(row)) {
        return Optional.empty();
      }
      for (Element cell : row.children()) {
        if (!CELLS.contains(cell.normalName()) || !cell.getElementsByTag("table").isEmpty() || hasRows(cell)) {
          return Optional.empty();
        }
      }
    }
    GridBuilder grid = new GridBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<Element> cells = rows.get(r).children();
      for (int c = 0; c < width; c++) {
        grid.cell(r, c, 1, 1, HtmlText.of(cells.get(c)).replace('\n', ' '), null);
      }
    }
    grid.ensureSize(rows.size(), width);
    return Optional.of(grid);
  }

  /** A cell whose own children are blocks of several blocks each: a layout, not a cell. */
  private static boolean hasRows(Element cell) {
    for (Element child : cell.children()) {
      if (HtmlText.BLOCKS.contains(child.normalName()) && child.children().size() >= 2) {
        return true;
      }
    }
    return false;
  }
}
