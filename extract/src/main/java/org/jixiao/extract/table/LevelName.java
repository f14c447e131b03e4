package org.jixiao.extract.table;

import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * An indicator or group name as printed, split into its parts: a leading code ({@code A11}, {@code
 * B3}), the name, and a trailing weight note ({@code (10分)}, also unclosed as in {@code ( 4分}); a type mark
 * after the name ({@code （定量）}) is dropped.
 */
public record LevelName(@Nullable String code, String name, @Nullable BigDecimal weight) {
  /** Words after which a letter is a grade or class in the name ("A级景区", "B类", "II型"), not a code. */
  private static final String LETTER_AS_CLASS = "[级类型档等]";
  private static final Pattern CODE =
      Pattern.compile("^(" + Outline.CODE + ")(?=[\\p{IsHan}“\"《（(])(?!" + LETTER_AS_CLASS + ")");
  /** "（10分）", or the word first: "（分值10）", "（权重：10分）" (h438's 年度资金总额 under a head with no 分值 column). */
  private static final Pattern WEIGHT_NOTE =
      Numbers.compile("[(（]\\s*(?:(?<after>{N})\\s*分\\s*[)）]?|(?:分值|权重)\\s*[:：]?\\s*(?<before>{N})\\s*分?\\s*[)）])\\s*$");
  /** "（定量）" / "(定性)" after a name: the indicator's type as its template marks it, not part of the name (h190). */
  private static final Pattern TYPE_NOTE = Pattern.compile("\\s*[(（【\\[]\\s*定[量性]\\s*[)）】\\]]\\s*$");
  private static final Pattern ORDINAL =
      Pattern.compile("^(?:" + Outline.CHINESE + "|" + Outline.ARABIC + "|" + Outline.CIRCLED + ")\\s*");
  /** A circled number opening a name ("①新建高标准农田面积", "③5G物联网…", h342): the row's code, whatever follows. */
  private static final Pattern CIRCLED_CODE = Pattern.compile("^(" + Outline.CIRCLED + ")\\s*(?=\\S)");
  /**
   * An outline code of dotted numbers set off from the name by a blank ("1 产出指标", "1.1 数量指标", "1.3.1 12345市民服务热线",
   * h332): the blank says where the code ends, which cleaning the name would lose. A code of one number is an ordinal.
   */
  private static final Pattern SPACED_CODE =
      Pattern.compile("^(" + Outline.DOTTED_CODE + ")[\\s\\u3000\\u00A0]+(?=\\S)");

  public static LevelName parse(String printed) {
    String code = null;
    if (printed == null) {
      return new LevelName(null, "", null);
    }
    Matcher spaced = SPACED_CODE.matcher(printed.strip());
    if (spaced.find()) {
      code = Outline.dottedDepth(spaced.group(1)) > 1 ? spaced.group(1) : null;
      printed = printed.strip().substring(spaced.end());
    }
    String t = Names.clean(printed);
    if (t == null) {
      return new LevelName(null, "", null);
    }
    Matcher circled = CIRCLED_CODE.matcher(t);
    if (code == null && circled.find()) {
      code = circled.group(1);
      t = t.substring(circled.end()).strip();
    }
    Matcher c = CODE.matcher(t);
    if (code == null && c.find()) {
      code = c.group(1).toUpperCase(java.util.Locale.ROOT);
      t = t.substring(c.end()).strip();
    }
    t = TYPE_NOTE.matcher(t).replaceFirst("");
    BigDecimal weight = null;
    Matcher w = WEIGHT_NOTE.matcher(t);
    if (w.find()) {
      weight = Numbers.of(w.group("after") != null ? w.group("after") : w.group("before"));
      t = t.substring(0, w.start()).strip();
    }
    return new LevelName(code, t, weight);
  }

  /** Whether the printed name opens with one number set off by a blank ("3 满意度指标"): the first level of dotted codes. */
  static boolean opensWithSpacedNumber(@Nullable String printed) {
    if (printed == null) {
      return false;
    }
    Matcher m = SPACED_CODE.matcher(printed.strip());
    return m.find() && Outline.dottedDepth(m.group(1)) == 1;
  }

  /**
   * A group name without its leading ordinal (一、 / （1） / 1.), for level 1 and 2, nor a 小计 mark after it ("一、决策指标（小计）":
   * the group's heading line is its subtotal line too, h210).
   */
  public static String withoutOrdinal(String name) {
    return withoutSubtotalMark(ORDINAL.matcher(name).replaceFirst(""));
  }

  static String withoutSubtotalMark(String name) {
    return SUBTOTAL_MARK.matcher(name).replaceFirst("");
  }

  private static final Pattern SUBTOTAL_MARK = Pattern.compile("\\s*[（(]小计[)）]\\s*$");

  /** Depth of the code: A = 1, A1 = 2, A11 = 3. */
  public Optional<Integer> codeDepth() {
    return code == null ? Optional.empty() : Optional.of(code.length());
  }
}
