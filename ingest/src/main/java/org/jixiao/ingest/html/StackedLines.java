package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.html.HtmlTable.Placed;

/**
 * 一格多行: a table row whose cells each hold a column of {@code <br>}-separated lines, one line per indicator (h221's
 * portal page: the whole indicator block one {@code <tr>}, a blank line, {@code &nbsp;}, where a group goes on). Such a
 * row is the rows its lines make: line i of every cell is row i. Only when {@value #MIN_CELLS} or more cells hold the
 * same number of lines, {@value #MIN_LINES} or more (a header of two-line labels stays one row); a cell of one line
 * spans them all, and a cell of fewer lines (its trailing blank lines lost) fills from the top.
 */
final class StackedLines {
  static final int MIN_CELLS = 3;
  static final int MIN_LINES = 3;

  private StackedLines() {}

  /** The cells with each stacked row expanded; rows below move down, spans over a stacked row grow. */
  static List<Placed> expand(List<Placed> placed, int rows) {
    // per row, the most lines a cell holds and how many cells hold that many: one pass (a table may be huge)
    int[] most = new int[rows];
    int[] atMost = new int[rows];
    List<List<String>> lines = new ArrayList<>(placed.size());
    for (Placed p : placed) {
      List<String> l = p.rowSpan() == 1 && p.source() != null && p.text().indexOf('\n') >= 0
          ? HtmlText.brLines(p.source()) : List.of();
      lines.add(l);
      int n = l.size();
      if (n > most[p.row()]) {
        most[p.row()] = n;
        atMost[p.row()] = 1;
      } else if (n > 0 && n == most[p.row()]) {
        atMost[p.row()]++;
      }
    }
    int[] start = new int[rows + 1];
    boolean any = false;
    for (int r = 0; r < rows; r++) {
      boolean stacked = most[r] >= MIN_LINES && atMost[r] >= MIN_CELLS;
      any |= stacked;
      start[r + 1] = start[r] + (stacked ? most[r] : 1);
    }
    if (!any) {
      return placed;
    }
    List<Placed> out = new ArrayList<>();
    for (int j = 0; j < placed.size(); j++) {
      Placed p = placed.get(j);
      int k = start[p.row() + 1] - start[p.row()];
      List<String> own = lines.get(j);
      if (k > 1 && own.size() > 1) {
        for (int i = 0; i < Math.min(k, own.size()); i++) {
          if (!own.get(i).isEmpty()) {
            out.add(new Placed(start[p.row()] + i, p.col(), 1, p.colSpan(), own.get(i), null));
          }
        }
      } else {
        int top = start[p.row()];
        out.add(new Placed(top, p.col(), start[p.row() + p.rowSpan()] - top, p.colSpan(), p.text(), null));
      }
    }
    return out;
  }
}
