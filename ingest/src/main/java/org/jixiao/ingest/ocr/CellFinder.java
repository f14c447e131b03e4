package org.jixiao.ingest.ocr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.internal.Components;

/**
 * The cells of the ruled tables on a page image, as boxes to recognize one by one. Rulings that
 * touch form one table (at least two horizontal and two vertical); inside its frame the rulings are
 * painted as walls, and each region of paper they enclose is one cell, merged cells included (a
 * missing inner ruling simply leaves one larger region). The grid and spans themselves are built
 * later, from the rulings, by the same lattice code as for a text PDF.
 */
public final class CellFinder {
  /** A table's frame and its cells, each {x0, y0, x1, y1} in pixels. */
  public record Table(int[] frame, List<int[]> cells) {}

  private CellFinder() {}

  public static List<Table> find(List<Segment> segments, int width, int height, int dpi) {
    int tol = Math.max(3, dpi / 30);
    List<Table> out = new ArrayList<>();
    for (List<Segment> g : connected(segments, tol)) {
      long hs = g.stream().filter(Segment::horizontal).count();
      if (hs < 2 || g.size() - hs < 2) {
        continue;
      }
      int x0 = Integer.MAX_VALUE;
      int y0 = Integer.MAX_VALUE;
      int x1 = 0;
      int y1 = 0;
      for (Segment s : g) {
        x0 = Math.min(x0, s.horizontal() ? s.from() : s.at());
        x1 = Math.max(x1, s.horizontal() ? s.to() : s.at());
        y0 = Math.min(y0, s.horizontal() ? s.at() : s.from());
        y1 = Math.max(y1, s.horizontal() ? s.at() : s.to());
      }
      int[] frame = {Math.max(0, x0 - tol), Math.max(0, y0 - tol), Math.min(width, x1 + tol + 1), Math.min(height, y1 + tol + 1)};
      List<int[]> cells = regions(g, frame, tol, dpi);
      if (cells.size() >= 2) {
        out.add(new Table(frame, cells));
      }
    }
    return out;
  }

  /** The paper regions enclosed by the rulings inside the frame (4-connected), as boxes. */
  private static List<int[]> regions(List<Segment> g, int[] frame, int tol, int dpi) {
    int w = frame[2] - frame[0];
    int h = frame[3] - frame[1];
    boolean[] wall = new boolean[w * h];
    for (Segment s : g) {
      int half = s.thickness() / 2 + 2;
      // rulings are stretched by the tolerance so that a corner that does not quite meet still closes
      int a0 = s.at() - half;
      int a1 = s.at() + half;
      int b0 = s.from() - tol;
      int b1 = s.to() + tol;
      for (int a = a0; a <= a1; a++) {
        for (int b = b0; b <= b1; b++) {
          int x = (s.horizontal() ? b : a) - frame[0];
          int y = (s.horizontal() ? a : b) - frame[1];
          if (x >= 0 && x < w && y >= 0 && y < h) {
            wall[y * w + x] = true;
          }
        }
      }
    }
    int min = Math.max(4, dpi / 25);
    boolean[] seen = new boolean[w * h];
    List<int[]> cells = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start = 0; start < w * h; start++) {
      if (wall[start] || seen[start]) {
        continue;
      }
      int bx0 = w;
      int by0 = h;
      int bx1 = 0;
      int by1 = 0;
      boolean edge = false;
      seen[start] = true;
      queue.add(start);
      while (!queue.isEmpty()) {
        int p = queue.poll();
        int x = p % w;
        int y = p / w;
        bx0 = Math.min(bx0, x);
        bx1 = Math.max(bx1, x);
        by0 = Math.min(by0, y);
        by1 = Math.max(by1, y);
        edge |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
        if (x > 0) visit(p - 1, wall, seen, queue);
        if (x < w - 1) visit(p + 1, wall, seen, queue);
        if (y > 0) visit(p - w, wall, seen, queue);
        if (y < h - 1) visit(p + w, wall, seen, queue);
      }
      // a region reaching the frame is outside the table (or a side left open); slivers are not cells
      if (!edge && bx1 - bx0 >= min && by1 - by0 >= min) {
        cells.add(new int[] {bx0 + frame[0], by0 + frame[1], bx1 + 1 + frame[0], by1 + 1 + frame[1]});
      }
    }
    return cells;
  }

  private static void visit(int p, boolean[] wall, boolean[] seen, ArrayDeque<Integer> queue) {
    if (!wall[p] && !seen[p]) {
      seen[p] = true;
      queue.add(p);
    }
  }

  static List<List<Segment>> connected(List<Segment> segments, int tol) {
    return Components.of(segments, (a, b) -> a.crosses(b, tol));
  }
}
