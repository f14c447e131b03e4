package org.jixiao.extract.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Outline;
import org.jspecify.annotations.Nullable;

/**
 * 指标编号 printed against the name: "1.1居民电子健康档案建档率", "1.265岁及以上老年人健康管理率" (1.2, then a name that
 * itself starts with a figure). Which digits are the code is told by the sequence the codes of one table keep: after
 * 1.1 comes 1.2 or 2.1. A sequence starts at x.1 whose name does not begin with a digit; a figure that is not the
 * next code ("1.5万亩…" after 2.3) stays part of the name. One instance per table, fed its rows in order.
 */
final class DottedCodes {
  private static final Pattern LEAD = Pattern.compile("^(" + Outline.DIGITS + ")[.．](" + Outline.DIGITS + ")(\\s*)");

  /**
   * "1.预算编制科学性", "2.“三公经费”变动率" under "（一）预算编制": a plain number before the name, counting 1, 2, 3 in its
   * group and from 1 again in the next (h184). Taken when it is the next number or a 1; the name must go on with no
   * figure ("1.5万亩…" is a quantity).
   */
  private @Nullable Split numbered(String name) {
    Matcher m = NUMBER.matcher(name);
    if (!m.find() || Character.isDigit(name.charAt(m.end()))) {
      return null;
    }
    int n = digits(m.group(1));
    if (n != 1 && n != lastNumber + 1) {
      return null;
    }
    lastNumber = n;
    return new Split(m.group(1), name.substring(m.end()).strip());
  }

  /** A run of digits (at most three, as {@link Outline#DIGITS} allows) as its value. */
  private static int digits(String run) {
    int n = 0;
    for (int i = 0; i < run.length(); i++) {
      n = n * 10 + Character.digit(run.charAt(i), 10); // full-width digits too
    }
    return n;
  }

  /** A code and the name after it. */
  record Split(String code, String name) {}

  private static final Pattern NUMBER = Pattern.compile("^(" + Outline.DIGITS + ")[.．、](?=\\S)");
  private int lastNumber = 0;
  private int lastMajor = -1;
  private int lastMinor = -1;

  /** The code this name opens with and the name without it, or null when it opens with none. */
  @Nullable Split split(String name) {
    Matcher m = LEAD.matcher(name);
    if (!m.find()) {
      return numbered(name);
    }
    int major = digits(m.group(1));
    String minors = m.group(2);
    for (int len = 1; len <= minors.length(); len++) {
      boolean whole = len == minors.length();
      String rest = whole ? name.substring(m.end()) : name.substring(m.start(2) + len);
      if (rest.isEmpty() || rest.charAt(0) == '.' || rest.charAt(0) == '．') {
        continue;
      }
      int minor = digits(minors.substring(0, len));
      boolean next = lastMajor >= 0 && (major == lastMajor && minor == lastMinor + 1 || major == lastMajor + 1 && minor == 1);
      boolean opens = minor == 1 && whole && !Character.isDigit(rest.charAt(0));
      if (next || opens) {
        lastMajor = major;
        lastMinor = minor;
        return new Split(major + "." + minor, rest.strip());
      }
    }
    return null;
  }
}
