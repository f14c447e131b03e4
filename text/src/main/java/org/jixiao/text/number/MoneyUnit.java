package org.jixiao.text.number;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** 金额单位: the money units reports print, each with its power of ten in 元. */
public enum MoneyUnit {
  YUAN("元", 0),
  QIAN_YUAN("千元", 3),
  WAN_YUAN("万元", 4),
  BAI_WAN_YUAN("百万元", 6),
  YI_YUAN("亿元", 8);

  /** Longest symbol first, so 万元 is never read as 元. */
  private static final List<MoneyUnit> BY_LENGTH =
      Stream.of(values())
          .sorted(Comparator.comparingInt((MoneyUnit u) -> u.symbol.length()).reversed())
          .toList();

  /** 单位：万元, 单位:元, 金额单位：万元 — the unit after 单位 and an optional colon. */
  private static final Pattern DECLARED = Pattern.compile("单位\\s*[:：]?\\s*(百万元|千元|万元|亿元|元)");

  /** (万元), （元）, [万元], 【万元】 — a unit standing alone in brackets. */
  private static final Pattern BRACKETED =
      Pattern.compile("[(（\\[【]\\s*(百万元|千元|万元|亿元|元)\\s*[)）\\]】]");

  private final String symbol;
  private final int powerOfTen;

  MoneyUnit(String symbol, int powerOfTen) {
    this.symbol = symbol;
    this.powerOfTen = powerOfTen;
  }

  /** The unit as printed: 元, 万元, … */
  public String symbol() {
    return symbol;
  }

  /** How many places the decimal point moves to turn an amount in this unit into 元. */
  public int powerOfTen() {
    return powerOfTen;
  }

  /** The unit whose symbol is exactly {@code s}. */
  public static Optional<MoneyUnit> ofSymbol(String s) {
    String n = s.strip();
    return Stream.of(values()).filter(u -> u.symbol.equals(n)).findFirst();
  }

  /** The unit a printed amount ends with ({@code 12.6亿元} → 亿元), longest symbol first. */
  static Optional<MoneyUnit> suffixOf(String s) {
    return BY_LENGTH.stream().filter(u -> s.endsWith(u.symbol)).findFirst();
  }

  /**
   * The unit a table header or caption declares for the amounts under it: {@code 单位：万元} or a
   * bracketed {@code (万元)}. Empty when it declares none, or when it declares two different units
   * (then the header does not say which column is which, and guessing is not allowed).
   */
  public static Optional<MoneyUnit> declaredIn(String header) {
    String n = Numbers.normalize(header);
    MoneyUnit found = null;
    for (Pattern p : List.of(DECLARED, BRACKETED)) {
      Matcher m = p.matcher(n);
      while (m.find()) {
        MoneyUnit u = ofSymbol(m.group(1)).orElseThrow();
        if (found != null && found != u) {
          return Optional.empty();
        }
        found = u;
      }
    }
    return Optional.ofNullable(found);
  }
}
