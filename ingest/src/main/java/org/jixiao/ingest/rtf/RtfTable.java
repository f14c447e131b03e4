package org.jixiao.ingest.rtf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.office.SheetCell;

/**
 * The rows of one RTF table, laid out on the columns their cells' right edges make. RTF has no column grid: each
 * row lists its cells' right edges in twips, and a cell as wide as two below it simply has one edge where they
 * have two. Edges of different rows closer than {@link #SAME_EDGE} twips are one column line (Word rounds them).
 */
final class RtfTable {
  /** Twips within which two rows' edges are the same column line (a twentieth of a point each). */
  private static final int SAME_EDGE = 30;

  enum Merge { NONE, VERTICAL_FIRST, VERTICAL_NEXT, HORIZONTAL_NEXT }

  /** A cell's right edge (twips from the row's left) and how it merges with its neighbour. */
  record Edge(int right, Merge merge) {}

  private record Row(List<Edge> edges, List<String> texts) {}

  private final Limits limits;
  private final List<Row> rows = new ArrayList<>();
  private List<SheetCell> laidOut = List.of();
  private int width;
  private int cellCount;

  RtfTable(Limits limits) {
    this.limits = limits;
  }

  void row(List<Edge> edges, List<String> texts) throws IngestException {
    cellCount += Math.max(edges.size(), texts.size());
    if (cellCount > limits.maxCells()) {
      throw new IngestException(FailureKind.TOO_LARGE, "an RTF table has more than " + limits.maxCells() + " cells");
    }
    rows.add(new Row(List.copyOf(edges), List.copyOf(texts)));
    laidOut = List.of();
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void clear() {
    rows.clear();
    laidOut = List.of();
    width = 0;
    cellCount = 0;
  }

  int height() {
    return rows.size();
  }

  int width() {
    cells();
    return width;
  }

  /** The cells with their spans; a merged continuation adds its text (if any) to the cell it continues. */
  List<SheetCell> cells() {
    if (!laidOut.isEmpty() || rows.isEmpty()) {
      return laidOut;
    }
    List<Integer> lines = columnLines();
    width = Math.max(1, lines.size() - 1);
    List<Placed> placed = new ArrayList<>();
    Placed[] above = new Placed[width];
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      Placed[] here = new Placed[width];
      Placed left = null;
      int from = 0;
      for (int i = 0; i < Math.max(row.edges().size(), row.texts().size()); i++) {
        Edge e = i < row.edges().size() ? row.edges().get(i) : new Edge(Integer.MAX_VALUE, Merge.NONE);
        String text = i < row.texts().size() ? row.texts().get(i) : "";
        int to = Math.max(from + 1, Math.min(width, column(lines, e.right())));
        if (from >= width) {
          break;
        }
        Placed target = switch (e.merge()) {
          case HORIZONTAL_NEXT -> left;
          case VERTICAL_NEXT -> above[from];
          default -> null;
        };
        if (target != null) {
          target.add(text);
          if (e.merge() == Merge.HORIZONTAL_NEXT) {
            target.colSpan = to - target.col;
          } else {
            target.rowSpan = r - target.row + 1;
          }
        } else {
          target = new Placed(r, from, to - from, text);
          placed.add(target);
        }
        for (int c = from; c < to; c++) {
          here[c] = target;
        }
        left = target;
        from = to;
      }
      above = here;
    }
    laidOut = placed.stream().map(p -> new SheetCell(p.row, p.col, p.rowSpan, p.colSpan, p.text.toString())).toList();
    return laidOut;
  }

  /** The distinct right edges of all rows (and the left edge, 0), nearby ones taken as one. */
  private List<Integer> columnLines() {
    TreeSet<Integer> all = new TreeSet<>();
    for (Row row : rows) {
      int last = 0;
      for (int i = 0; i < Math.max(row.edges().size(), row.texts().size()); i++) {
        // a row with fewer edges than cells (a damaged file): a column for each cell past the last edge
        last = i < row.edges().size() ? row.edges().get(i).right() : last + 1000;
        all.add(last);
      }
    }
    List<Integer> lines = new ArrayList<>();
    lines.add(Math.min(0, all.isEmpty() ? 0 : all.first() - 1));
    for (int x : all) {
      if (x - lines.getLast() > SAME_EDGE) {
        lines.add(x);
      }
    }
    return lines;
  }

  /** The index of the column line nearest to {@code x}. */
  private static int column(List<Integer> lines, int x) {
    int best = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (Math.abs((long) lines.get(i) - x) < Math.abs((long) lines.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }

  private static final class Placed {
    final int row;
    final int col;
    int rowSpan = 1;
    int colSpan;
    final StringBuilder text;

    Placed(int row, int col, int colSpan, String text) {
      this.row = row;
      this.col = col;
      this.colSpan = colSpan;
      this.text = new StringBuilder(text);
    }

    void add(String more) {
      if (!more.isBlank()) {
        text.append(text.isEmpty() ? "" : "\n").append(more);
      }
    }
  }
}
