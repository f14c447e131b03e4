package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.text.number.Money;
import org.jspecify.annotations.Nullable;

/**
 * 表内执行率: the 执行率 a budget table line prints against its own 全年预算数 and 执行数. A line whose
 * three cells agree proves the table's columns were read right; a rate stated elsewhere (prose) that
 * such a line prints too is right by the table, whatever figure the prose gives beside it.
 */
final class TableRates {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TableRates() {}

  /** 执行数 ÷ 全年预算数 × 100 of a line printing both (a positive budget), else empty. */
  static Optional<BigDecimal> recomputed(Line line) {
    BigDecimal budget = line.value(Column.BUDGET).orElse(null);
    BigDecimal spend = line.value(Column.SPEND).orElse(null);
    if (budget == null || spend == null || budget.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(spend.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64));
  }

  /**
   * Whether the line prints a rate that its own budget and spending give: at the rate's printed
   * precision, or within what rounding the two amounts to their printed decimals can move it (a rate
   * computed from figures in 元 before they were printed in 万元).
   */
  static boolean agrees(Line line) {
    BigDecimal printed = line.value(Column.RATE).orElse(null);
    BigDecimal computed = recomputed(line).orElse(null);
    if (printed == null || computed == null) {
      return false;
    }
    return agrees(printed, line.value(Column.SPEND).orElseThrow(), line.value(Column.BUDGET).orElseThrow());
  }

  /**
   * Whether {@code printed} (per cent) is {@code part ÷ whole × 100}: at its printed precision, or within what rounding
   * the two amounts to their printed decimals can move it. {@code whole} positive.
   */
  static boolean agrees(BigDecimal printed, BigDecimal part, BigDecimal whole) {
    BigDecimal computed = part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
    if (Decimals.agreesAtPrintedPrecision(printed, computed)) {
      return true;
    }
    // d(s/b) ≤ Δs/b + s·Δb/b², each Δ half a unit of the amount's printed decimals
    BigDecimal slack = halfUnit(part).divide(whole, MathContext.DECIMAL64)
        .add(part.multiply(halfUnit(whole)).divide(whole.multiply(whole), MathContext.DECIMAL64))
        .multiply(HUNDRED).add(halfUnit(printed));
    return printed.subtract(computed).abs().compareTo(slack) <= 0;
  }

  /** Half a unit of the figure's printed last place. */
  static BigDecimal halfUnit(BigDecimal printed) {
    return BigDecimal.valueOf(5, Decimals.printedScale(printed) + 1);
  }

  /**
   * The line that prints {@code rate} and whose own cells give it, while its budget or spending is not
   * {@code budget} / {@code spend} (万元) and the prose prints that other figure only once: the rate is
   * right, and the lone differing figure is the misprint (h83's 3,060.58 for the table's 3,000.58). A
   * differing figure the text restates (001's budget 9893.12, printed as 本年收入 and 预算指标 again) is
   * the prose's own figure, and a rate that does not follow from it is wrong against it.
   */
  static Optional<Line> confirmsAgainst(
      List<BudgetTable> tables, String text, BigDecimal rate, BigDecimal budget, BigDecimal spend) {
    for (BudgetTable table : tables) {
      for (Line line : table.lines()) {
        if (!agrees(line) || !line.value(Column.RATE).map(r -> r.compareTo(rate) == 0).orElse(false)) {
          continue;
        }
        boolean budgetDiffers = !Decimals.same(wanYuan(table, line.value(Column.BUDGET).orElse(null)), budget);
        boolean spendDiffers = !Decimals.same(wanYuan(table, line.value(Column.SPEND).orElse(null)), spend);
        if ((budgetDiffers || spendDiffers)
            && (!budgetDiffers || printedOnce(text, budget)) && (!spendDiffers || printedOnce(text, spend))) {
          return Optional.of(line);
        }
      }
    }
    return Optional.empty();
  }

  /** A cell's figure in 万元 (the record's unit); as printed when the table declares no unit. */
  private static @Nullable BigDecimal wanYuan(BudgetTable table, @Nullable BigDecimal value) {
    return value == null || table.unit() == null ? value : value.movePointRight(table.unit().powerOfTen() - 4);
  }

  private static boolean printedOnce(String text, BigDecimal wanYuan) {
    return Money.find(text).stream().filter(m -> Decimals.same(m.amount().wanYuan(), wanYuan)).count() <= 1;
  }
}
