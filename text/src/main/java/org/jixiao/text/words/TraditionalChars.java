package org.jixiao.text.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * 繁体 to 简体 character by character: the one-character pairs of the conversion table bundled in the HanLP jar (OpenCC's
 * t2s), both sides in the Basic Multilingual Plane, so that a text keeps its length and every offset into it points at
 * the same character. For reading a page that a portal's 繁體 switch converted (h347) with the simplified vocabularies;
 * the words of such a page that are printed stay as printed.
 */
public final class TraditionalChars {
  private static final String TABLE = "data/dictionary/tc/t2s.txt";

  private TraditionalChars() {}

  /** The table, loaded on first use: most documents never need it. */
  private static final class Table {
    static final char[] SIMPLIFIED = load();

    private static char[] load() {
      char[] map = new char[Character.MAX_VALUE + 1];
      for (int c = 0; c < map.length; c++) {
        map[c] = (char) c;
      }
      try (InputStream in = TraditionalChars.class.getClassLoader().getResourceAsStream(TABLE)) {
        if (in == null) {
          throw new IllegalStateException("the HanLP jar's " + TABLE + " is not on the class path");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          // "產=产": one character each side (a phrase line would change a text's length)
          if (line.length() == 3 && line.charAt(1) == '=' && !Character.isSurrogate(line.charAt(0))
              && !Character.isSurrogate(line.charAt(2))) {
            map[line.charAt(0)] = line.charAt(2);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return map;
    }
  }

  /** {@code text} with each traditional character that has a simplified form replaced by it; the same length. */
  public static String simplified(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char s = Table.SIMPLIFIED[text.charAt(i)];
      if (s != text.charAt(i)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = s;
      }
    }
    return out == null ? text : new String(out);
  }

  /** How many characters of {@code text} have a simplified form other than themselves. */
  public static int traditional(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Table.SIMPLIFIED[text.charAt(i)] != text.charAt(i)) {
        n++;
      }
    }
    return n;
  }
}
