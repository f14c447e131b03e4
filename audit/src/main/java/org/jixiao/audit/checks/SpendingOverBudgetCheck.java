package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTable.Cell;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.BudgetTableReader;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;

/**
 * 超预算支出: every line of the budget table (资金总额, 基本支出, 项目支出, each project or funding
 * line) whose 执行数 exceeds its 全年预算数 (the 预算数 column when only one is printed): WARNING HIGH,
 * since spending more than the budget is what an auditor asks about first, even when the rate is
 * printed right. A line whose printed 执行率 does not follow from its two cells is left alone: its
 * cells may stand under other headers than they seem to (and a wrong rate is {@code
 * ExecutionRateCheck}'s). A budget of 0 is {@code ZeroBaseRateCheck}'s.
 */
public final class SpendingOverBudgetCheck implements Check {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal RATE_SLACK = BigDecimal.ONE;
  private static final BudgetTableReader TABLES = BudgetTableReader.standard();

  @Override
  public CheckId id() {
    return CheckId.SPENDING_OVER_BUDGET;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (BudgetTable table : TABLES.read(subject.report(), subject.text())) {
      for (Line line : table.lines()) {
        Cell budget = line.cell(Column.BUDGET).orElse(null);
        Cell spend = line.cell(Column.SPEND).orElse(null);
        if (budget == null || spend == null || budget.value() == null || spend.value() == null
            || budget.value().signum() <= 0 || spend.value().compareTo(budget.value()) <= 0) {
          continue;
        }
        BigDecimal rate = spend.value().multiply(HUNDRED).divide(budget.value(), MathContext.DECIMAL64);
        BigDecimal printed = line.value(Column.RATE).orElse(null);
        if (printed != null && printed.subtract(rate).abs().compareTo(RATE_SLACK) > 0) {
          continue;
        }
        if (seen.add(line.name() + "|" + budget.text() + "|" + spend.text())) {
          out.add(finding(subject, table, line, budget, spend, rate));
        }
      }
    }
    return out;
  }

  private Finding finding(AuditSubject subject, BudgetTable table, Line line, Cell budget, Cell spend, BigDecimal rate) {
    BigDecimal over = spend.value().subtract(budget.value());
    String unit = table.unit() == null ? "" : table.unit().symbol();
    return FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(Certainty.HIGH)
        .indicator(line.name())
        .location(spend.where(subject.file()))
        .stated(spend.shown(table.unit()))
        .recomputed("≤ " + budget.shown(table.unit()))
        .rule("执行数 ≤ 全年预算数")
        .message(line.name() + " 执行数 " + spend.shown(table.unit()) + " 超过 全年预算数 " + budget.shown(table.unit())
            + "：超 " + Decimals.plain(over) + (unit.isEmpty() ? "" : " " + unit) + "，执行率 "
            + Decimals.plain(rate, 2) + "%");
  }
}
