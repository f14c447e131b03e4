package org.jixiao.text.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Nfkc;
import org.jspecify.annotations.Nullable;

/**
 * 数字解析: a number as printed in a report, strictly. Accepts Arabic digits with an optional sign,
 * decimal point and well-formed thousands separators ({@code 1,234.5}, {@code 1，234}), full-width
 * forms ({@code １２．５}, {@code －３}), an Arabic number followed by 万/亿 ({@code 1.41万} is
 * 14100), and 中文数字 in their standard written form ({@code 一百二十三}, {@code 两千}, {@code 十五},
 * {@code 一万零五百}, {@code 三点五}, financial capitals {@code 壹佰}) or as a plain digit string
 * ({@code 二〇二二} is 2022).
 *
 * <p>Anything else is {@link Optional#empty()}: there is no lenient fallback. In particular the
 * colloquial elliptical forms {@code 一百五} (150) and {@code 两千五} (2500) and place gaps without
 * 零 ({@code 一千五十}) are refused rather than read one way or the other; {@code 1,23} is refused
 * because the comma may be a decimal comma; percent forms ({@code 百分之九十五}) are a value with a
 * unit and belong to {@link ValueParser}.
 */
public final class Numbers {

  /**
   * One printed Arabic number in running text, as a regular-expression fragment without groups:
   * ASCII or full-width digits, well-formed ASCII thousands separators ({@code 356,218,930.52}), an
   * optional decimal part. It never starts inside another number ({@code 930.52} is not found in
   * {@code 356,218,930.52}). The Chinese comma {@code ，} is not a separator here: in prose it ends a
   * clause ({@code 完成12，100%达标}). Patterns elsewhere embed it through {@link #compile}.
   */
  public static final String PATTERN =
      "(?<![0-9０-９.．,])(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})++(?![0-9０-９])|[0-9０-９]++)"
          + "(?:[.．][0-9０-９]++)?";

  /** {@link #PATTERN} with an optional sign that does not follow a digit ({@code 2-3} is two numbers). */
  public static final String SIGNED = "(?:(?<![0-9０-９.．,])[-+−－﹣])?" + PATTERN;

  /**
   * A number written in 中文数字, as prose written in numerals states a weight, a score or a count ("权重三十五分",
   * "得九点六一分", "三千六百八十二人"): a fragment without groups that may also match ill-formed runs ("十十"), which {@link
   * #parse} refuses.
   */
  public static final String CHINESE = "[〇零一二两三四五六七八九十百千万]+(?:点[〇零一二三四五六七八九]+)?";

  /** A percentage: {@link #SIGNED} then {@code %} or {@code ％}. */
  public static final String PERCENT = SIGNED + "\\s*[%％]";

  private static final Pattern FOUND = Pattern.compile(SIGNED);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WHOLE_PERCENT = Pattern.compile("\\s*(" + SIGNED + ")\\s*[%％]\\s*");

  private static final Pattern ARABIC =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final String DIGITS = "〇零一二三四五六七八九";
  private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

  private Numbers() {}

  /**
   * The width and sign folding every parser in this package applies first: NFKC (full-width digits,
   * signs, points and commas become ASCII), then the minus signs NFKC leaves alone become {@code -}.
   */
  public static String normalize(String s) {
    String n = Nfkc.normalize(s);
    return n.replace('−', '-').replace('–', '-').replace('﹣', '-');
  }

  /**
   * A pattern from a template in which {@code {N}} stands for a number ({@link #PATTERN}), {@code
   * {SN}} for a signed one ({@link #SIGNED}), {@code {P}} for a percentage ({@link #PERCENT}), {@code {CN}} for one in
   * 中文数字 ({@link #CHINESE}) and {@code {Y}} for a year ({@link Dates#YEAR}):
   * {@code 得分(?<s>{N})分}. Word lists and checks write their sentence patterns this way, so that
   * every number in them is read the one way this class reads numbers.
   */
  public static Pattern compile(String template) {
    return Pattern.compile(expand(template));
  }

  private static String expand(String template) {
    return template
        .replace("{N}", "(?:" + PATTERN + ")")
        .replace("{SN}", "(?:" + SIGNED + ")")
        .replace("{P}", "(?:" + PERCENT + ")")
        .replace("{CN}", "(?:" + CHINESE + ")")
        .replace("{Y}", "(?:" + Dates.YEAR + ")");
  }

  /**
   * The value of text a {@link #PATTERN} or {@link #SIGNED} fragment matched. Throws {@link
   * IllegalArgumentException} on anything else: a caller that passes other text has a bug.
   */
  public static BigDecimal of(String matched) {
    return parse(matched)
        .orElseThrow(() -> new IllegalArgumentException("not a printed number: " + matched));
  }

  private static final Pattern FOUND_CHINESE = Pattern.compile(CHINESE);

  /**
   * Every number written in 中文数字 in {@code text} ({@link #CHINESE}) that {@link #parse} reads, with its place, in order:
   * the figures of prose written in numerals ("城镇新增就业三千八百六十二人", h317). Runs that spell no number are skipped.
   */
  public static List<NumberMention> findChinese(CharSequence text) {
    List<NumberMention> out = new ArrayList<>();
    Matcher m = FOUND_CHINESE.matcher(text);
    while (m.find()) {
      Optional<BigDecimal> v = parse(m.group());
      v.ifPresent(value -> out.add(new NumberMention(value, m.group(), m.start(), m.end())));
    }
    return out;
  }

  /** Every Arabic number in {@code text} ({@link #SIGNED}), with its place, in order. */
  public static List<NumberMention> find(CharSequence text) {
    List<NumberMention> out = new ArrayList<>();
    Matcher m = FOUND.matcher(text);
    while (m.find()) {
      out.add(new NumberMention(of(m.group()), m.group(), m.start(), m.end()));
    }
    return out;
  }

  /**
   * Whether {@code b} is {@code a} typed with two neighbouring digits swapped (12,648 as 12,468; 16.2 as 12.6), the point
   * where it was: the commonest slip in copying a figure, so that two such figures given for one thing are one figure.
   */
  public static boolean transposed(BigDecimal a, BigDecimal b) {
    String x = a.abs().toPlainString();
    String y = b.abs().toPlainString();
    if (x.length() != y.length() || x.indexOf('.') != y.indexOf('.') || a.signum() != b.signum()) {
      return false;
    }
    String dx = x.replace(".", "");
    String dy = y.replace(".", "");
    int first = 0;
    while (first < dx.length() && dx.charAt(first) == dy.charAt(first)) {
      first++;
    }
    return first + 1 < dx.length() && dx.charAt(first) == dy.charAt(first + 1) && dx.charAt(first + 1) == dy.charAt(first)
        && dx.substring(first + 2).equals(dy.substring(first + 2));
  }

  /**
   * Whether the two numbers as printed differ by one character put in or left out ("100" and "10", "7.69" and "769"):
   * what a recognizer does to a figure when it drops or doubles a character.
   */
  public static boolean oneCharacterApart(BigDecimal a, BigDecimal b) {
    String x = a.toPlainString();
    String y = b.toPlainString();
    if (Math.abs(x.length() - y.length()) != 1) {
      return false;
    }
    String longer = x.length() > y.length() ? x : y;
    String shorter = x.length() > y.length() ? y : x;
    int i = 0;
    while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
      i++;
    }
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  /** The first Arabic number in {@code text}, if any. */
  public static Optional<BigDecimal> first(CharSequence text) {
    Matcher m = FOUND.matcher(text);
    return m.find() ? Optional.of(of(m.group())) : Optional.empty();
  }

  /** A text that is exactly one percentage, {@code 87.3%} or {@code －3 ％}: 87.3, −3. */
  public static Optional<BigDecimal> parsePercent(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('％') < 0) {
      return Optional.empty(); // most cells are not percentages; the pattern needs a sign
    }
    Matcher m = WHOLE_PERCENT.matcher(text);
    return m.matches() ? parse(m.group(1)) : Optional.empty();
  }

  /** A figure as tables print it: 1,234.5, 87.3%, 12 (full-width forms too). */
  public static boolean isFigure(String text) {
    String t = WHITESPACE.matcher(normalize(text)).replaceAll("").replace("%", "");
    return !t.isEmpty() && parse(t).isPresent();
  }

  /**
   * {@link #normalize} for running text that is then searched with {@link #PATTERN}: the same
   * folding, except that the Chinese comma {@code ，} stays, so that a clause break ({@code
   * 满分100，100%完成}) never becomes a thousands separator.
   */
  public static String foldText(String s) {
    if (s.indexOf('，') < 0) {
      return normalize(s);
    }
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    for (int comma = s.indexOf('，'); comma >= 0; comma = s.indexOf('，', from)) {
      out.append(normalize(s.substring(from, comma))).append('，');
      from = comma + 1;
    }
    return out.append(normalize(s.substring(from))).toString();
  }

  /** A score or full mark as a cell prints it, with or without its unit: 8, 9.5分, "8 分". */
  public static Optional<BigDecimal> parsePoints(String s) {
    String t = s.strip();
    return parse(t.endsWith("分") ? t.substring(0, t.length() - 1) : t);
  }

  /** The number {@code s} spells, or empty if it is not exactly one number in a form listed above. */
  public static Optional<BigDecimal> parse(String s) {
    String n = normalize(s).strip();
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> plain = plain(n);
    if (plain.isPresent()) {
      return plain;
    }
    char last = n.charAt(n.length() - 1);
    if (n.endsWith("万亿") || last == '万' || last == '亿') {
      int cut = n.endsWith("万亿") ? 2 : 1;
      String head = n.substring(0, n.length() - cut);
      if (ARABIC.matcher(head).matches()) {
        int shift = cut == 2 ? 12 : last == '万' ? 4 : 8;
        return Optional.of(new BigDecimal(head.replace(",", "")).movePointRight(shift));
      }
    }
    return Optional.empty();
  }

  /**
   * Like {@link #parse} on already {@link #normalize normalized}, stripped text, but without
   * the Arabic-number-then-万/亿 form, which {@link ValueParser} reads as a scale instead.
   */
  static Optional<BigDecimal> plain(String n) {
    if (ARABIC.matcher(n).matches()) {
      return Optional.of(new BigDecimal(n.replace(",", "")));
    }
    return n.isEmpty() ? Optional.empty() : chinese(n);
  }

  private static Optional<BigDecimal> chinese(String n) {
    boolean negative = n.startsWith("负");
    String body = negative ? n.substring(1) : n;
    if (body.isEmpty()) {
      return Optional.empty();
    }
    String fraction = "";
    int point = body.indexOf('点');
    if (point >= 0) {
      fraction = body.substring(point + 1);
      body = body.substring(0, point);
      if (fraction.isEmpty() || body.isEmpty()) {
        return Optional.empty();
      }
    }
    Long whole = integer(body);
    if (whole == null) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(Long.toString(whole));
    if (!fraction.isEmpty()) {
      String digits = digitString(fraction);
      if (digits == null) {
        return Optional.empty();
      }
      text.append('.').append(digits);
    }
    BigDecimal value = new BigDecimal(text.toString());
    return Optional.of(negative ? value.negate() : value);
  }

  /** An integer in 中文数字: a plain digit string or the standard form with 十百千万亿. */
  private static @Nullable Long integer(String s) {
    String digits = digitString(s);
    if (digits != null) {
      // 二〇二二 is read digit by digit; a single 零 is zero; 〇五 style leading zeros are refused
      // more than 18 digits would overflow a long: not a value anyone prints, refused
      return digits.length() > 18 || (digits.length() > 1 && digits.charAt(0) == '0') ? null : Long.parseLong(digits);
    }
    if (s.length() > 40) {
      return null;
    }
    int yi = s.indexOf('亿');
    if (yi >= 0) {
      if (s.indexOf('亿', yi + 1) >= 0 || yi == 0) {
        return null;
      }
      Long high = belowYi(s.substring(0, yi), true);
      Long low = s.length() == yi + 1 ? Long.valueOf(0) : belowYi(s.substring(yi + 1), false);
      return high == null || low == null ? null : high * 100_000_000L + low;
    }
    return belowYi(s, true);
  }

  private static @Nullable Long belowYi(String s, boolean leading) {
    int wan = s.indexOf('万');
    if (wan < 0) {
      if (!leading && s.startsWith("零") && s.length() > 1) {
        // 一亿零一千: the 零 stands for the empty 万 section, so what follows may start at any place
        return section(s.substring(1), true, false);
      }
      return section(s, leading, leading);
    }
    if (wan == 0 || s.indexOf('万', wan + 1) >= 0) {
      return null;
    }
    Long high = section(s.substring(0, wan), leading, leading);
    Long low = s.length() == wan + 1 ? Long.valueOf(0) : section(s.substring(wan + 1), false, false);
    return high == null || low == null ? null : high * 10_000L + low;
  }

  /**
   * A section below 万. {@code top} says it starts the number, so it may start at any place and a
   * bare 十 means 一十; otherwise a section that does not start at 千 must start with 零.
   */
  private static @Nullable Long section(
      String s, boolean top, boolean bareTenAllowed) {
    if (s.isEmpty()) {
      return null;
    }
    long total = 0;
    int lastPlace = 10_000;
    boolean zero = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '零' || c == '〇') {
        if (zero || i == s.length() - 1 || (top && i == 0)) {
          return null;
        }
        zero = true;
        i++;
        continue;
      }
      int digit;
      int place;
      if (placeOf(c) == 10 && i == 0 && bareTenAllowed) {
        digit = 1;
        place = 10;
        i++;
      } else {
        digit = digitOf(c);
        if (digit < 0) {
          return null;
        }
        i++;
        if (i < s.length()) {
          place = placeOf(s.charAt(i));
          if (place < 0) {
            return null;
          }
          i++;
        } else {
          place = 1;
        }
      }
      boolean gap = place * 10 != lastPlace;
      boolean firstOfNumber = top && total == 0 && lastPlace == 10_000 && !zero;
      if (place >= lastPlace || (gap && !zero && !firstOfNumber) || (!gap && zero)) {
        return null;
      }
      total += (long) digit * place;
      lastPlace = place;
      zero = false;
    }
    return total;
  }

  private static @Nullable String digitString(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      int d = plainDigit(s.charAt(i));
      if (d < 0) {
        return null;
      }
      out.append((char) ('0' + d));
    }
    return out.toString();
  }

  private static int plainDigit(char c) {
    int d = DIGITS.indexOf(c);
    if (d >= 0) {
      return d == 0 ? 0 : d - 1;
    }
    return CAPITAL_DIGITS.indexOf(c);
  }

  private static int digitOf(char c) {
    return c == '两' ? 2 : plainDigit(c) <= 0 ? -1 : plainDigit(c);
  }

  private static int placeOf(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      default -> -1;
    };
  }
}
