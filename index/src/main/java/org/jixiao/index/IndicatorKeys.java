package org.jixiao.index;

import java.text.Normalizer;
import java.util.Locale;

/**
 * 指标键: the exact-match key of an indicator name. NFKC (full-width folded), white space and
 * quotation marks removed, lower case: “三公经费”变动率 and "三公经费" 变动率 are one key.
 */
public final class IndicatorKeys {
  private IndicatorKeys() {}

  public static String normalize(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isQuote(cp)) {
        continue;
      }
      out.appendCodePoint(cp);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isQuote(int cp) {
    return cp == '"' || cp == '\'' || cp == '“' || cp == '”' || cp == '‘' || cp == '’'
        || cp == '「' || cp == '」' || cp == '『' || cp == '』';
  }
}
