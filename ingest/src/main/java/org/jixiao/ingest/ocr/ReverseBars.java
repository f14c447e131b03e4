package org.jixiao.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Text printed light on a dark bar: a platform's table header (white on blue, h420), a form's header row shaded dark. The
 * page's grey ({@link GreyImage}, each pixel's brightest channel) keeps such a bar as a light band holding still lighter
 * strokes, which neither the ruling finder nor the recognizer takes for print, so the header, and with it the table,
 * is lost. Found on the darkest channel as bands of rows a line high and at least an inch long that are mostly filled,
 * and whose other pixels are lighter than the fill, each bar is turned over: its fill becomes paper, its text ink.
 */
public final class ReverseBars {
  /** A pixel whose darkest channel is below this is the bar's fill (or dark print). */
  private static final int FILL = 170;
  /** Text in a bar is at least this much lighter than the fill, in the darkest channel. */
  private static final int CONTRAST = 60;
  /** A row of a bar above or below its text is filled along its run but for anti-aliasing. */
  private static final double MIN_FILLED = 0.95;
  /** A row through a bar's text is still at least this share filled (light text is thin strokes). */
  private static final double MIN_TEXT_ROW_FILL = 0.5;
  /** A bar is a text line high (a rule is thinner, a picture or a dark menu taller) and at least this long. */
  private static final double MIN_HEIGHT_INCH = 0.1;
  private static final double MAX_HEIGHT_INCH = 0.8;
  private static final double MIN_WIDTH_INCH = 1.0;
  /** A bar holding fewer light pixels than this share of its area holds no text. */
  private static final double MIN_TEXT = 0.02;

  private ReverseBars() {}

  /** {@code page} (the grey of {@code img}) with each reverse-printed bar turned over; {@code page} itself when there is none. */
  public static GreyImage righted(BufferedImage img, GreyImage page, int dpi) {
    if (img.getType() == BufferedImage.TYPE_BYTE_BINARY) {
      return page; // a black-and-white scan has no fill to tell from print
    }
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] dark = darkest(img);
    // a bar is found by its rows of fill alone, above and below its text (a row through light text is broken up by
    // it); rows between two such rows with the same ends, mostly fill, are the bar's text rows. Bars side by side (a
    // dark menu beside a table's header, h420) are followed at once.
    int gap = Math.max(1, dpi / 150);
    int tol = Math.max(2, dpi / 50);
    int maxHeight = (int) (MAX_HEIGHT_INCH * dpi);
    List<int[]> open = new ArrayList<>(); // left, right, top, last solid row
    List<int[]> bars = new ArrayList<>();
    for (int y = 0; y <= h; y++) {
      List<int[]> runs = y < h ? runs(dark, y * w, w, gap, (int) (MIN_WIDTH_INCH * dpi)) : List.of();
      for (Iterator<int[]> it = open.iterator(); it.hasNext(); ) {
        int[] b = it.next();
        int[] same = runs.stream().filter(r -> Math.abs(r[0] - b[0]) <= tol && Math.abs(r[1] - b[1]) <= tol).findFirst().orElse(null);
        if (same != null) {
          runs.remove(same);
          b[3] = y;
        } else if (y == h || y - b[3] > maxHeight || filledShare(dark, y * w, b[0], b[1]) < MIN_TEXT_ROW_FILL) {
          it.remove();
          int height = b[3] + 1 - b[2];
          if (height >= MIN_HEIGHT_INCH * dpi && height <= maxHeight) {
            bars.add(new int[] {b[0], b[2], b[1], b[3] + 1});
          }
        }
      }
      for (int[] r : runs) {
        open.add(new int[] {r[0], r[1], y, y});
      }
    }
    byte[] out = null;
    for (int[] b : bars) {
      int fill = fillLevel(dark, w, b[0], b[1], b[2], b[3]);
      if (!holdsLightText(dark, w, b[0], b[1], b[2], b[3], fill)) {
        continue;
      }
      if (out == null) {
        out = page.pixels().clone();
      }
      for (int r = b[1]; r < b[3]; r++) {
        for (int x = b[0]; x < b[2]; x++) {
          int v = dark[r * w + x] & 0xFF;
          out[r * w + x] = (byte) (255 - Math.clamp((v - fill) * 255L / Math.max(1, 255 - fill), 0, 255));
        }
      }
    }
    return out == null ? page : new GreyImage(w, h, out);
  }

  /** Each pixel's darkest channel (transparent pixels are paper). */
  private static byte[] darkest(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] px = new byte[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int v = Math.min((argb >> 16) & 0xFF, Math.min((argb >> 8) & 0xFF, argb & 0xFF));
        px[y * w + x] = (byte) (argb >>> 24 < 128 ? 255 : v);
      }
    }
    return px;
  }

  /**
   * The stretches {x0, x1} of the row at {@code offset} that are filled, bridging unfilled gaps up to {@code gap}
   * pixels (anti-aliasing), each at least {@code min} long and {@value #MIN_FILLED} filled.
   */
  private static List<int[]> runs(byte[] dark, int offset, int w, int gap, int min) {
    List<int[]> out = new ArrayList<>();
    int x = 0;
    while (x < w) {
      if ((dark[offset + x] & 0xFF) >= FILL) {
        x++;
        continue;
      }
      int start = x;
      int end = x + 1;
      int filled = 0;
      for (int blank = 0; x < w && blank <= gap; x++) {
        if ((dark[offset + x] & 0xFF) < FILL) {
          filled++;
          end = x + 1;
          blank = 0;
        } else {
          blank++;
        }
      }
      x = end;
      if (end - start >= min && filled >= MIN_FILLED * (end - start)) {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }

  /** The share of the row at {@code offset} between {@code x0} and {@code x1} that is filled. */
  private static double filledShare(byte[] dark, int offset, int x0, int x1) {
    int n = 0;
    for (int x = x0; x < x1; x++) {
      if ((dark[offset + x] & 0xFF) < FILL) {
        n++;
      }
    }
    return (double) n / Math.max(1, x1 - x0);
  }

  /** The median darkest channel of the filled pixels of the box: the bar's colour. */
  private static int fillLevel(byte[] dark, int w, int x0, int y0, int x1, int y1) {
    int[] hist = new int[256];
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int v = dark[y * w + x] & 0xFF;
        if (v < FILL) {
          hist[v]++;
          n++;
        }
      }
    }
    int seen = 0;
    for (int v = 0; v < 256; v++) {
      seen += hist[v];
      if (2 * seen >= n) {
        return v;
      }
    }
    return FILL;
  }

  /** Whether the bar holds text lighter than its fill, and more of it than text darker than its fill. */
  private static boolean holdsLightText(byte[] dark, int w, int x0, int y0, int x1, int y1, int fill) {
    int light = 0;
    int darker = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int v = dark[y * w + x] & 0xFF;
        if (v >= fill + CONTRAST) {
          light++;
        } else if (v <= fill - CONTRAST) {
          darker++;
        }
      }
    }
    return light >= MIN_TEXT * (x1 - x0) * (y1 - y0) && light > darker;
  }
}
