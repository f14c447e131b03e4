package org.jixiao.text.number;

/**
 * 年份与日期: years and dates as reports print them, as regular-expression fragments without
 * capturing groups, for {@link Numbers#compile} ({@code {Y}} is a year).
 */
public final class Dates {
  /** A year from 1900 to 2099, four ASCII or full-width digits, not part of a longer number. */
  public static final String YEAR =
      "(?<![0-9０-９.．,])(?:19|20|１９|２０)[0-9０-９]{2}(?![0-9０-９])";

  private static final String DAY_OR_MONTH = "(?<![0-9０-９])[0-9０-９]{1,2}(?![0-9０-９])";
  private static final String SPACE = "[\\s\\u00A0\\u3000]*";

  /** A printed date: {@code 2023年5月}, {@code 2023 年 5 月 20 日}. */
  public static final String DATE =
      YEAR + SPACE + "年" + SPACE + DAY_OR_MONTH + SPACE + "月(?:" + SPACE + DAY_OR_MONTH + SPACE + "日)?";

  private Dates() {}

  /** The year a {@link #YEAR} fragment matched. */
  public static int year(String matched) {
    return Numbers.of(matched).intValueExact();
  }
}
