package org.jixiao.text.name;

import java.text.Normalizer;
import org.jixiao.text.words.WordList;

/**
 * Radical code points as the ideographs they stand for. Some PDF writers map a font's glyphs to the Kangxi Radicals or
 * the CJK Radicals Supplement ("⼯程⻓效管护机制" for 工程长效管护机制, "部⻔"): the page prints the ideograph, the text layer a
 * radical no name, label or search matches. Reports print no radical as such, so every one with a unified ideograph in
 * the Basic Multilingual Plane is folded, one character for one: offsets into the text stay valid.
 */
public final class Radicals {
  private static final char FIRST = '\u2E80';
  private static final char LAST = '\u2FDF';
  private static final char KANGXI_FIRST = '\u2F00';
  private static final char[] SUPPLEMENT = supplement();

  private Radicals() {}

  /** {@code s} with every radical folded to its ideograph; {@code s} itself when it holds none. */
  public static String folded(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char u = c >= FIRST && c <= LAST ? ideograph(c) : c;
      if (u != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = u;
      }
    }
    return out == null ? s : new String(out);
  }

  /** How many characters of {@code s} {@link #folded} changes. */
  public static int count(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= FIRST && c <= LAST && ideograph(c) != c) {
        n++;
      }
    }
    return n;
  }

  private static char ideograph(char c) {
    if (c >= KANGXI_FIRST) {
      String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      return n.length() == 1 ? n.charAt(0) : c;
    }
    return SUPPLEMENT[c - FIRST];
  }

  /** {@code radicals.txt}: "2E81 5382 ⺁ 厂" per line, the code points in hex. */
  private static char[] supplement() {
    char[] table = new char[KANGXI_FIRST - FIRST];
    for (int i = 0; i < table.length; i++) {
      table[i] = (char) (FIRST + i);
    }
    for (String line : WordList.lines(Radicals.class, "radicals.txt")) {
      String[] f = line.strip().split("\\s+");
      table[Integer.parseInt(f[0], 16) - FIRST] = (char) Integer.parseInt(f[1], 16);
    }
    return table;
  }
}
