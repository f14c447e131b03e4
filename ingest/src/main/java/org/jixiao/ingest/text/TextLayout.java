package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits report text into prose lines and raw table rows. Six table renderings occur in
 * published report text (see the seeds in {@code corpus-samples/*.txt}):
 *
 * <ol>
 *   <li><b>Tab-separated rows</b>: a line with tabs between cells. Consecutive such lines form one
 *       table; a blank line ends it (the writer puts one at every page break, so a table printed
 *       across pages becomes several tables).
 *   <li><b>One cell per line</b>: each cell is a line of its own starting with one tab; a blank
 *       line followed by another cell line ends the row. A line without the tab continues the
 *       cell above it (a line break inside the cell), see {@link #isCellContinuation}.
 *   <li><b>Space-aligned grid</b> ({@code pdftotext -layout} style): cells set apart by two or more
 *       spaces, columns lined up in display width, see {@link SpacedGrid}.
 *   <li><b>One labelled record per row</b> (a budget system's export): "label：value" lines, the
 *       labels as the header, see {@link LabelledRecords}.
 *   <li><b>Comma-separated rows</b> (a CSV export), see {@link CommaRows}.
 *   <li><b>Ruled rows</b>: a table drawn with box-drawing characters or {@code +---+} and {@code |}, see {@link
 *       RuledRows}.
 * </ol>
 *
 * Everything else is prose, one {@link Line} per non-blank line.
 */
final class TextLayout {
  /** A continuation line after a blank line is at most this long (labels such as "指标", "(10分)"). */
  static final int MAX_SHORT_CONTINUATION = 12;

  /** At most this many such short lines continue one cell. */
  static final int MAX_SHORT_CONTINUATIONS = 6;

  sealed interface Segment permits Line, Rows {}

  /** A non-blank prose line, stripped. */
  record Line(String text) implements Segment {}

  /**
   * The raw rows of one table: cells stripped, trailing padding removed; {@code heights} the lines
   * each row was printed on, {@code centred} whether its cells are centred vertically (a merged
   * label then stands beside the middle of its rows, see {@link CentredLabels}).
   */
  record Rows(List<List<String>> rows, Kind kind, List<Integer> heights, boolean centred) implements Segment {
    Rows(List<List<String>> rows, Kind kind) {
      this(rows, kind, rows.stream().map(r -> 1).toList(), false);
    }
  }

  enum Kind {
    TAB_SEPARATED,
    CELL_PER_LINE,
    SPACE_ALIGNED,
    LABELLED_RECORDS,
    COMMA_SEPARATED,
    RULED,
    COLUMN_ORDER
  }

  private final List<String> lines;
  private final List<Segment> out = new ArrayList<>();

  private TextLayout(String text) {
    this.lines = List.of(text.split("\r\n|\r|\n", -1));
    this.wraps = HardWraps.of(lines);
  }

  private final HardWraps wraps;
  /** The raw line index of the last prose line added, so that only adjacent prose lines are joined. */
  private int lastProse = -2;

  static List<Segment> parse(String text) {
    TextLayout layout = new TextLayout(text);
    layout.run();
    return layout.out;
  }

  private void run() {
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (isTabRow(line)) {
        i = tabSeparated(i);
      } else if (isCell(line)) {
        i = cellPerLine(i);
      } else if (RuledRows.at(lines, i) instanceof RuledRows.Found ruled) {
        out.add(new Rows(ruled.rows(), Kind.RULED));
        i = ruled.end();
      } else if (CommaRows.at(lines, i) instanceof CommaRows.Found csv) {
        out.add(new Rows(csv.rows(), Kind.COMMA_SEPARATED));
        i = csv.end();
      } else if (ColumnOrder.at(lines, i) instanceof ColumnOrder.Found columns) {
        out.add(new Rows(columns.rows(), Kind.COLUMN_ORDER));
        i = columns.end();
      } else if (LabelledRecords.at(lines, i) instanceof LabelledRecords.Found records) {
        out.add(new Rows(records.rows(), Kind.LABELLED_RECORDS));
        if (records.rest() != null) {
          out.add(new Line(records.rest()));
        }
        i = records.end();
      } else if (SpacedGrid.at(lines, i) instanceof SpacedGrid.Found grid) {
        out.add(new Rows(grid.rows(), Kind.SPACE_ALIGNED, grid.heights(), grid.centred()));
        i = grid.end();
      } else {
        if (!line.isBlank()) {
          if (i > 0 && !out.isEmpty() && out.getLast() instanceof Line above && lastProse == i - 1
              && wraps.continues(lines.get(i - 1), line)) {
            out.set(out.size() - 1, new Line(above.text() + line.strip())); // a sentence the layout broke
          } else {
            out.add(new Line(line.strip()));
          }
          lastProse = i;
        }
        i++;
      }
    }
  }

  /** A line holding one cell of the one-cell-per-line rendering: a leading tab and no other. */
  static boolean isCell(String line) {
    return line.startsWith("\t") && line.indexOf('\t', 1) < 0;
  }

  /** A line of the tab-separated rendering: tabs, but not a single leading one. */
  static boolean isTabRow(String line) {
    return line.indexOf('\t') >= 0 && !isCell(line);
  }

  private int tabSeparated(int start) {
    List<List<String>> rows = new ArrayList<>();
    int i = start;
    while (i < lines.size()) {
      String line = lines.get(i);
      // a lone-tab line inside the run is a two-column row with an empty first cell
      boolean inRun = isTabRow(line) || (isCell(line) && i + 1 < lines.size() && isTabRow(lines.get(i + 1)));
      if (!inRun) {
        break;
      }
      List<String> cells = new ArrayList<>();
      QuotedTabRow.Found quoted = QuotedTabRow.at(lines, i);
      if (quoted != null) {
        cells.addAll(quoted.cells());
        i = quoted.end();
      } else {
        for (String c : line.split("\t", -1)) {
          cells.add(c.strip());
        }
        i++;
      }
      while (!cells.isEmpty() && cells.getLast().isEmpty()) {
        cells.removeLast(); // the writer pads short rows with tabs: padding is not cells
      }
      rows.add(cells);
    }
    out.add(new Rows(rows, Kind.TAB_SEPARATED));
    return i;
  }

  private int cellPerLine(int start) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    int widest = 0; // cells in the widest finished row of this table
    int i = start;
    while (true) {
      row.add(lines.get(i).substring(1).strip());
      int next = i + 1;
      if (next < lines.size() && isCell(lines.get(next))) {
        i = next;
        continue;
      }
      int k = next; // the stretch [next, k) holds no cell line
      while (k < lines.size() && !isCell(lines.get(k)) && !isTabRow(lines.get(k))) {
        k++;
      }
      List<String> stretch = lines.subList(next, k);
      boolean rowFull = widest > 0 && row.size() >= widest;
      if (k >= lines.size()
          || !isCell(lines.get(k))
          || !isCellContinuation(stretch)
          || (rowFull && stretch.stream().anyMatch(s -> !s.isBlank()))) {
        rows.add(row);
        out.add(new Rows(rows, Kind.CELL_PER_LINE));
        return next; // the stretch is prose, read by the caller
      }
      for (String s : stretch) {
        if (!s.isBlank()) {
          row.set(row.size() - 1, row.getLast() + "\n" + s.strip());
        }
      }
      if (trailingBlanks(stretch) == 1) {
        widest = Math.max(widest, row.size());
        rows.add(row);
        row = new ArrayList<>();
      }
      i = k;
    }
  }

  /**
   * Whether the lines between two cell lines belong to the table. Blank lines alone do: one blank
   * line ends the row, two or more are a page break inside a row (the satisfaction tables of seed
   * 003 split a row this way). Text lines right after a cell, with no blank line between, continue
   * that cell. Text after a blank line continues it only when it is short, like the wrapped label
   * "A部门 / 决策 / (10分)" of seed 003; two blank lines before text, or a longer line, mean the
   * table ended and prose (a caption, a heading) precedes the next table.
   */
  static boolean isCellContinuation(List<String> stretch) {
    int i = 0;
    while (i < stretch.size() && !stretch.get(i).isBlank()) {
      i++; // direct continuation lines
    }
    int blankRun = 0;
    int shortLines = 0;
    for (; i < stretch.size(); i++) {
      String s = stretch.get(i);
      if (s.isBlank()) {
        blankRun++;
        continue;
      }
      if (blankRun >= 2 || s.strip().length() > MAX_SHORT_CONTINUATION || ++shortLines > MAX_SHORT_CONTINUATIONS) {
        return false;
      }
      blankRun = 0;
    }
    return true;
  }

  private static int trailingBlanks(List<String> stretch) {
    int n = 0;
    for (int i = stretch.size() - 1; i >= 0 && stretch.get(i).isBlank(); i--) {
      n++;
    }
    return n;
  }
}
