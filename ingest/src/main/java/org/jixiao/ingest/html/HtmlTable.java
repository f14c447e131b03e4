package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.GridBuilder;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Lays out one {@code <table>} with the HTML table model: rows of {@code thead}, {@code tbody},
 * {@code tfoot} (and bare {@code tr}) in source order; each cell goes to the first slot of its row
 * not occupied by a rowspan from above; {@code rowspan=0} reaches the end of its row group.
 * Absurd spans are cut to the table's real extent: a rowspan to the end of its row group (as the
 * HTML standard does), a colspan to the last column in which any cell starts, and a colspan that
 * would overlap a rowspan from above to the slots before it.
 */
final class HtmlTable {
  private static final Pattern LEADING_DIGITS = Pattern.compile("^\\s*\\+?(\\d{1,9})");
  private static final int MAX_COLSPAN = 1000; // the HTML standard's limits
  private static final int MAX_ROWSPAN = 65534;

  record Placed(int row, int col, int rowSpan, int colSpan, String text, @Nullable Element source) {
    Placed(int row, int col, int rowSpan, int colSpan, String text) {
      this(row, col, rowSpan, colSpan, text, null);
    }
  }

  /** The laid-out grid, plus what had to be cut or flattened. */
  record Layout(GridBuilder grid, List<String> clamped, boolean nested) {}

  private HtmlTable() {}

  /**
   * Whether {@code table} only lays out the page (as Word's "Save as HTML" and portal templates
   * do): a cell holds a table of its own, and the outer table is one column wide, declared {@code
   * role=presentation}, or shorter than the table it holds (which has three rows or more). A data
   * table with a small table in one cell stays data, whatever its {@code border} (Word writes
   * {@code border=0} on data tables whose borders are CSS). A layout table's cells are read as
   * blocks, and the nested tables as grids of their own.
   */
  static boolean isLayout(Element table) {
    List<Element> rows = rows(table);
    int nestedRows = -1;
    boolean oneColumn = true;
    for (Element row : rows) {
      List<Element> cells = row.children().stream().filter(HtmlTable::isCell).toList();
      oneColumn &= cells.size() <= 1 && cells.stream().allMatch(c -> span(c, "colspan") <= 1);
      for (Element cell : cells) {
        for (Element nested : cell.getElementsByTag("table")) {
          nestedRows = Math.max(nestedRows, rows(nested).size());
        }
      }
    }
    if (nestedRows < 0) {
      return false;
    }
    boolean framesALongerTable = nestedRows >= 3 && nestedRows > rows.size();
    return oneColumn || framesALongerTable || table.attr("role").equalsIgnoreCase("presentation");
  }

  /** The table's own rows ({@code thead}, {@code tbody}, {@code tfoot} and bare {@code tr}) in source order. */
  static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "thead", "tbody", "tfoot" -> rows.addAll(child.children().stream().filter(e -> e.normalName().equals("tr")).toList());
        case "tr" -> rows.add(child);
        default -> {}
      }
    }
    return rows;
  }

  private static boolean isCell(Element e) {
    return e.normalName().equals("td") || e.normalName().equals("th");
  }

  static Layout layout(Element table) {
    List<Element> rows = new ArrayList<>();
    List<Integer> groupEnds = new ArrayList<>();
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "thead", "tbody", "tfoot" -> {
          List<Element> group = child.children().stream().filter(e -> e.normalName().equals("tr")).toList();
          rows.addAll(group);
          for (int i = 0; i < group.size(); i++) {
            groupEnds.add(rows.size());
          }
        }
        case "tr" -> {
          rows.add(child);
          groupEnds.add(rows.size());
        }
        default -> {}
      }
    }
    List<Placed> placed = new ArrayList<>();
    List<String> clamped = new ArrayList<>();
    List<BitSet> occupied = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      occupied.add(new BitSet());
    }
    boolean nested = false;
    int lastStart = -1;
    for (int r = 0; r < rows.size(); r++) {
      int col = 0;
      for (Element cell : rows.get(r).children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        col = occupied.get(r).nextClearBit(col);
        int colSpan = Math.min(MAX_COLSPAN, Math.max(1, span(cell, "colspan")));
        int taken = occupied.get(r).nextSetBit(col);
        if (taken >= 0 && taken < col + colSpan) {
          // the HTML model lets a colspan run into a rowspan from above (a "table model error");
          // a grid cannot overlap, so the cell keeps the free slots (those below are free too)
          clamped.add("colspan " + colSpan + " at row " + r + " overlaps a rowspan, cut to " + (taken - col));
          colSpan = taken - col;
        }
        int declared = span(cell, "rowspan");
        int groupLeft = groupEnds.get(r) - r;
        int rowSpan = declared == 0 ? groupLeft : Math.min(MAX_ROWSPAN, Math.max(1, declared));
        if (rowSpan > groupLeft) {
          clamped.add("rowspan " + declared + " at row " + r + " cut to " + groupLeft);
          rowSpan = groupLeft;
        }
        for (int k = r; k < r + rowSpan; k++) {
          occupied.get(k).set(col, col + colSpan);
        }
        nested |= !cell.getElementsByTag("table").isEmpty();
        placed.add(new Placed(r, col, rowSpan, colSpan, HtmlText.of(cell), cell));
        lastStart = Math.max(lastStart, col);
        col += colSpan;
      }
    }
    int width = lastStart + 1;
    List<Placed> tipped = Tooltips.column(placed);
    width += tipped == placed ? 0 : 1;
    placed = StackedLines.expand(tipped, rows.size());
    int height = placed.stream().mapToInt(p -> p.row() + p.rowSpan()).max().orElse(rows.size());
    GridBuilder grid = new GridBuilder();
    for (Placed p : placed) {
      int colSpan = p.colSpan();
      if (p.col() + colSpan > width) {
        clamped.add("colspan " + colSpan + " at row " + p.row() + " cut to " + (width - p.col()));
        colSpan = width - p.col();
      }
      grid.cell(p.row(), p.col(), p.rowSpan(), colSpan, p.text(), null);
    }
    if (width > 0) {
      grid.ensureSize(height, width);
    }
    return new Layout(grid, clamped, nested);
  }

  /** A span attribute by the HTML rules for non-negative integers: leading digits, else 1. */
  static int span(Element cell, String attr) {
    Matcher m = LEADING_DIGITS.matcher(cell.attr(attr));
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }
}
