package org.jixiao.text.name;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 序号: the outline markers reports put before headings and names, as regular-expression fragments
 * without capturing groups. One definition, so that a heading, a prose name and a table group are
 * stripped of the same markers everywhere.
 *
 * <ul>
 *   <li>{@link #CHINESE}: {@code 一、} {@code 二.} {@code （三）} {@code (十一)} — a Chinese numeral,
 *       which reports use for first-level groups;
 *   <li>{@link #ARABIC}: {@code 1、} {@code 2．} {@code （3）} {@code (12)} — at most three digits, and
 *       {@code 1.5} is a number, not a marker;
 *   <li>{@link #CIRCLED}: {@code ①}…{@code ⑳}, {@code ⑴}…{@code ⒇}, {@code ⒈}…{@code ⒛};
 *   <li>{@link #ITEM}: {@code 第1项，} {@code 第三条：} {@code 指标3：} — items counted in words, as prose reports number them.
 * </ul>
 */
public final class Outline {
  /** Chinese numerals as outline markers count: 一 … 十, 十一 …. */
  public static final String NUMERAL = "[一二三四五六七八九十]+";
  /** One to three arabic digits, half- or full-width: a 序号 or an outline number. */
  public static final String DIGITS = "[0-9０-９]{1,3}";
  private static final String SPACE = "[\\s\\u00A0\\u3000]*";

  /** A Chinese-numeral marker: {@code 一、}, {@code （一）}. */
  public static final String CHINESE =
      "(?:[(（]" + SPACE + NUMERAL + SPACE + "[)）]|" + NUMERAL + SPACE + "[、.．])";

  /** An Arabic-numeral marker: {@code 1、}, {@code 1.} (not {@code 1.5}), {@code （1）}. */
  public static final String ARABIC =
      "(?:[(（]" + SPACE + DIGITS + SPACE + "[)）]|" + DIGITS + SPACE + "[、.．](?![0-9０-９]))";

  /** An outline code of dotted numbers, one to four parts of one or two digits: {@code 1}, {@code 1.1}, {@code 1.1.1}. */
  public static final String DOTTED_CODE = "[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){0,3}";
  private static final Pattern DOTTED_CODE_ONLY = Pattern.compile(DOTTED_CODE);

  /** How many parts a dotted code has (1.1.1: 3), or 0 when {@code code} is no dotted code. */
  public static int dottedDepth(@Nullable String code) {
    if (code == null || !DOTTED_CODE_ONLY.matcher(code).matches()) {
      return 0;
    }
    return code.split("[.．]", -1).length;
  }

  /** 政府收支分类科目 codes as budget tables print them: 类 208, 款 20801, 项 2080101. */
  private static final Pattern SUBJECT_CODE = Pattern.compile("[0-9]{3}(?:[0-9]{2}){0,2}");

  /** The level of a 支出功能分类科目 code (208: 1, 类; 20801: 2, 款; 2080101: 3, 项), or 0 when {@code code} is none. */
  public static int subjectCodeLevel(@Nullable String code) {
    return code == null || !SUBJECT_CODE.matcher(code).matches() ? 0 : (code.length() - 1) / 2;
  }

  /** An Arabic-numeral marker in brackets, as items in prose are numbered: {@code （1）}, {@code (12)}. */
  public static final String BRACKETED_ARABIC = "[(（]" + SPACE + DIGITS + SPACE + "[)）]";

  /** An Arabic-numeral marker with a dot or 、, as leads in prose are numbered: {@code 1.}, {@code 2、}. */
  public static final String DOTTED_ARABIC = DIGITS + SPACE + "[、.．](?![0-9０-９])";

  /** 第X部分 / 第X章 / 第X篇: a part of the document, not an outline level of indicators. */
  public static final String PART = "第" + SPACE + "(?:" + NUMERAL + "|" + DIGITS + ")" + SPACE + "(?:部分|章|篇)";

  /** A circled or bracketed number as one character: {@code ①}…{@code ⑳}, {@code ⑴}…{@code ⒇}, {@code ⒈}…{@code ⒛}. */
  public static final String CIRCLED = "[①-⒛]";

  /**
   * Circled and bracketed numbers as the Arabic markers they stand for ({@code ①} → {@code 1.}, {@code ⑴} → {@code (1)},
   * {@code ⒈} → {@code 1.}): NFKC folds ① to a bare 1, which no longer reads as a marker.
   */
  public static String circledAsArabic(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u2460' && c <= '\u2473') {
        out.append(c - '\u2460' + 1).append('.');
      } else if (c >= '\u2474' && c <= '\u2487') {
        out.append('(').append(c - '\u2474' + 1).append(')');
      } else if (c >= '\u2488' && c <= '\u249B') {
        out.append(c - '\u2488' + 1).append('.');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** An indicator code printed before its name: {@code A}, {@code B1}, {@code C114}. */
  public static final String CODE = "[A-Za-z][0-9]{0,3}";

  /** An indicator code with its number, as printed in prose: {@code A11}, {@code C2} (not the A of "A级"). */
  public static final String NUMBERED_CODE = "[A-Z][0-9]{1,3}";

  /** An indicator code as OCR may read it, its digit 1 read as the letter l: {@code Al1}, {@code Bl11}, {@code Al}. */
  public static final String OCR_CODE = "[A-Z][0-9l]{1,3}";

  /** An item counted in words: {@code 第1项，}, {@code 第三条：}, {@code 指标3：} (not 第三部分, a {@link #PART}). */
  public static final String ITEM = "(?:第" + SPACE + "(?:" + NUMERAL + "|" + DIGITS + ")" + SPACE + "[项条]|指标" + SPACE + DIGITS + ")"
      + SPACE + "[，,、：:.．]";

  /** Any outline marker. */
  public static final String ANY = "(?:" + CHINESE + "|" + ARABIC + "|" + CIRCLED + "|" + ITEM + ")";

  private Outline() {}
}
