package org.jixiao.text.number;

/** Test oracle: the standard written 中文数字 of a non-negative integer below 10^12. */
final class ChineseNumeralFormat {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] PLACES = {"", "十", "百", "千"};

  private ChineseNumeralFormat() {}

  static String format(long n) {
    if (n == 0) {
      return "零";
    }
    long[] groups = {n / 100_000_000L, n / 10_000L % 10_000L, n % 10_000L};
    String[] marks = {"亿", "万", ""};
    StringBuilder out = new StringBuilder();
    boolean started = false;
    boolean zeroPending = false;
    for (int g = 0; g < 3; g++) {
      long v = groups[g];
      if (v == 0) {
        if (started) {
          zeroPending = true;
        }
        continue;
      }
      if (started && (zeroPending || v < 1000)) {
        out.append('零');
      }
      out.append(section((int) v));
      out.append(marks[g]);
      started = true;
      zeroPending = false;
    }
    return out.toString();
  }

  private static String section(int v) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    boolean any = false;
    for (int p = 3; p >= 0; p--) {
      int d = (int) (v / Math.pow(10, p)) % 10;
      if (d == 0) {
        zero = any;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(DIGITS.charAt(d)).append(PLACES[p]);
      any = true;
    }
    return out.toString();
  }
}
