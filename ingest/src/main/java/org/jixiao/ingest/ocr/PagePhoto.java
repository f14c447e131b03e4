package org.jixiao.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A sheet photographed on a desk (a phone photo of a printed report): the page is a bright four-sided region on a
 * darker ground, seen at a slant, so its rulings converge and no grid is found (h412). The sheet's outline is found on
 * a small copy — paper is what is brighter than Otsu's threshold, the sheet the largest such region, its corners the
 * region's extreme points along the two diagonals — and the sheet is mapped back to a rectangle by the homography of
 * those corners. An image whose bright region fills it (a scan), or whose region is no four-sided shape, is left as it is.
 * Turning the sheet upright and levelling it are left to the scan reading that follows.
 */
public final class PagePhoto {
  /** The long side of the copy the outline is found on, in pixels. */
  private static final int SMALL = 600;
  /** The sheet covers at least this share of the photo, and at most this: filling it, the image is a scan. */
  private static final double MIN_SHEET = 0.2;
  private static final double MAX_SHEET = 0.92;
  /** Paper is at least this much brighter than the ground (grey levels, class means). */
  private static final double MIN_CONTRAST = 50;
  /** The four corners' shape covers the region within this share: otherwise the region is no sheet. */
  private static final double MIN_FILL = 0.9;
  /** Corners are moved this share toward the middle, so the desk along the sheet's edge is not read as a ruling. */
  private static final double INSET = 0.005;
  /**
   * The image's outer band ({@link #BAND} of each side) is at least this share dark ground, outside the sheet: a desk
   * around it, not the paper of a scan or of its other cells.
   */
  private static final double MIN_GROUND_BAND = 0.6;
  private static final double BAND = 0.02;

  private PagePhoto() {}

  /** The sheet in {@code photo}, straightened to a rectangle (8-bit grey); empty when the image is no photo of a sheet. */
  public static Optional<BufferedImage> straightened(BufferedImage photo) {
    GreyImage full = GreyImage.of(photo);
    double s = Math.min(1, (double) SMALL / Math.max(full.width(), full.height()));
    GreyImage small = full.scaled(s);
    double @Nullable [][] corners = corners(small);
    if (corners == null) {
      return Optional.empty();
    }
    for (double[] c : corners) {
      c[0] /= s;
      c[1] /= s;
    }
    return Optional.of(warped(full, corners).toBufferedImage());
  }

  /**
   * The sheet's corners in {@code small} (top-left, top-right, bottom-right, bottom-left, as the photo shows them),
   * moved {@link #INSET} inward; null when no sheet stands out.
   */
  static double @Nullable [][] corners(GreyImage small) {
    int w = small.width();
    int h = small.height();
    int[] hist = new int[256];
    for (byte b : small.pixels()) {
      hist[b & 0xFF]++;
    }
    int t = InkMap.otsu(small.pixels()) + 1; // paper is at or above t
    double[] means = classMeans(hist, t);
    if (means[1] - means[0] < MIN_CONTRAST) {
      return null;
    }
    boolean[] region = filled(largestBright(small, t), w, h);
    if (groundInBand(small, t, region) < MIN_GROUND_BAND) {
      return null; // paper reaches the image's edges: a scan, or a crop of one, whose rulings and print are no desk
    }
    int area = 0;
    long[] best = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE}; // min x+y, max x-y, max x+y, min x-y
    int[][] at = new int[4][2];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (!region[y * w + x]) {
          continue;
        }
        area++;
        long sum = (long) x + y;
        long diff = (long) x - y;
        if (sum < best[0]) {
          best[0] = sum;
          at[0] = new int[] {x, y};
        }
        if (diff > best[1]) {
          best[1] = diff;
          at[1] = new int[] {x, y};
        }
        if (sum > best[2]) {
          best[2] = sum;
          at[2] = new int[] {x, y};
        }
        if (diff < best[3]) {
          best[3] = diff;
          at[3] = new int[] {x, y};
        }
      }
    }
    double share = (double) area / (w * h);
    if (share < MIN_SHEET || share > MAX_SHEET) {
      return null;
    }
    double quad = Math.abs(shoelace(at));
    if (quad < MIN_FILL * area || area < MIN_FILL * quad) {
      return null;
    }
    double cx = (at[0][0] + at[1][0] + at[2][0] + at[3][0]) / 4.0;
    double cy = (at[0][1] + at[1][1] + at[2][1] + at[3][1]) / 4.0;
    double[][] out = new double[4][];
    for (int i = 0; i < 4; i++) {
      out[i] = new double[] {at[i][0] + 0.5 + INSET * (cx - at[i][0]), at[i][1] + 0.5 + INSET * (cy - at[i][1])};
    }
    return out;
  }

  /** The mean grey level below {@code t} and at or above it. */
  private static double[] classMeans(int[] hist, int t) {
    double s0 = 0;
    double s1 = 0;
    long n0 = 0;
    long n1 = 0;
    for (int i = 0; i < 256; i++) {
      if (i < t) {
        s0 += (double) i * hist[i];
        n0 += hist[i];
      } else {
        s1 += (double) i * hist[i];
        n1 += hist[i];
      }
    }
    return new double[] {n0 == 0 ? 0 : s0 / n0, n1 == 0 ? 255 : s1 / n1};
  }

  /** The largest 4-connected region of pixels at or above {@code t}. */
  private static boolean[] largestBright(GreyImage img, int t) {
    int w = img.width();
    int h = img.height();
    int[] label = new int[w * h];
    int[] queue = new int[w * h];
    int bestLabel = 0;
    int bestSize = 0;
    int next = 0;
    for (int start = 0; start < w * h; start++) {
      if (label[start] != 0 || (img.pixels()[start] & 0xFF) < t) {
        continue;
      }
      next++;
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      label[start] = next;
      while (head < tail) {
        int p = queue[head++];
        int x = p % w;
        int y = p / w;
        int[] neighbours = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
        for (int q : neighbours) {
          if (q >= 0 && label[q] == 0 && (img.pixels()[q] & 0xFF) >= t) {
            label[q] = next;
            queue[tail++] = q;
          }
        }
      }
      if (tail > bestSize) {
        bestSize = tail;
        bestLabel = next;
      }
    }
    boolean[] out = new boolean[w * h];
    for (int i = 0; i < out.length; i++) {
      out[i] = bestLabel != 0 && label[i] == bestLabel;
    }
    return out;
  }

  /** The share of the image's outer band (its edges, {@link #BAND} deep) that is darker than paper and outside the region. */
  private static double groundInBand(GreyImage img, int t, boolean[] region) {
    int w = img.width();
    int h = img.height();
    int bx = Math.max(1, (int) Math.round(BAND * w));
    int by = Math.max(1, (int) Math.round(BAND * h));
    int band = 0;
    int ground = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (x < bx || x >= w - bx || y < by || y >= h - by) {
          band++;
          ground += !region[y * w + x] && img.at(x, y) < t ? 1 : 0;
        }
      }
    }
    return (double) ground / band;
  }

  /** The region with its holes (print, rulings, the cells a table's rulings close) filled: all the ground does not reach. */
  private static boolean[] filled(boolean[] region, int w, int h) {
    boolean[] ground = new boolean[w * h];
    int[] queue = new int[w * h];
    int tail = 0;
    for (int i = 0; i < w * h; i++) {
      int x = i % w;
      int y = i / w;
      if ((x == 0 || y == 0 || x == w - 1 || y == h - 1) && !region[i]) {
        ground[i] = true;
        queue[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int p = queue[head];
      int x = p % w;
      int y = p / w;
      int[] neighbours = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
      for (int q : neighbours) {
        if (q >= 0 && !ground[q] && !region[q]) {
          ground[q] = true;
          queue[tail++] = q;
        }
      }
    }
    boolean[] out = new boolean[w * h];
    for (int i = 0; i < out.length; i++) {
      out[i] = !ground[i];
    }
    return out;
  }

  private static double shoelace(int[][] p) {
    double a = 0;
    for (int i = 0; i < p.length; i++) {
      int[] u = p[i];
      int[] v = p[(i + 1) % p.length];
      a += (double) u[0] * v[1] - (double) v[0] * u[1];
    }
    return a / 2;
  }

  /** The quadrilateral {@code c} of {@code img} mapped onto a rectangle as wide and tall as its sides' means (bilinear). */
  static GreyImage warped(GreyImage img, double[][] c) {
    int w = (int) Math.round((dist(c[0], c[1]) + dist(c[3], c[2])) / 2);
    int h = (int) Math.round((dist(c[0], c[3]) + dist(c[1], c[2])) / 2);
    double[] m = homography(new double[][] {{0, 0}, {w, 0}, {w, h}, {0, h}}, c);
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double px = x + 0.5;
        double py = y + 0.5;
        double d = m[6] * px + m[7] * py + 1;
        double sx = (m[0] * px + m[1] * py + m[2]) / d - 0.5;
        double sy = (m[3] * px + m[4] * py + m[5]) / d - 0.5;
        out[y * w + x] = (byte) bilinear(img, sx, sy);
      }
    }
    return new GreyImage(w, h, out);
  }

  private static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  private static int bilinear(GreyImage img, double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    double top = (1 - fx) * px(img, x0, y0) + fx * px(img, x0 + 1, y0);
    double bottom = (1 - fx) * px(img, x0, y0 + 1) + fx * px(img, x0 + 1, y0 + 1);
    return (int) Math.round((1 - fy) * top + fy * bottom);
  }

  /** A pixel, white outside the image. */
  private static int px(GreyImage img, int x, int y) {
    return x < 0 || y < 0 || x >= img.width() || y >= img.height() ? 255 : img.at(x, y);
  }

  /**
   * The projective map (a, b, c, d, e, f, g, h; the ninth entry 1) taking each point of {@code from} to the point of
   * {@code to} at the same index: x' = (ax + by + c) / (gx + hy + 1), y' = (dx + ey + f) / (gx + hy + 1).
   */
  static double[] homography(double[][] from, double[][] to) {
    double[][] a = new double[8][9];
    for (int i = 0; i < 4; i++) {
      double x = from[i][0];
      double y = from[i][1];
      double u = to[i][0];
      double v = to[i][1];
      a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
      a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
    }
    // Gauss–Jordan elimination with partial pivoting
    for (int col = 0; col < 8; col++) {
      int pivot = col;
      for (int r = col + 1; r < 8; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int r = 0; r < 8; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int k = col; k < 9; k++) {
            a[r][k] -= f * a[col][k];
          }
        }
      }
    }
    double[] m = new double[8];
    for (int i = 0; i < 8; i++) {
      m[i] = a[i][8] / a[i][i];
    }
    return m;
  }
}
