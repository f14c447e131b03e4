package org.jixiao.ingest.ocr;

/**
 * The binarized page: which pixels are ink. The threshold is Otsu's, from the grey histogram, so a
 * pale grey scan and a contrasty one both split print from paper; it never rises above {@link
 * #MAX_THRESHOLD}, so JPEG haze around strokes stays paper.
 */
public final class InkMap {
  static final int MAX_THRESHOLD = 200;

  private final int width;
  private final int height;
  private final boolean[] ink;

  private InkMap(int width, int height, boolean[] ink) {
    this.width = width;
    this.height = height;
    this.ink = ink;
  }

  public static InkMap of(GreyImage img) {
    int t = Math.min(MAX_THRESHOLD, otsu(img.pixels()));
    byte[] px = img.pixels();
    boolean[] ink = new boolean[px.length];
    for (int i = 0; i < px.length; i++) {
      ink[i] = (px[i] & 0xFF) <= t;
    }
    return new InkMap(img.width(), img.height(), ink);
  }

  static int otsu(byte[] px) {
    long[] hist = new long[256];
    for (byte b : px) {
      hist[b & 0xFF]++;
    }
    long total = px.length;
    double sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (double) i * hist[i];
    }
    double sumB = 0;
    long wB = 0;
    double best = -1;
    int threshold = 127;
    for (int i = 0; i < 256; i++) {
      wB += hist[i];
      if (wB == 0) {
        continue;
      }
      long wF = total - wB;
      if (wF == 0) {
        break;
      }
      sumB += (double) i * hist[i];
      double mB = sumB / wB;
      double mF = (sum - sumB) / wF;
      double between = (double) wB * wF * (mB - mF) * (mB - mF);
      if (between > best) {
        best = between;
        threshold = i;
      }
    }
    return threshold;
  }

  public boolean ink(int x, int y) {
    return ink[y * width + x];
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The bounding box {x0, y0, x1, y1} of the ink in the rectangle, or null when it holds none. */
  public int @org.jspecify.annotations.Nullable [] bounds(int x0, int y0, int x1, int y1) {
    int bx0 = Integer.MAX_VALUE;
    int by0 = Integer.MAX_VALUE;
    int bx1 = -1;
    int by1 = -1;
    for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
        if (ink[y * width + x]) {
          bx0 = Math.min(bx0, x);
          bx1 = Math.max(bx1, x);
          by0 = Math.min(by0, y);
          by1 = Math.max(by1, y);
        }
      }
    }
    return bx1 < 0 ? null : new int[] {bx0, by0, bx1 + 1, by1 + 1};
  }

  /** How many ink pixels the rectangle {@code [x0, x1) × [y0, y1)} holds. */
  public int count(int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
        if (ink[y * width + x]) {
          n++;
        }
      }
    }
    return n;
  }
}
