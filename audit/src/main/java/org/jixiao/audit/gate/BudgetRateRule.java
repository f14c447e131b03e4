package org.jixiao.audit.gate;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jixiao.audit.internal.BudgetFields;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * 执行率是比率: the printed execution rate lies within 0–{@value #MAX_RATE}% and is not a score
 * ("9.64分" read from the 得分 column); spending divided by its budget (the total and each part)
 * lies within the same range. A printed rate that fails is withheld alone; a quotient that fails
 * withholds the budget, since one of its two figures was misread (a digit lost, a column
 * shifted) and nothing tells which. Spending above budget up to {@value #MAX_RATE}% stays: that
 * is a real finding for the checks.
 */
public final class BudgetRateRule implements PlausibilityRule {
  /** 执行率 may exceed 100% (spending over budget) but not by multiples. */
  static final int MAX_RATE = 200;

  private static final BigDecimal LIMIT = BigDecimal.valueOf(MAX_RATE);

  @Override
  public Gated apply(Gated in, @Nullable String text) {
    Budget budget = in.report().budget();
    if (budget == null) {
      return in;
    }
    Gated out = quotient(in, budget, budget.expenditure(), budget.adjustedBudget(), BudgetField.expenditure,
        BudgetField.adjustedBudget);
    if (out == in && budget.adjustedBudget() == null) {
      out = quotient(in, budget, budget.expenditure(), budget.initialBudget(), BudgetField.expenditure,
          BudgetField.initialBudget);
    }
    if (out == in) {
      out = quotient(in, budget, budget.basicExpenditure(), budget.basicBudget(), BudgetField.basicExpenditure,
          BudgetField.basicBudget);
    }
    if (out == in) {
      out = quotient(in, budget, budget.projectExpenditure(), budget.projectBudget(),
          BudgetField.projectExpenditure, BudgetField.projectBudget);
    }
    if (out != in) {
      return out;
    }
    return printedRate(in, budget);
  }

  private static Gated printedRate(Gated in, Budget budget) {
    BigDecimal rate = budget.executionRate();
    if (rate == null) {
      return in;
    }
    Evidence evidence = budget.evidence().get(BudgetField.executionRate);
    SourceRef where = evidence == null ? null : evidence.source();
    String printed = evidence == null ? Decimals.plain(rate) : evidence.text().strip();
    String why = null;
    if (printed.endsWith("分")) {
      why = "执行率的原文“" + printed + "”是分数，不是比率（得分列被读作执行率）";
    } else if (rate.signum() < 0 || rate.compareTo(LIMIT) > 0) {
      why = "执行率 " + Decimals.plain(rate) + "% 不在 0–" + MAX_RATE + "% 之间";
    }
    if (why == null) {
      return in;
    }
    return in.withhold(Copies.withBudget(in.report(), BudgetFields.without(budget, java.util.Set.of(BudgetField.executionRate))), "未能可靠读取执行率：" + why, where);
  }

  private static Gated quotient(
      Gated in, Budget budget, @Nullable BigDecimal spent, @Nullable BigDecimal planned, BudgetField spentField,
      BudgetField plannedField) {
    if (spent == null || planned == null || planned.signum() <= 0) {
      return in;
    }
    BigDecimal rate = spent.multiply(BigDecimal.valueOf(100)).divide(planned, MathContext.DECIMAL64);
    if (rate.signum() >= 0 && rate.compareTo(LIMIT) <= 0) {
      return in;
    }
    Evidence evidence = budget.evidence().get(spentField);
    return in.withhold(Copies.withBudget(in.report(), null),
        "未能可靠读取预算表：" + BudgetFields.label(spentField) + " " + Decimals.plain(spent) + " ÷ "
            + BudgetFields.label(plannedField) + " " + Decimals.plain(planned) + " = " + Decimals.plain(rate, 2)
            + "%，不是可信的执行率（某个金额读错了）",
        evidence == null ? null : evidence.source());
  }
}
