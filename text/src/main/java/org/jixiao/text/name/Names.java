package org.jixiao.text.name;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 名称比较: the one normalization printed labels and names are compared in. Every module compares
 * names through it, so that two modules never disagree on whether two printed names are the same.
 */
public final class Names {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
  private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
  private static final Pattern PARENTHESISED = Pattern.compile("[(（][^()（）]*[)）]");

  private Names() {}

  /** NFKC with every kind of white space removed: the form labels are compared in. */
  public static String compact(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String fast = compactStable(s);
    return fast != null ? fast : SPACE.matcher(Normalizer.normalize(withoutTranslation(s), Normalizer.Form.NFKC)).replaceAll("");
  }

  /**
   * {@link #compact} of text whose characters NFKC leaves alone (besides U+00A0 and U+3000, which it
   * makes spaces): the text without its white space; null for any other text. Skips the normalizer's copy
   * and the regex, which names and labels of every cell and row went through.
   */
  private static @Nullable String compactStable(String s) {
    int spaces = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        spaces++;
      } else if (!Nfkc.stable(c) || isRegional(c)) {
        return null;
      }
    }
    if (spaces == 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() - spaces);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** What {@link #SPACE} matches: Java's \s, no-break and ideographic space. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u3000';
  }

  /**
   * {@link #compact} without quotes, ASCII lower-cased: the form two printed names are equal in
   * (“三公经费”变动率 and "三公经费" 变动率 are one key).
   */
  public static String key(@Nullable String s) {
    String c = compact(s);
    return (hasQuote(c) ? QUOTES.matcher(c).replaceAll("") : c).toLowerCase(Locale.ROOT);
  }

  /** Whether {@link #QUOTES} would find anything: most names have no quotes, and the regex copies them anyway. */
  private static boolean hasQuote(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("\"'“”‘’「」『』".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether two printed names denote the same thing: equal {@link #key}s. */
  public static boolean sameName(@Nullable String a, @Nullable String b) {
    return key(a).equals(key(b));
  }

  /** The label with its brackets taken out but their words kept: 部门（单位）名称 → 部门单位名称, as OCR may give it. */
  public static String unbracketed(@Nullable String s) {
    return compact(s).replaceAll("[()（）〈〉]", "");
  }

  /**
   * {@link #compact} with parenthesised notes removed: 全年预算数(A) → 全年预算数. OCR reads a bracket as 〈 or 〉, or loses
   * one ("填报单位〈盖章)", "部门单位)名称"): those count as brackets, and a closing bracket with no opening one is dropped.
   */
  public static String label(@Nullable String s) {
    String c = compact(s);
    StringBuilder out = new StringBuilder(c.length());
    int depth = 0;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == '(' || ch == '（' || ch == '〈') {
        depth++;
      } else if (ch == ')' || ch == '）' || ch == '〉') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        out.append(ch);
      }
    }
    // an unclosed bracket keeps its text, as the regex form did
    return depth == 0 ? out.toString() : PARENTHESISED.matcher(c).replaceAll("");
  }

  /**
   * Trims, and folds runs of white space to one space; null or blank gives null. A translation in brackets after a
   * Chinese name, in the script of a regional language ("决策（قارار）" in a bilingual Xinjiang form; Tibetan, Mongolian,
   * Cyrillic), is dropped: the report's names are the Chinese ones.
   */
  public static @Nullable String clean(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.isEmpty()) {
      return null;
    }
    t = SPACE.matcher(t).replaceAll(hasCjk(t) ? "" : " ");
    if ((t.indexOf('（') >= 0 || t.indexOf('(') >= 0) && hasCjk(t)) { // a hot path: most names have no bracket
      Matcher m = BRACKETED.matcher(t);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, isTranslation(m.group(1)) ? "" : Matcher.quoteReplacement(m.group()));
      }
      m.appendTail(out);
      t = out.toString().strip();
    }
    t = withoutTranslation(t);
    return t.isEmpty() ? null : t;
  }

  /**
   * A Chinese label or name without the translation a bilingual form prints beside it in a regional script
   * ("རྣམ་གྲངས།项目", Tibetan before the Chinese in a 青海 form, h408; "산출지표产出指标", Hangul in a 延边 one, h410; Uyghur,
   * Mongolian, Yi, Cyrillic alike): its letters,
   * their marks and punctuation (tsheg, shad) and the blanks between them go, and a bracket left empty. Text with no
   * Chinese in it is left whole: a line only in the regional language is no label of the report's.
   */
  public static String withoutTranslation(String s) {
    boolean regional = false;
    for (int i = 0; i < s.length() && !regional; i++) {
      regional = isRegional(s.charAt(i));
    }
    if (!regional || !hasCjk(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int at = i;
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      // the blocks hold the scripts' own punctuation too (shad, the Arabic comma), which Unicode counts as common; a
      // hyphen between two of the translation's words ("өзін‐өзі", h414) is the translation's too
      if (!isRegionalLetter(cp) && !(Character.getType(cp) == Character.DASH_PUNCTUATION
          && regionalBeside(s, at - 1, -1) && regionalBeside(s, i, 1))) {
        out.appendCodePoint(cp);
      }
    }
    return SPACE.matcher(EMPTY_BRACKETS.matcher(out).replaceAll("")).replaceAll(" ").strip();
  }

  private static boolean isRegionalLetter(int cp) {
    return REGIONAL.contains(Character.UnicodeScript.of(cp)) || cp <= Character.MAX_VALUE && isRegional((char) cp);
  }

  /** Whether the first character from {@code i} going {@code step} that is no space is of a regional script. */
  private static boolean regionalBeside(String s, int i, int step) {
    for (; i >= 0 && i < s.length(); i += step) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        return isRegional(c);
      }
    }
    return false;
  }

  private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(][\\s\\u00A0\\u3000]*[)）]");

  /**
   * A character of the blocks of the regional scripts (Cyrillic, Arabic with its supplements and the presentation forms
   * a PDF stores shaped Uyghur and Kazakh in, h414; Tibetan, Mongolian, Hangul as 延边 prints it, Yi as 凉山 does): a
   * cheap first test. U+FEFF, the byte order mark after the last Arabic form, is not one.
   */
  public static boolean isRegional(char c) {
    return c >= 0x0400 && (c <= 0x04FF || c >= 0x0600 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF || c >= 0x0F00 && c <= 0x0FFF
        || c >= 0x1100 && c <= 0x11FF || c >= 0x1800 && c <= 0x18AF || c >= 0x3130 && c <= 0x318F || c >= 0xA000 && c <= 0xA4CF
        || c >= 0xAC00 && c <= 0xD7AF || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFC);
  }

  private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]+)[)）]");
  private static final java.util.Set<Character.UnicodeScript> REGIONAL = java.util.EnumSet.of(Character.UnicodeScript.ARABIC,
      Character.UnicodeScript.TIBETAN, Character.UnicodeScript.MONGOLIAN, Character.UnicodeScript.CYRILLIC,
      Character.UnicodeScript.HANGUL, Character.UnicodeScript.YI);

  /** Letters all in a regional language's script (punctuation and spaces aside), at least one. */
  private static boolean isTranslation(String inner) {
    boolean any = false;
    for (int i = 0; i < inner.length(); ) {
      int cp = inner.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (!REGIONAL.contains(Character.UnicodeScript.of(cp))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** True when the text contains a CJK ideograph. */
  public static boolean hasCjk(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
