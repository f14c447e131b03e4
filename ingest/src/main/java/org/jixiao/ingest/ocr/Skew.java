package org.jixiao.ingest.ocr;

/**
 * The angle a page was scanned askew, by projection profiles: the ink is projected onto the vertical
 * axis along lines tilted by each candidate angle, and the angle whose profile is sharpest (ruling
 * lines and text lines falling into the fewest rows: the largest sum of squared row counts) wins.
 */
public final class Skew {
  /** Candidate angles: ±{@code RANGE} degrees in steps of {@code STEP}; a page fed askew is off by 1–2°. */
  private static final double RANGE = 3.0;
  private static final double STEP = 0.1;
  /** Below this the page is left as it is (a resampled page reads worse than a barely tilted one). */
  public static final double NEGLIGIBLE = 0.15;

  private Skew() {}

  /** Degrees to turn the page clockwise (negative: anticlockwise) to level it. */
  public static double angle(InkMap ink) {
    int w = ink.width();
    int h = ink.height();
    // every other pixel of every other row is enough to find the peak
    int n = 0;
    int[] xs = new int[w * h / 4 + 1];
    int[] ys = new int[xs.length];
    for (int y = 0; y < h; y += 2) {
      for (int x = 0; x < w; x += 2) {
        if (ink.ink(x, y) && n < xs.length) {
          xs[n] = x;
          ys[n++] = y;
        }
      }
    }
    if (n == 0) {
      return 0;
    }
    double bestAngle = 0;
    double best = -1;
    int steps = (int) Math.round(RANGE / STEP);
    // rows are binned in pairs, as the sampled rows are: bins of one row would leave every other bin
    // empty at 0° only, doubling its score and pulling a page tilted by under a degree back to level
    long[] rows = new long[(h + 2 * w) / 2 + 1];
    for (int s = -steps; s <= steps; s++) {
      double a = s * STEP;
      double tan = Math.tan(Math.toRadians(a));
      java.util.Arrays.fill(rows, 0);
      for (int i = 0; i < n; i++) {
        int r = (int) Math.floor((ys[i] - xs[i] * tan + w) / 2);
        if (r >= 0 && r < rows.length) {
          rows[r]++;
        }
      }
      double score = 0;
      for (long c : rows) {
        score += (double) c * c;
      }
      if (score > best) {
        best = score;
        bestAngle = a;
      }
    }
    // ink along y = x·tan(a) + c is levelled by turning the page by -a
    return -bestAngle;
  }
}
