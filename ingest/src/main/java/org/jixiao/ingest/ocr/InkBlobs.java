package org.jixiao.ingest.ocr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The connected pieces of ink (8-connected) inside a box of an {@link InkMap}, each with the extent of
 * every one of its rows. A glyph's own box from the recognizer often takes in the edge of its
 * neighbour ("≥" in "≥90%" reaching into the 9), so a shape is judged on its own piece of ink, not on
 * all the ink in the box.
 */
final class InkBlobs {
  /**
   * One piece of ink, in page pixels: its box {@code [x0, x1) × [y0, y1)} and, for each of its rows
   * {@code y0 + i}, the leftmost and rightmost ink pixel.
   */
  record Blob(int x0, int y0, int x1, int y1, int[] left, int[] right) {
    int width() {
      return x1 - x0;
    }

    int height() {
      return y1 - y0;
    }

    /** This piece without its lowest rows that span {@code share} of its width or more (a bar run into it). */
    Blob withoutFootBar(double share) {
      int last = height() - 1;
      while (last > 0 && right[last] - left[last] + 1 >= share * width()) {
        last--;
      }
      if (last == height() - 1 || last < 2) {
        return this;
      }
      int[] l = Arrays.copyOf(left, last + 1);
      int[] r = Arrays.copyOf(right, last + 1);
      int nx0 = Arrays.stream(l).min().orElse(x0);
      int nx1 = Arrays.stream(r).max().orElse(x1 - 1) + 1;
      return new Blob(nx0, y0, nx1, y0 + last + 1, l, r);
    }
  }

  private InkBlobs() {}

  /** The pieces of ink in {@code [x0, x1) × [y0, y1)}, left to right by their left edge. */
  static List<Blob> in(InkMap ink, int x0, int y0, int x1, int y1) {
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(ink.width(), x1);
    y1 = Math.min(ink.height(), y1);
    int w = x1 - x0;
    int h = y1 - y0;
    List<Blob> out = new ArrayList<>();
    if (w <= 0 || h <= 0) {
      return out;
    }
    boolean[] seen = new boolean[w * h];
    ArrayDeque<int[]> todo = new ArrayDeque<>();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (seen[y * w + x] || !ink.ink(x0 + x, y0 + y)) {
          continue;
        }
        int[] left = new int[h];
        int[] right = new int[h];
        Arrays.fill(left, Integer.MAX_VALUE);
        Arrays.fill(right, -1);
        seen[y * w + x] = true;
        todo.add(new int[] {x, y});
        while (!todo.isEmpty()) {
          int[] p = todo.poll();
          left[p[1]] = Math.min(left[p[1]], p[0]);
          right[p[1]] = Math.max(right[p[1]], p[0]);
          for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
              int nx = p[0] + dx;
              int ny = p[1] + dy;
              if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx] && ink.ink(x0 + nx, y0 + ny)) {
                seen[ny * w + nx] = true;
                todo.add(new int[] {nx, ny});
              }
            }
          }
        }
        out.add(blob(x0, y0, left, right));
      }
    }
    out.sort((a, b) -> Integer.compare(a.x0(), b.x0()));
    return out;
  }

  /** The piece's rows are those its pixels reach: a connected piece has ink on every row between its first and last. */
  private static Blob blob(int ox, int oy, int[] left, int[] right) {
    int first = 0;
    while (right[first] < 0) {
      first++;
    }
    int last = right.length - 1;
    while (right[last] < 0) {
      last--;
    }
    int[] l = new int[last - first + 1];
    int[] r = new int[last - first + 1];
    for (int i = first; i <= last; i++) {
      l[i - first] = ox + left[i];
      r[i - first] = ox + right[i];
    }
    int bx0 = Arrays.stream(l).min().orElseThrow();
    int bx1 = Arrays.stream(r).max().orElseThrow();
    return new Blob(bx0, oy + first, bx1 + 1, oy + last + 1, l, r);
  }
}
