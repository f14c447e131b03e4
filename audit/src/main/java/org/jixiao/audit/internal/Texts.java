package org.jixiao.audit.internal;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/** Text comparison the way a reader would: NFKC, no white space. Not API. */
public final class Texts {
  private Texts() {}

  /** NFKC-folded with all white space removed; null stays empty. */
  public static String key(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Whether two printed names denote the same thing after {@link #key}. */
  public static boolean sameName(@Nullable String a, @Nullable String b) {
    return key(a).equals(key(b));
  }
}
