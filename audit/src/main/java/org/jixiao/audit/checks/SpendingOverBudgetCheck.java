package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTable.Cell;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.BudgetTable.Role;
import org.jixiao.audit.internal.BudgetTableReader;
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
 * 超预算支出: every line of the budget table (资金总额, 基本支出, 项目支出, each project or funding
 * line) whose 执行数 exceeds its 全年预算数 (the 预算数 column when only one is printed): WARNING HIGH,
 * since spending more than the budget is what an auditor asks about first, even when the rate is
 * printed right. A line whose printed 执行率 does not follow from its two cells is left alone: its
 * cells may stand under other headers than they seem to (and a wrong rate is {@code
 * ExecutionRateCheck}'s). A budget of 0 is {@code ZeroBaseRateCheck}'s. Parts no table line shows (stated in prose, or
 * in a list of measures) are checked on the extracted budget.
 */
public final class SpendingOverBudgetCheck implements Check {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal RATE_SLACK = BigDecimal.ONE;
  private static final BigDecimal CENT = BigDecimal.valueOf(1, 2);
  private static final BudgetTableReader TABLES = BudgetTableReader.standard();
  /**
   * A line of income or of a balance, not of spending: a fund's 个人缴费收入 or 本年收支结余 above its budget is more
   * collected or saved than planned (h476, a 社会保险基金's 基金收支 block).
   */
  private static final Pattern NOT_SPENDING = Pattern.compile("收入|结余|结存");

  @Override
  public CheckId id() {
    return CheckId.SPENDING_OVER_BUDGET;
  }

  /** A table line spent over its budget. */
  private record Over(BudgetTable table, Line line, Cell budget, Cell spend, BigDecimal rate) {}

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Over> over = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<Role> lined = new HashSet<>();
    int tableNo = 0;
    for (BudgetTable table : TABLES.read(subject.report(), subject.text())) {
      tableNo++;
      for (Line line : table.lines()) {
        lined.add(line.role());
        Cell budget = line.cell(Column.BUDGET).orElse(null);
        Cell spend = line.cell(Column.SPEND).orElse(null);
        if (budget == null || spend == null || budget.value() == null || spend.value() == null
            || budget.value().signum() <= 0 || spend.value().compareTo(budget.value()) <= 0
            || NOT_SPENDING.matcher(line.name()).find()) {
          continue;
        }
        BigDecimal rate = spend.value().multiply(HUNDRED).divide(budget.value(), MathContext.DECIMAL64);
        BigDecimal printed = line.value(Column.RATE).orElse(null);
        if (printed != null && printed.subtract(rate).abs().compareTo(RATE_SLACK) > 0) {
          continue;
        }
        // a part printing its whole's very figures (the one source of the fund) is the same overspending, said once
        if (seen.add(tableNo + "|" + budget.text() + "|" + spend.text())) {
          over.add(new Over(table, line, budget, spend, rate));
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    // items over budget (a 公用经费 line, a 年度主要任务 line) inside the one part that is over too (基本支出 or 项目支出)
    // show where that part's overspending went: one problem, said once with all its places (h108, h218, h87)
    List<Over> parts = over.stream().filter(o -> o.line().role() == Role.BASIC || o.line().role() == Role.PROJECT).toList();
    List<Over> items = over.stream().filter(o -> o.line().role() == Role.OTHER).toList();
    boolean fold = parts.size() == 1 && !items.isEmpty();
    for (Over o : over) {
      if (fold && o.line().role() == Role.OTHER) {
        continue;
      }
      out.add(finding(subject, o, fold && o == parts.getFirst() ? items : List.of()));
    }
    recordParts(subject, lined, out);
    return out;
  }

  /**
   * The parts of a budget that no line of a budget table shows: stated in prose ("全年预算5,230.00万元，其中基本支出
   * 1,460.00万元、项目支出3,770.00万元；全年支出5,018.40万元，其中基本支出1,472.30万元…") or in a list of measures
   * ("全年预算数 | …", "其中：基本支出 | …"), checked on the extracted budget: a part spent over its budget, HIGH when both
   * sides' parts add up to their wholes (the figures were read in the right places), else MEDIUM.
   */
  private void recordParts(AuditSubject subject, Set<Role> lined, List<Finding> out) {
    Budget b = subject.report().budget();
    if (b == null) {
      return;
    }
    boolean consistent = adds(b.adjustedBudget(), b.basicBudget(), b.projectBudget())
        && adds(b.expenditure(), b.basicExpenditure(), b.projectExpenditure());
    if (!lined.contains(Role.BASIC)) {
      overspent(subject, out, "基本支出", b.basicBudget(), b.basicExpenditure(), b.evidence().get(BudgetField.basicExpenditure),
          consistent);
    }
    if (!lined.contains(Role.PROJECT)) {
      overspent(subject, out, "项目支出", b.projectBudget(), b.projectExpenditure(),
          b.evidence().get(BudgetField.projectExpenditure), consistent);
    }
  }

  private void overspent(AuditSubject subject, List<Finding> out, String name, @Nullable BigDecimal planned,
      @Nullable BigDecimal spent, @Nullable Evidence spend, boolean consistent) {
    if (spend == null || planned == null || spent == null || planned.signum() <= 0
        || spent.compareTo(planned) <= 0 || out.stream().anyMatch(f -> name.equals(f.indicator()))) {
      return;
    }
    BigDecimal rate = spent.multiply(HUNDRED).divide(planned, MathContext.DECIMAL64);
    out.add(FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(consistent ? Certainty.HIGH : Certainty.MEDIUM)
        .indicator(name)
        .location(spend.source())
        .stated(Decimals.plain(spent) + " 万元")
        .recomputed("≤ " + Decimals.plain(planned) + " 万元")
        .rule("执行数 ≤ 全年预算数")
        .message(name + " 执行数 " + Decimals.plain(spent) + " 万元 超过 全年预算数 " + Decimals.plain(planned) + " 万元：超 "
            + Decimals.plain(spent.subtract(planned)) + " 万元，执行率 " + Decimals.plain(rate, 2) + "%"));
  }

  /** Whether the two parts add up to the whole, to a cent of a 万元. */
  private static boolean adds(@Nullable BigDecimal whole, @Nullable BigDecimal a, @Nullable BigDecimal b) {
    return whole != null && a != null && b != null && a.add(b).subtract(whole).abs().compareTo(CENT) <= 0;
  }

  private Finding finding(AuditSubject subject, Over o, List<Over> items) {
    BudgetTable table = o.table();
    BigDecimal overBy = o.spend().value().subtract(o.budget().value());
    String unit = table.unit() == null ? "" : table.unit().symbol();
    StringBuilder where = new StringBuilder();
    for (Over item : items) {
      where.append(where.isEmpty() ? "；其中 " : "、").append(item.line().name()).append(" ").append(item.spend().shown(item.table().unit()))
          .append(" 超过 ").append(item.budget().shown(item.table().unit()));
    }
    return FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(Certainty.HIGH)
        .indicator(o.line().name())
        .location(o.spend().where(subject.file()))
        .alsoAt(items.stream().map(i -> i.spend().where(subject.file())).toList())
        .stated(o.spend().shown(table.unit()))
        .recomputed("≤ " + o.budget().shown(table.unit()))
        .rule("执行数 ≤ 全年预算数")
        .message(o.line().name() + " 执行数 " + o.spend().shown(table.unit()) + " 超过 全年预算数 " + o.budget().shown(table.unit())
            + "：超 " + Decimals.plain(overBy) + (unit.isEmpty() ? "" : " " + unit) + "，执行率 "
            + Decimals.plain(o.rate(), 2) + "%" + where);
  }
}
