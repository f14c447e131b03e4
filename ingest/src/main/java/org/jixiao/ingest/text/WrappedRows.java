package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.internal.WrappedText;

/**
 * The lines of a space-aligned grid put back into the rows of the form it was printed from. A
 * ruled form's cell wraps inside its column, and {@code pdftotext -layout} prints each line of it
 * on a line of its own: "汛前主体工程完工" with the row's other cells, "率" alone below it. When
 * the form centres its cells vertically, a row's one-line cells sit beside the middle line of its
 * tallest cell, so a wrapped cell also starts on the lines above them ("可持续影响指|工程运行管护责任|
 * 已落实（包括" over "标|落实|落实|河长巡查、专|5|5" over "人管护等）").
 *
 * <p>A row's anchor is the line with its one-line cells: the lines that fill the key column, the
 * column filled on most lines among those never filled on a thin line (at most a third of the
 * columns filled: a wrapped cell's last word). Every other line is a fragment of the anchor above
 * or below it, and which one is told by the form's geometry: each of its cells lies in a column the
 * anchor fills (a cell spans its row's anchor line), and the line before it in the cell left no
 * room for its first character (a wrapped line runs to the column's widest text; "Ⅲ类" does not go
 * on as "已落实"). Where both anchors fit, the fragment goes to the one above (a top-aligned form).
 * A fragment that fits neither stays a row of its own; at the foot of the grid it ends it.
 */
final class WrappedRows {
  /** The rows of the form; {@code heights} its lines per row; {@code used} the grid lines they came from. */
  record Merged(List<List<String>> rows, List<Integer> heights, boolean centred, int used) {}

  private final List<List<String>> lines;
  private final int[] capacity;

  private WrappedRows(List<List<String>> lines) {
    this.lines = lines;
    int cols = lines.getFirst().size();
    this.capacity = new int[cols];
    for (List<String> l : lines) {
      for (int c = 0; c < cols; c++) {
        capacity[c] = Math.max(capacity[c], width(l.get(c)));
      }
    }
  }

  /** The grid's lines (one string per column) as rows; unchanged when no line is thin. */
  static Merged merge(List<List<String>> lines) {
    return new WrappedRows(lines).run();
  }

  private Merged run() {
    int key = keyColumn();
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (key >= 0 && !lines.get(i).get(key).isEmpty()) {
        anchors.add(i);
      }
    }
    if (key < 0 || anchors.size() == lines.size()) {
      return new Merged(lines, lines.stream().map(l -> 1).toList(), false, lines.size());
    }
    // owner[i]: the anchor line whose row line i joins; i itself for a row of its own
    int[] owner = new int[lines.size()];
    boolean centred = false;
    int prev = -1;
    for (int a = 0; a <= anchors.size(); a++) {
      int next = a < anchors.size() ? anchors.get(a) : -1;
      int from = prev + 1;
      int to = next < 0 ? lines.size() : next;
      int split = split(prev, from, to, next);
      for (int i = from; i < to; i++) {
        owner[i] = split < 0 ? i : i < split ? prev : next;
      }
      centred |= next >= 0 && split >= 0 && split < to;
      if (next >= 0) {
        owner[next] = next;
      }
      prev = next;
    }
    int used = lines.size();
    while (used > 0 && owner[used - 1] == used - 1 && isThin(lines.get(used - 1))) {
      used--; // a thin line that continues no cell at the foot: prose after the grid
    }
    return collect(owner, used, centred);
  }

  /**
   * Where the fragments {@code [from, to)} between anchors {@code above} and {@code below} (-1 when
   * none) divide: those before the returned line join the row above, the rest the row below; -1
   * when they fit neither way. As many as fit go up.
   */
  private int split(int above, int from, int to, int below) {
    if (from == to) {
      return to;
    }
    for (int k = to; k >= from; k--) {
      if ((k == from || above >= 0 && goesUp(above, from, k)) && (k == to || below >= 0 && goesDown(k, to, below))) {
        return k;
      }
    }
    return -1;
  }

  /** Lines {@code [from, to)} continue the cells of anchor {@code a} above them. */
  private boolean goesUp(int a, int from, int to) {
    for (int i = from; i < to; i++) {
      for (int c = 0; c < capacity.length; c++) {
        String here = lines.get(i).get(c);
        String before = lines.get(i - 1).get(c);
        if (!here.isEmpty() && (lines.get(a).get(c).isEmpty() || !wrapped(before, here, c))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Lines {@code [from, to)} open the cells of anchor {@code b} below them. */
  private boolean goesDown(int from, int to, int b) {
    for (int i = from; i < to; i++) {
      for (int c = 0; c < capacity.length; c++) {
        String here = lines.get(i).get(c);
        String after = lines.get(i + 1).get(c);
        if (!here.isEmpty() && (lines.get(b).get(c).isEmpty() || !wrapped(here, after, c))) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code line} is a wrapped line of column c that {@code next} goes on from: no room was left for its first character. */
  private boolean wrapped(String line, String next, int c) {
    return !line.isEmpty() && !next.isEmpty() && width(line) + SpacedGrid.width(next.charAt(0)) > capacity[c];
  }

  /** The column filled on most lines among those no thin line fills (the rightmost of equals); -1 when no line is thin. */
  private int keyColumn() {
    boolean[] onThin = new boolean[capacity.length];
    boolean anyThin = false;
    for (List<String> l : lines) {
      if (isThin(l)) {
        anyThin = true;
        for (int c = 0; c < capacity.length; c++) {
          onThin[c] |= !l.get(c).isEmpty();
        }
      }
    }
    int key = -1;
    long most = 0;
    for (int c = 0; anyThin && c < capacity.length; c++) {
      int col = c;
      long filled = lines.stream().filter(l -> !l.get(col).isEmpty()).count();
      if (!onThin[c] && filled >= most && filled > 0) {
        key = c;
        most = filled;
      }
    }
    return key;
  }

  private boolean isThin(List<String> line) {
    long filled = line.stream().filter(s -> !s.isEmpty()).count();
    return filled <= Math.max(1, capacity.length / 3);
  }

  private Merged collect(int[] owner, int used, boolean centred) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> heights = new ArrayList<>();
    int i = 0;
    while (i < used) {
      int row = owner[i];
      int j = i;
      while (j < used && owner[j] == row) {
        j++;
      }
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < capacity.length; c++) {
        List<String> parts = new ArrayList<>();
        for (int k = i; k < j; k++) {
          parts.add(lines.get(k).get(c));
        }
        cells.add(WrappedText.join(parts));
      }
      rows.add(cells);
      heights.add(j - i);
      i = j;
    }
    return new Merged(rows, heights, centred, used);
  }

  private static int width(String s) {
    int w = 0;
    for (int k = 0; k < s.length(); k++) {
      w += SpacedGrid.width(s.charAt(k));
    }
    return w;
  }
}
