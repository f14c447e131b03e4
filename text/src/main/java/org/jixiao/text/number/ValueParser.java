package org.jixiao.text.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.text.words.WordList;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * 指标值解析: reads a printed 年度指标值 or 实际完成值 into a {@link ParsedValue}.
 *
 * <ul>
 *   <li>{@link ValueKind#QUANTITY}: the whole text is an optional comparator ({@code ≥}, {@code
 *       不低于}, …, from {@code comparators.txt}), a number (Arabic, full-width or 中文数字, or {@code
 *       百分之}/{@code 千分之} + number), an optional 万/亿 multiplier kept as {@code scale}, an
 *       optional unit from {@code units.txt}, and an optional suffix comparator ({@code 以上}, {@code
 *       以内}, {@code 以下}). White space inside is ignored.
 *   <li>{@link ValueKind#BLANK}: empty, {@code /}, {@code -}, {@code —}, {@code 无} ({@code
 *       blanks.txt}).
 *   <li>{@link ValueKind#QUALITATIVE}: no Arabic digit, at most {@value #QUALITATIVE_MAX} characters,
 *       no sentence punctuation, at least one letter, and not a bare comparator word: {@code 健全}, {@code 达成预期目标}, {@code 及时}, {@code 合格以上}
 *       (the comparator of a qualitative value is not modelled).
 *   <li>{@link ValueKind#TEXT}: everything else, including a quantity with trailing words ({@code
 *       100%完成}: the trailing word could qualify or negate the number, so it is not dropped),
 *       ranges ({@code 90%-95%}: {@link ParsedValue} holds one number, so a range is not modelled),
 *       dates ({@code 2022年12月底}) and prose.
 * </ul>
 *
 * {@code text} is always the input as printed, stripped of surrounding white space.
 */
public final class ValueParser {

  /** Longer texts without digits are prose, not a qualitative target such as 健全 or 达成预期目标. */
  static final int QUALITATIVE_MAX = 30;

  private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]");
  private static final Pattern ASCII_DIGIT = Pattern.compile("[0-9]");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final List<Comparators.Wording> PREFIXES = Comparators.prefixes();
  private static final List<Comparators.Wording> SUFFIXES = Comparators.suffixes();
  private static final Set<String> UNITS;
  private static final Map<String, BigDecimal> SCALES;
  private static final List<Map.Entry<String, BigDecimal>> SCALES_LONGEST_FIRST;
  private static final Set<String> BLANKS;

  static {
    Map<String, BigDecimal> scales = new HashMap<>();
    List<String> units = new ArrayList<>();
    for (String line : WordList.lines(ValueParser.class, "units.txt")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        scales.put(line.substring(0, eq).strip(), new BigDecimal(line.substring(eq + 1).strip()));
      } else {
        units.add(line);
      }
    }
    SCALES = Map.copyOf(scales);
    SCALES_LONGEST_FIRST =
        SCALES.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(String::length).reversed()))
            .toList();
    UNITS = Set.copyOf(units);
    BLANKS =
        WordList.lines(ValueParser.class, "blanks.txt").stream()
            .map(s -> Numbers.normalize(s).strip())
            .collect(Collectors.toUnmodifiableSet());
  }

  private static final int MAX_QUANTITY = 64;

  private ValueParser() {}

  /** The units {@code units.txt} lists (for tests and for callers that validate a unit). */
  static Set<String> units() {
    return UNITS;
  }

  /** The multipliers {@code units.txt} declares, by prefix: 万 → 10000, 亿 → 100000000, … */
  static Map<String, BigDecimal> scales() {
    return SCALES;
  }

  /** The value {@code text} states; never throws, never guesses. */
  public static ParsedValue parse(@Nullable String text) {
    String printed = text == null ? "" : text.strip();
    String n = SPACE.matcher(Numbers.normalize(printed)).replaceAll("");
    if (n.isEmpty() || BLANKS.contains(n)) {
      return new ParsedValue(ValueKind.BLANK, printed, null, null, null, null);
    }
    // a quantity is a few dozen characters at most; longer text is prose (and bounds the work)
    Optional<ParsedValue> quantity = n.length() > MAX_QUANTITY ? Optional.empty() : quantity(n, printed);
    if (quantity.isPresent()) {
      return quantity.get();
    }
    boolean qualitative =
        !ASCII_DIGIT.matcher(n).find()
            && n.codePointCount(0, n.length()) <= QUALITATIVE_MAX
            && !SENTENCE.matcher(n).find()
            && n.codePoints().anyMatch(Character::isLetter)
            && !isComparatorWording(n);
    return new ParsedValue(
        qualitative ? ValueKind.QUALITATIVE : ValueKind.TEXT, printed, null, null, null, null);
  }

  private static boolean isComparatorWording(String n) {
    return Comparators.of(n).isPresent();
  }

  private static Optional<ParsedValue> quantity(String n, String printed) {
    org.jixiao.schema.Comparator comparator = null;
    String rest = n;
    for (Comparators.Wording w : PREFIXES) {
      if (rest.startsWith(w.words()) && rest.length() > w.words().length()) {
        comparator = w.comparator();
        rest = rest.substring(w.words().length());
        break;
      }
    }
    for (Comparators.Wording w : SUFFIXES) {
      if (rest.endsWith(w.words()) && rest.length() > w.words().length()) {
        if (comparator != null && comparator != w.comparator()) {
          return Optional.empty();
        }
        comparator = w.comparator();
        rest = rest.substring(0, rest.length() - w.words().length());
        break;
      }
    }
    for (String per : List.of("百分之", "千分之")) {
      if (rest.startsWith(per)) {
        String unit = per.equals("百分之") ? "%" : "‰";
        org.jixiao.schema.Comparator c = comparator;
        return Numbers.plain(rest.substring(per.length()))
            .map(num -> new ParsedValue(ValueKind.QUANTITY, printed, c, num, null, unit));
      }
    }
    for (int k = rest.length(); k > 0; k--) {
      Optional<BigDecimal> number = Numbers.plain(rest.substring(0, k));
      if (number.isEmpty()) {
        continue;
      }
      Optional<Tail> tail = tail(rest.substring(k));
      if (tail.isEmpty()) {
        continue;
      }
      BigDecimal num = number.get();
      BigDecimal scale = tail.get().scale();
      if (scale == null) {
        // 三万次 reads like 3万次: number 3, scale 10000
        Optional<Tail> split = splitTrailingScale(rest.substring(0, k));
        if (split.isPresent()) {
          num = Numbers.plain(rest.substring(0, k - split.get().length())).orElseThrow();
          scale = split.get().scale();
        }
      }
      return Optional.of(
          new ParsedValue(ValueKind.QUANTITY, printed, comparator, num, scale, tail.get().unit()));
    }
    return Optional.empty();
  }

  /** What may follow the number: nothing, a unit, a multiplier, or a multiplier then a unit. */
  private record Tail(@Nullable BigDecimal scale, @Nullable String unit, int length) {}

  private static Optional<Tail> tail(String t) {
    if (t.isEmpty()) {
      return Optional.of(new Tail(null, null, 0));
    }
    if (UNITS.contains(t)) {
      return Optional.of(new Tail(null, t, t.length()));
    }
    for (Map.Entry<String, BigDecimal> s : SCALES_LONGEST_FIRST) {
      if (t.startsWith(s.getKey())) {
        String unit = t.substring(s.getKey().length());
        if (unit.isEmpty()) {
          return Optional.of(new Tail(s.getValue(), null, 0));
        }
        if (UNITS.contains(unit)) {
          return Optional.of(new Tail(s.getValue(), unit, unit.length()));
        }
      }
    }
    return Optional.empty();
  }

  /** For a 中文数字 head ending in 万 or 亿 whose remainder still parses, that multiplier. */
  private static Optional<Tail> splitTrailingScale(String head) {
    for (String s : List.of("万亿", "亿", "万")) {
      if (head.endsWith(s) && head.length() > s.length()) {
        String before = head.substring(0, head.length() - s.length());
        if (Numbers.plain(before).isPresent()) {
          return Optional.of(new Tail(SCALES.get(s), null, s.length()));
        }
      }
    }
    return Optional.empty();
  }
}
