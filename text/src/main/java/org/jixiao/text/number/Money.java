package org.jixiao.text.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 金额换算: reads printed amounts and converts them to 万元 exactly. Conversion only moves the
 * decimal point, so {@code 1元} is exactly {@code 0.0001万元} and nothing is ever rounded.
 */
public final class Money {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** An amount in running text: a number, then its unit (longest first, so 万元 is never 元). */
  private static final AnchoredPattern IN_TEXT =
      AnchoredPattern.of(Pattern.compile("(" + Numbers.PATTERN + ")\\s*(百万元|千元|万元|亿元|元)"), 40, List.of("元"));

  /**
   * An amount in financial capitals (大写) as cheques and forms print it: "人民币壹仟贰佰叁拾陆万肆仟捌佰元整", "伍佰元叁角伍分".
   * Possessive, and starting at a sign or a capital: a leading optional {@code \\s*} made every run of blanks quadratic.
   */
  private static final AnchoredPattern CAPITALS = AnchoredPattern.of(Pattern.compile(
      "(?:(?:人民币|￥|¥)\\s*+)?(?<yuan>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]++)\\s*+[元圆]"
          + "(?:\\s*(?<jiao>[壹贰叁肆伍陆柒捌玖])角)?(?:\\s*(?:零\\s*)?(?<fen>[壹贰叁肆伍陆柒捌玖])分)?(?:\\s*[整正])?"), 60, List.of("元", "圆"));

  /** 金额出处: an amount found in running text, with its character span {@code [start, end)}. */
  public record Mention(MoneyAmount amount, int start, int end) {}

  private Money() {}

  /**
   * Every amount printed with its own unit in {@code text}: {@code 356,218,930.52元}, {@code
   * 9893.12万元}. A number without a unit is not money here.
   */
  public static List<Mention> find(CharSequence text) {
    List<Mention> out = new ArrayList<>();
    for (MatchResult m : IN_TEXT.matches(text)) {
      MoneyUnit unit = MoneyUnit.ofSymbol(m.group(2)).orElseThrow();
      BigDecimal printed = Numbers.of(m.group(1));
      out.add(
          new Mention(
              new MoneyAmount(toWanYuan(printed, unit).orElseThrow(), printed, unit, m.group()),
              m.start(),
              m.end()));
    }
    return out;
  }

  /**
   * Every amount written in financial capitals in {@code text} ("全年执行数（大写）：人民币壹仟贰佰陆拾叁万肆仟捌佰元整"), in 元
   * as the capitals are written; the span covers the capitals from 人民币 (when printed) to 整. Capitals that are not
   * one number in the standard form (叁拾拾) are not an amount.
   */
  public static List<Mention> capitals(CharSequence text) {
    List<Mention> out = new ArrayList<>();
    for (MatchResult m : CAPITALS.matches(text)) {
      Optional<BigDecimal> yuan = Numbers.parse(m.group("yuan"));
      if (yuan.isEmpty()) {
        continue;
      }
      BigDecimal printed = yuan.get();
      if (m.group("jiao") != null) {
        printed = printed.add(Numbers.parse(m.group("jiao")).orElseThrow().movePointLeft(1));
      }
      if (m.group("fen") != null) {
        printed = printed.add(Numbers.parse(m.group("fen")).orElseThrow().movePointLeft(2));
      }
      out.add(new Mention(new MoneyAmount(toWanYuan(printed, MoneyUnit.YUAN).orElseThrow(), printed, MoneyUnit.YUAN,
          m.group().strip()), m.start(), m.end()));
    }
    return out;
  }

  /**
   * {@code amount} in {@code unit}, expressed in 万元. Always present: moving the decimal point of a
   * {@link BigDecimal} cannot fail or round. The Optional keeps the signature uniform with the
   * parsers.
   */
  public static Optional<BigDecimal> toWanYuan(BigDecimal amount, MoneyUnit unit) {
    return Optional.of(amount.movePointRight(unit.powerOfTen()).movePointLeft(4));
  }

  /** {@code wanYuan} expressed in {@code unit} (the inverse of {@link #toWanYuan}). */
  public static BigDecimal fromWanYuan(BigDecimal wanYuan, MoneyUnit unit) {
    return wanYuan.movePointRight(4).movePointLeft(unit.powerOfTen());
  }

  /**
   * A printed amount: {@code 5937.81}, {@code 1,234.5元}, {@code 12.6亿元}, {@code ￥353.3万元}. A
   * unit printed with the amount wins; otherwise {@code contextUnit} (from the column header or the
   * table caption, see {@link MoneyUnit#declaredIn}) applies. Empty when the text is not exactly one
   * amount, or when no unit is known: an amount without a unit is never assumed to be in 万元.
   */
  public static Optional<MoneyAmount> parse(String text, @Nullable MoneyUnit contextUnit) {
    String stripped = text.strip();
    String n = WHITESPACE.matcher(Numbers.normalize(stripped)).replaceAll("");
    if (n.startsWith("¥")) {
      n = n.substring(1);
    }
    Optional<MoneyUnit> own = MoneyUnit.suffixOf(n);
    MoneyUnit unit = own.orElse(contextUnit);
    if (unit == null) {
      return Optional.empty();
    }
    String number = own.isPresent() ? n.substring(0, n.length() - unit.symbol().length()) : n;
    if (number.endsWith("万") || number.endsWith("亿")) {
      // 3万 without 元 is a count, and 3万万元 is not a form reports use
      return Optional.empty();
    }
    return Numbers.parse(number)
        .map(printed -> new MoneyAmount(toWanYuan(printed, unit).orElseThrow(), printed, unit, stripped));
  }
}
