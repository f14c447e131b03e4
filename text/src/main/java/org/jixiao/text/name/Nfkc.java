package org.jixiao.text.name;

import java.text.Normalizer;

/**
 * NFKC with a fast path: most printed text (ASCII, common CJK ideographs and punctuation) is
 * already in NFKC, and the JDK normalizer copies it anyway. Same result as {@link Normalizer}.
 */
public final class Nfkc {
  private Nfkc() {}

  /** {@code Normalizer.normalize(s, NFKC)}, without the copy when every character is left as it is. */
  public static String normalize(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!stable(s.charAt(i))) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }

  /**
   * Characters NFKC leaves alone whatever surrounds them: no decomposition, and no composition with
   * a neighbour that is itself in this set. ASCII, CJK unified ideographs, and the CJK punctuation
   * and quotes reports print (full-width forms and U+3000 are not: NFKC changes them).
   */
  static boolean stable(char c) {
    return c < 0x80
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3001 && c <= 0x3003)
        || (c >= 0x3008 && c <= 0x3011)
        || c == 0x2014 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
  }
}
