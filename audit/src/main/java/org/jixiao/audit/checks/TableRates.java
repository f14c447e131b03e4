package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.Decimals;

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

  /** Whether the line prints a rate that its own budget and spending give. */
  static boolean agrees(Line line) {
    BigDecimal printed = line.value(Column.RATE).orElse(null);
    return printed != null && recomputed(line).map(r -> Decimals.agreesAtPrintedPrecision(printed, r)).orElse(false);
  }

  /**
   * The line that prints {@code rate} and whose own cells give it, while its budget or spending is not
   * {@code budget} / {@code spend}: the rate is right, and what differs is one of those figures.
   */
  static Optional<Line> confirmsAgainst(
      List<BudgetTable> tables, BigDecimal rate, BigDecimal budget, BigDecimal spend) {
    return tables.stream().flatMap(t -> t.lines().stream())
        .filter(l -> agrees(l) && l.value(Column.RATE).map(r -> r.compareTo(rate) == 0).orElse(false))
        .filter(l -> !Decimals.same(l.value(Column.BUDGET).orElse(null), budget)
            || !Decimals.same(l.value(Column.SPEND).orElse(null), spend))
        .findFirst();
  }
}
