package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.text.number.Money;
import org.jixiao.text.number.MoneyUnit;
import org.jixiao.schema.SummaryLine;
import org.jspecify.annotations.Nullable;

/**
 * 汇总一致: a project report of a file that also holds a 汇总 summary states its 预算数 (全年预算数),
 * 执行数 and 自评得分 twice, in its own table and in the summary line of the same 项目名称 ({@link
 * org.jixiao.schema.ReportPart#summary()}). A figure that differs at the printed precision is a
 * WARNING (two statements disagree; which is wrong is not known) with HIGH certainty, located at
 * the summary line. In a file holding one report, a list of several units' results naming it ({@link ListedScores}) is
 * compared with its total the same way.
 */
public final class SummaryAgreementCheck implements Check {
  @Override
  public CheckId id() {
    return CheckId.SUMMARY_AGREEMENT;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    Report report = subject.report();
    if (report.part() == null) {
      return listed(subject);
    }
    SummaryLine line = report.part().summary();
    if (line == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    var budget = report.budget();
    compare(subject, line, "预算数", line.budget(), budget == null ? null : budget.adjustedBudget(), out);
    compare(subject, line, "执行数", line.expenditure(), budget == null ? null : budget.expenditure(), out);
    compare(subject, line, "得分", line.score(), report.totalScore(), out);
    return out;
  }

  /** A one-report file's list of several units' results, its line for this report against the report's total (h471). */
  private List<Finding> listed(AuditSubject subject) {
    BigDecimal total = subject.report().totalScore();
    var line = ListedScores.find(subject.report(), subject.text()).orElse(null);
    if (line == null || total == null || Decimals.agreesAtPrintedPrecision(line.score(), total)) {
      return List.of();
    }
    return List.of(FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING) // two statements disagree; which one is wrong is not known
        .certainty(Certainty.HIGH)
        .indicator(line.name())
        .location(line.where())
        .stated(line.printed())
        .recomputed(Decimals.plain(total))
        .rule("一览表 得分 = 自评表 总分")
        .message("一览表载 " + line.name() + " 的得分为 " + line.printed() + "，其自评表总分为 " + Decimals.plain(total)));
  }

  /** A 汇总 sheet in 元 beside forms in 万元 (8650 万元 summed as 86500000): one figure in two units. */
  private static boolean inYuan(BigDecimal summary, BigDecimal report) {
    return Money.toWanYuan(summary, MoneyUnit.YUAN).map(w -> w.compareTo(report) == 0).orElse(false);
  }

  private void compare(AuditSubject subject, SummaryLine line, String what, @Nullable BigDecimal summary,
      @Nullable BigDecimal report, List<Finding> out) {
    if (summary == null || report == null || Decimals.agreesAtPrintedPrecision(summary, report)
        || !what.equals("得分") && inYuan(summary, report)) {
      return;
    }
    out.add(FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING) // two statements disagree; which one is wrong is not known
        .certainty(Certainty.HIGH)
        .location(line.source())
        .stated(Decimals.plain(summary))
        .recomputed(Decimals.plain(report))
        .rule("汇总表 " + what + " = 项目自评表 " + what)
        .message("汇总表载 " + line.project() + " 的" + what + "为 " + Decimals.plain(summary)
            + "，其项目自评表为 " + Decimals.plain(report)));
  }
}
