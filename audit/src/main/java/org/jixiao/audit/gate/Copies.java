package org.jixiao.audit.gate;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jspecify.annotations.Nullable;

/** Copies of a report with facts removed: what the gate hands the checks. */
final class Copies {
  private Copies() {}

  static Report withBudget(Report r, @Nullable Budget budget) {
    return new Report(r.sourceFile(), r.department(), r.fiscalYear(), r.adminLevel(), r.province(),
        r.reportKind(), r.evaluator(), r.totalScore(), r.maxScore(), r.grade(), budget, r.sections(),
        r.indicators(), r.title(), r.publicationDate(), r.fileSha256(), r.format(), r.evidence(),
        r.diagnostics(), r.project(), r.implementingUnit(), r.part(), r.groupSubtotals());
  }

  /** Without the total (and its evidence) when {@code dropTotal}, without the full mark when {@code dropMax}. */
  static Report withoutScores(Report r, boolean dropTotal, boolean dropMax) {
    Map<ReportField, Evidence> evidence = new HashMap<>(r.evidence());
    if (dropTotal) {
      evidence.remove(ReportField.totalScore);
    }
    if (dropMax) {
      evidence.remove(ReportField.maxScore);
    }
    return new Report(r.sourceFile(), r.department(), r.fiscalYear(), r.adminLevel(), r.province(),
        r.reportKind(), r.evaluator(), dropTotal ? null : r.totalScore(), dropMax ? null : r.maxScore(),
        r.grade(), r.budget(), r.sections(), r.indicators(), r.title(), r.publicationDate(),
        r.fileSha256(), r.format(), evidence, r.diagnostics(), r.project(), r.implementingUnit(), r.part(),
        r.groupSubtotals());
  }

  /** The budget without its printed execution rate. */
  static Budget withoutRate(Budget b) {
    Map<BudgetField, Evidence> evidence = new EnumMap<>(BudgetField.class);
    evidence.putAll(b.evidence());
    evidence.remove(BudgetField.executionRate);
    return new Budget(b.initialBudget(), b.adjustedBudget(), b.expenditure(), null, b.basicBudget(),
        b.basicExpenditure(), b.projectBudget(), b.projectExpenditure(), evidence);
  }

  /** The value of one budget field. */
  static @Nullable BigDecimal value(Budget b, BudgetField field) {
    return switch (field) {
      case adjustedBudget -> b.adjustedBudget();
      case basicBudget -> b.basicBudget();
      case basicExpenditure -> b.basicExpenditure();
      case executionRate -> b.executionRate();
      case expenditure -> b.expenditure();
      case initialBudget -> b.initialBudget();
      case projectBudget -> b.projectBudget();
      case projectExpenditure -> b.projectExpenditure();
    };
  }

  /** The money fields, in the order people read them. */
  static final List<BudgetField> MONEY =
      List.of(BudgetField.initialBudget, BudgetField.adjustedBudget, BudgetField.expenditure,
          BudgetField.basicBudget, BudgetField.basicExpenditure, BudgetField.projectBudget,
          BudgetField.projectExpenditure);

  /** The Chinese label of a budget field, for the diagnostics. */
  static String label(BudgetField field) {
    return switch (field) {
      case initialBudget -> "年初预算数";
      case adjustedBudget -> "全年预算数";
      case expenditure -> "全年执行数";
      case executionRate -> "执行率";
      case basicBudget -> "基本支出预算数";
      case basicExpenditure -> "基本支出执行数";
      case projectBudget -> "项目支出预算数";
      case projectExpenditure -> "项目支出执行数";
    };
  }
}
