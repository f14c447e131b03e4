package org.jixiao.text.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 金额: an amount of money read from a report: its exact value in 万元, the number as printed, the
 * unit it was printed in (its own or its header's), and the printed text.
 */
public record MoneyAmount(BigDecimal wanYuan, BigDecimal printed, MoneyUnit unit, String text) {

  public MoneyAmount {
    Objects.requireNonNull(wanYuan, "wanYuan");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(text, "text");
    if (wanYuan.compareTo(printed.movePointRight(unit.powerOfTen()).movePointLeft(4)) != 0) {
      throw new IllegalArgumentException(
          "wanYuan " + wanYuan + " is not " + printed + " " + unit.symbol() + " in 万元");
    }
  }
}
