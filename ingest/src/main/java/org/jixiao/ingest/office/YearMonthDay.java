package org.jixiao.ingest.office;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * A date format made of year, month and day codes and quoted words only ({@code yyyy"年"m"月"d"日前"}, a target's
 * deadline typed as a date, h352), which POI's date test refuses for its trailing words: the date as Excel shows it.
 */
final class YearMonthDay {
  private YearMonthDay() {}

  /** The serial date {@code value} in {@code format}, or null when the format is not such a date format. */
  static @Nullable String shown(double value, @Nullable String format) {
    if (format == null || format.indexOf('"') < 0 || format.indexOf(';') >= 0 || value <= 0 || value > 2_958_465) {
      return null;
    }
    LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
    StringBuilder out = new StringBuilder();
    boolean year = false;
    boolean month = false;
    boolean day = false;
    for (int i = 0; i < format.length(); ) {
      char c = format.charAt(i);
      if (c == '"') {
        int close = format.indexOf('"', i + 1);
        if (close < 0) {
          return null;
        }
        out.append(format, i + 1, close);
        i = close + 1;
        continue;
      }
      int run = 1;
      while (i + run < format.length() && Character.toLowerCase(format.charAt(i + run)) == Character.toLowerCase(c)) {
        run++;
      }
      switch (Character.toLowerCase(c)) {
        case 'y' -> {
          out.append(run <= 2 ? String.format(java.util.Locale.ROOT, "%02d", date.getYear() % 100) : date.getYear());
          year = true;
        }
        case 'm' -> {
          if (run > 2) {
            return null; // month names
          }
          out.append(run == 2 ? String.format(java.util.Locale.ROOT, "%02d", date.getMonthValue()) : date.getMonthValue());
          month = true;
        }
        case 'd' -> {
          if (run > 2) {
            return null; // day names
          }
          out.append(run == 2 ? String.format(java.util.Locale.ROOT, "%02d", date.getDayOfMonth()) : date.getDayOfMonth());
          day = true;
        }
        case '-', '/', '.', ' ' -> out.append(String.valueOf(c).repeat(run));
        default -> {
          return null; // hours, seconds, digits, sections: not a plain date
        }
      }
      i += run;
    }
    return year && month && day ? out.toString() : null;
  }
}
