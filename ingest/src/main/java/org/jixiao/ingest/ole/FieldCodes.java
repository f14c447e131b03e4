package org.jixiao.ingest.ole;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.internal.CircledNumbers;
import org.jspecify.annotations.Nullable;

/**
 * Cleans Word 97 text: keeps a field's result and drops its code (0x13 code 0x14 result 0x15),
 * turns the enclosed-number field {@code EQ \o\ac(○,11)} (how Word writes 带圈数字) into the
 * enclosed character ⑪, also where only the field's residue is left, and removes control
 * characters (cell marks, picture anchors, soft hyphens). Paragraph and line breaks become '\n'.
 */
public final class FieldCodes {
  private static final int MAX_DEPTH = 32;
  private static final Pattern SHRUNK = Pattern.compile("\\\\s\\s*\\\\(?:up|do)\\s*-?\\d+\\s*\\(([^()]*)\\)");
  private static final Pattern ENCLOSED = Pattern.compile("(?i)(?:[ \\t]*EQ\\s*)?\\\\o\\s*\\\\ac\\s*\\(\\s*([^,()]{1,4}?)\\s*,\\s*([^,()]{1,4}?)\\s*\\)");
  private static final String CIRCLES = "○◯〇";

  private FieldCodes() {}

  /** The visible text of a run of Word 97 characters. */
  public static String clean(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char ch = raw.charAt(i++);
      if (ch == 0x13) {
        i = field(raw, i, out, 1);
      } else if (ch != 0x14 && ch != 0x15) {
        out.append(ch);
      }
    }
    return controls(enclosedResidue(out.toString()));
  }

  /** Reads one field starting after its 0x13; appends what Word shows; returns the index after its 0x15. */
  private static int field(String s, int start, StringBuilder out, int depth) {
    StringBuilder code = new StringBuilder();
    StringBuilder result = new StringBuilder();
    boolean inResult = false;
    int i = start;
    while (i < s.length()) {
      char ch = s.charAt(i++);
      if (ch == 0x13 && depth < MAX_DEPTH) {
        i = field(s, i, inResult ? result : code, depth + 1);
      } else if (ch == 0x14) {
        inResult = true;
      } else if (ch == 0x15) {
        break;
      } else {
        (inResult ? result : code).append(ch);
      }
    }
    String enclosed = enclosed(code.toString());
    out.append(enclosed != null ? enclosed : result);
    return i;
  }

  private static String enclosedResidue(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    Matcher m = ENCLOSED.matcher(SHRUNK.matcher(text).replaceAll("$1"));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = enclosedChar(m.group(1), m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(e != null ? e : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static @Nullable String enclosed(String code) {
    Matcher m = ENCLOSED.matcher(SHRUNK.matcher(code).replaceAll("$1"));
    return m.find() ? enclosedChar(m.group(1), m.group(2)) : null;
  }

  /** ⑪ for (○, 11) in either order; null when there is no such character. */
  static @Nullable String enclosedChar(String a, String b) {
    boolean circleFirst = isCircle(a);
    if (!circleFirst && !isCircle(b)) {
      return null;
    }
    String digits = (circleFirst ? b : a).strip();
    int n = 0;
    if (digits.isEmpty()) {
      return null;
    }
    for (int k = 0; k < digits.length(); k++) {
      int d = Character.digit(digits.charAt(k), 10);
      if (d < 0) {
        return null;
      }
      n = n * 10 + d;
    }
    return CircledNumbers.of(n);
  }

  private static boolean isCircle(String s) {
    String t = s.strip();
    return t.length() == 1 && CIRCLES.indexOf(t.charAt(0)) >= 0;
  }

  private static String controls(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\r', 0x0B, 0x0C -> out.append('\n');
        case 0x1E -> out.append('-');
        case 0xA0 -> out.append(' ');
        case '\t', '\n' -> out.append(ch);
        default -> {
          if (ch >= 0x20 && ch != 0x1F) {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }
}
