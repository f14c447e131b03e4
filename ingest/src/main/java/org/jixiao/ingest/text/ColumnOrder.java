package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.text.name.Names;
import org.jixiao.text.words.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * A table copied out of a PDF viewer column by column (h311): each column's header on a line of its own, then its cells
 * one per line, then the next column's header. Read back into rows when three or more known header lines
 * ({@code column-headers.txt}) follow one another that way and every column holds the same number of cells, or one
 * fewer (a 合计 row that only some columns print, its cells last): the longest column sets the rows, a shorter one is
 * blank in the last row. The last column takes as many lines as the first, up to a blank line. Anything less regular is
 * left as lines.
 */
final class ColumnOrder {
  private static final Set<String> HEADERS = Set.copyOf(Lexicon.load(ColumnOrder.class, "column-headers.txt").words("HEADER"));
  /** Columns a copied table has at least. */
  private static final int MIN_COLUMNS = 3;
  /** Cells each column has at least. */
  private static final int MIN_CELLS = 2;
  /** Cells a column may have at most (bounded work on a long text). */
  private static final int MAX_CELLS = 200;

  /** The rows read back (the header first) and the line after them. */
  record Found(List<List<String>> rows, int end) {}

  private ColumnOrder() {}

  static @Nullable Found at(List<String> lines, int start) {
    if (!isHeader(lines.get(start))) {
      return null;
    }
    List<String> heads = new ArrayList<>();
    List<List<String>> columns = new ArrayList<>();
    int i = start;
    while (i < lines.size() && isHeader(lines.get(i))) {
      heads.add(lines.get(i).strip());
      List<String> cells = new ArrayList<>();
      int j = i + 1;
      // the first column sets the count; a later column's cells may be header words ("预算执行率" under 三级指标) up to
      // one fewer than it, and its count-th line is a cell unless it opens the next column
      int n = columns.isEmpty() ? MAX_CELLS : columns.getFirst().size();
      while (j < lines.size() && !lines.get(j).isBlank() && cells.size() < n
          && (columns.isEmpty() ? !isHeader(lines.get(j)) : cells.size() < n - 1 || !isHeader(lines.get(j)))) {
        cells.add(lines.get(j).strip());
        j++;
      }
      columns.add(cells);
      i = j;
      if (columns.size() > 1 && cells.size() == n && (j >= lines.size() || !isHeader(lines.get(j)))) {
        break; // the table's last column: what follows is the text after it
      }
    }
    if (heads.size() < MIN_COLUMNS) {
      return null;
    }
    int rows = columns.stream().mapToInt(List::size).max().orElse(0);
    if (rows < MIN_CELLS || columns.stream().anyMatch(c -> c.size() != rows && c.size() != rows - 1)) {
      return null;
    }
    List<List<String>> out = new ArrayList<>();
    out.add(heads);
    for (int r = 0; r < rows; r++) {
      List<String> row = new ArrayList<>();
      for (List<String> c : columns) {
        row.add(r < c.size() ? c.get(r) : "");
      }
      out.add(row);
    }
    return new Found(out, i);
  }

  private static boolean isHeader(String line) {
    String t = line.strip();
    return !t.isEmpty() && t.length() <= 16 && HEADERS.contains(Names.label(t));
  }
}
