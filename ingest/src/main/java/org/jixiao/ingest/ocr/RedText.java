package org.jixiao.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lines printed in red: the 红头 of an official document (the issuing body's name) or a form's title, as forms published
 * as pictures and scanned documents print them. The page's grey, made from each pixel's brightest channel so that a
 * red seal drops out ({@link GreyImage}), drops these too. They are found on an image of the red ink alone, as bands of
 * rows a line of text high and several times as wide, outside the tables, and put back on the page for its text to be
 * read: a seal is a ring as tall as it is wide and a rule under a 红头 is thin and solid, so neither is a line.
 */
public final class RedText {
  /** Red ink: the red channel at least this much above the other two (anti-aliased edges of red print pass too). */
  private static final int REDNESS = 70;
  /** Fewer red pixels than this on a page: no red print to look for. */
  private static final int MIN_PIXELS = 200;
  /** A red pixel at least this dark in its brightest other channel counts as ink in a row. */
  private static final int INK = 160;
  /** A line's height, in inches: 6 pt … 36 pt type. */
  private static final double MIN_HEIGHT_INCH = 0.08;
  private static final double MAX_HEIGHT_INCH = 0.5;
  /** A line is at least this many times as wide as it is high. */
  private static final int MIN_ASPECT = 3;
  /** Print covers no more than this share of its line's box: a solid bar does. */
  private static final double MAX_COVER = 0.5;

  private RedText() {}

  /**
   * The red ink of a colour page image: each red pixel as dark as its brightest other channel (the green and blue of red
   * print are low), everything else white; null for a grey image or one with hardly any red.
   */
  public static @Nullable GreyImage ink(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY || img.getType() == BufferedImage.TYPE_BYTE_BINARY) {
      return null;
    }
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] px = new byte[w * h];
    Arrays.fill(px, (byte) 255);
    int[] row = new int[w];
    int red = 0;
    for (int y = 0; y < h; y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int r = (argb >> 16) & 0xFF;
        int other = Math.max((argb >> 8) & 0xFF, argb & 0xFF);
        if (argb >>> 24 >= 128 && r - other >= REDNESS) {
          px[y * w + x] = (byte) other;
          red++;
        }
      }
    }
    return red < MIN_PIXELS ? null : new GreyImage(w, h, px);
  }

  /** The lines of red print found: their boxes (x0, y0, x1, y1), and the red ink without the shapes taller than a line. */
  record Lines(List<int[]> boxes, GreyImage ink) {}

  /**
   * The lines of red print in {@code red}, outside the tables' {@code frames}. A shape of red ink taller than a line (a
   * seal's ring, which may reach beside a title) is taken out first, so that the rows it spans are no band of their own.
   */
  static Lines lines(GreyImage red, int dpi, List<int[]> frames) {
    red = withoutTallShapes(red, (int) (MAX_HEIGHT_INCH * dpi));
    int[] perRow = new int[red.height()];
    for (int y = 0; y < red.height(); y++) {
      for (int x = 0; x < red.width(); x++) {
        if (red.at(x, y) < INK) {
          perRow[y]++;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    int gap = Math.max(1, dpi / 50);
    for (int y = 0; y < red.height(); ) {
      if (perRow[y] == 0) {
        y++;
        continue;
      }
      int top = y;
      int bottom = y;
      for (int blank = 0; y < red.height() && blank <= gap; y++) {
        if (perRow[y] > 0) {
          bottom = y;
          blank = 0;
        } else {
          blank++;
        }
      }
      line(red, top, bottom + 1, dpi, frames).ifPresent(out::add);
    }
    return new Lines(out, red);
  }

  /** {@code red} with each 8-connected shape of ink taller than {@code max} pixels whitened. */
  private static GreyImage withoutTallShapes(GreyImage red, int max) {
    int w = red.width();
    int h = red.height();
    BitSet seen = new BitSet(w * h);
    byte[] out = null;
    int[] queue = new int[1024];
    for (int start = 0; start < w * h; start++) {
      if (seen.get(start) || (red.pixels()[start] & 0xFF) >= INK) {
        continue;
      }
      int n = 0;
      queue[n++] = start;
      seen.set(start);
      int top = start / w;
      int bottom = top;
      for (int i = 0; i < n; i++) {
        int p = queue[i];
        int py = p / w;
        int px = p % w;
        top = Math.min(top, py);
        bottom = Math.max(bottom, py);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int x = px + dx;
            int y = py + dy;
            int q = y * w + x;
            if (x >= 0 && y >= 0 && x < w && y < h && !seen.get(q) && (red.pixels()[q] & 0xFF) < INK) {
              seen.set(q);
              if (n == queue.length) {
                queue = Arrays.copyOf(queue, n * 2);
              }
              queue[n++] = q;
            }
          }
        }
      }
      if (bottom - top + 1 > max) {
        if (out == null) {
          out = red.pixels().clone();
        }
        for (int i = 0; i < n; i++) {
          out[queue[i]] = (byte) 255;
        }
      }
    }
    return out == null ? red : new GreyImage(w, h, out);
  }

  private static Optional<int[]> line(GreyImage red, int top, int bottom, int dpi, List<int[]> frames) {
    int h = bottom - top;
    if (h < MIN_HEIGHT_INCH * dpi || h > MAX_HEIGHT_INCH * dpi) {
      return Optional.empty();
    }
    int left = red.width();
    int right = -1;
    int ink = 0;
    for (int y = top; y < bottom; y++) {
      for (int x = 0; x < red.width(); x++) {
        if (red.at(x, y) < INK) {
          left = Math.min(left, x);
          right = Math.max(right, x);
          ink++;
        }
      }
    }
    int w = right - left + 1;
    if (w < MIN_ASPECT * h || ink > MAX_COVER * w * h) {
      return Optional.empty();
    }
    int margin = Math.max(2, h / 4);
    int[] box = {Math.max(0, left - margin), Math.max(0, top - margin), Math.min(red.width(), right + 1 + margin),
        Math.min(red.height(), bottom + margin)};
    for (int[] f : frames) {
      if (box[0] < f[2] && f[0] < box[2] && box[1] < f[3] && f[1] < box[3]) {
        return Optional.empty(); // a cell's red figure is the cell reader's
      }
    }
    return Optional.of(box);
  }

  /** {@code page} with the red print of {@code lines} put back: the darker of the two in each box. */
  static GreyImage restored(GreyImage page, Lines lines) {
    if (lines.boxes().isEmpty()) {
      return page;
    }
    GreyImage red = lines.ink();
    byte[] out = page.pixels().clone();
    for (int[] b : lines.boxes()) {
      for (int y = b[1]; y < b[3]; y++) {
        for (int x = b[0]; x < b[2]; x++) {
          int i = y * page.width() + x;
          out[i] = (byte) Math.min(out[i] & 0xFF, red.pixels()[i] & 0xFF);
        }
      }
    }
    return new GreyImage(page.width(), page.height(), out);
  }
}
