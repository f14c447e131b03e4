package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/**
 * 基本支出 + 项目支出 = 合计 on the extracted {@link Budget} record, for a report whose budget table
 * the text does not show as one (a budget stated in prose, a table split over pages): WARNING MEDIUM,
 * allowing one and a half printed units, since some reports print the parts against another budget
 * column than the total.
 */
final class BudgetParts {
  private BudgetParts() {}

  static void check(AuditSubject subject, CheckId id, List<Finding> out) {
    Budget budget = subject.report().budget();
    if (budget == null) {
      return;
    }
    parts(subject, id, out, budget, budget.adjustedBudget(), budget.basicBudget(), budget.projectBudget(),
        BudgetField.adjustedBudget, "预算数");
    parts(subject, id, out, budget, budget.expenditure(), budget.basicExpenditure(), budget.projectExpenditure(),
        BudgetField.expenditure, "支出数");
  }

  private static void parts(AuditSubject subject, CheckId id, List<Finding> out, Budget budget,
      @Nullable BigDecimal total, @Nullable BigDecimal basic, @Nullable BigDecimal project, BudgetField field,
      String label) {
    if (total == null || basic == null || project == null) {
      return;
    }
    BigDecimal sum = basic.add(project);
    int scale = Math.max(Decimals.printedScale(total), Math.max(basic.scale(), project.scale()));
    BigDecimal slack = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(15, 1));
    if (sum.subtract(total).abs().compareTo(slack) <= 0) {
      return;
    }
    Evidence evidence = budget.evidence().get(field);
    out.add(FindingBuilder.of(subject.file(), id)
        .severity(Severity.WARNING)
        .certainty(Certainty.MEDIUM)
        .location(evidence == null ? null : evidence.source())
        .stated(Decimals.plain(total))
        .recomputed(Decimals.plain(sum))
        .rule("基本支出 + 项目支出 = 合计")
        .message("基本支出 " + Decimals.plain(basic) + " + 项目支出 " + Decimals.plain(project) + " = "
            + Decimals.plain(sum) + "，报告的合计" + label + "为 " + Decimals.plain(total)));
  }
}
