package org.jixiao.text.number;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 时限指标: a deadline target ("2022年10月底前", "10月31日前", "年底前") and the date the work was done
 * ("2022年12月底完工", "2022年9月"), as dates to compare. A month with no day, or "月底", is the month's last day; a
 * year missing on one side is taken from the other ("10月底前" against "2022年12月"). Anything else is no date (empty).
 */
public final class Deadlines {
  private static final Pattern DATE = Numbers.compile(
      "(?:(?<y>{Y})\\s*年\\s*)?(?:(?<m>[0-9０-９]{1,2})\\s*月\\s*(?:(?<d>[0-9０-９]{1,2})\\s*日|(?<end>底|末))?|(?<yend>年底|年末))");
  /** The words that make a date a deadline: on or before it. */
  private static final Pattern BEFORE = Pattern.compile("(?:前|之前|以前|内|以内)\\s*\\p{IsHan}{0,4}\\s*$"); // …底前完成, …前上线运行

  /** A date as printed: its year when printed, month (12 for 年底), day (null for a whole month). */
  private record Printed(@Nullable Integer year, int month, @Nullable Integer day) {
    LocalDate in(int y) {
      YearMonth ym = YearMonth.of(y, month);
      return day == null ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
  }

  private Deadlines() {}

  /** Whether {@code actual} keeps the deadline {@code target}; empty when either is no date or the target no deadline. */
  public static Optional<Boolean> met(@Nullable String target, @Nullable String actual) {
    if (target == null || actual == null || !BEFORE.matcher(target.strip()).find()) {
      return Optional.empty();
    }
    Optional<Printed> t = one(target);
    Optional<Printed> a = one(actual);
    if (t.isEmpty() || a.isEmpty()) {
      return Optional.empty();
    }
    Integer year = t.get().year() != null ? t.get().year() : a.get().year();
    Integer actualYear = a.get().year() != null ? a.get().year() : year;
    if (year == null || actualYear == null) {
      return Optional.empty();
    }
    return Optional.of(!a.get().in(actualYear).isAfter(t.get().in(year)));
  }

  /** The one date a text prints; empty for none or several (a range is no deadline). */
  private static Optional<Printed> one(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Integer year = m.group("y") == null ? null : Dates.year(m.group("y"));
    Printed p;
    if (m.group("yend") != null) {
      p = new Printed(year, 12, null);
    } else {
      int month = Numbers.of(m.group("m")).intValueExact();
      Integer day = m.group("d") == null ? null : Numbers.of(m.group("d")).intValueExact();
      if (month < 1 || month > 12 || day != null && (day < 1 || day > 31)) {
        return Optional.empty();
      }
      p = new Printed(year, month, day);
    }
    return m.find() ? Optional.empty() : Optional.of(p);
  }
}
