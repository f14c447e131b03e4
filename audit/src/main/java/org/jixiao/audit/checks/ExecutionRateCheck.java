package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.BudgetTable.Cell;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTableReader;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.audit.internal.ScannedReports;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Money;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.WordList;
import org.jspecify.annotations.Nullable;

/**
 * 预算执行率: the {@link Budget} record against itself and against the rows that restate it.
 *
 * <ul>
 *   <li>executionRate against expenditure ÷ adjustedBudget × 100, at the printed precision: ERROR;
 *       silent when a budget table line prints the same rate and its own cells give it while the
 *       record's budget or spending is another figure (taken from prose): the rate is right, and the
 *       differing figure is {@code FigureAgreementCheck}'s;
 *   <li>each line of a budget table (基本支出, 项目支出, a funding line) whose printed 执行率 is not its
 *       own 执行数 ÷ 全年预算数: ERROR HIGH, once another line of the same table agrees (the columns
 *       are then read right; a table none of whose lines agree is misread, and says nothing);
 *   <li>a spending-by-period table's running rate (累计支出 ÷ the budget its header names) against the rate it prints:
 *       ERROR HIGH;
 *   <li>a row labelled as the execution rate (labels in {@code execution-rate-labels.txt}) whose
 *       actual value differs from the rate the budget figures give: WARNING MEDIUM.
 * </ul>
 *
 * 基本支出 + 项目支出 against the totals is {@link BreakdownSumCheck}'s.
 */
public final class ExecutionRateCheck implements Check {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BudgetTableReader TABLES = BudgetTableReader.standard();
  private final Set<String> labels;

  public ExecutionRateCheck(Set<String> labels) {
    this.labels = labels.stream().map(Names::key).collect(Collectors.toUnmodifiableSet());
  }

  public ExecutionRateCheck() {
    this(Set.copyOf(WordList.lines(ExecutionRateCheck.class, "execution-rate-labels.txt")));
  }

  @Override
  public CheckId id() {
    return CheckId.EXECUTION_RATE;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    Budget budget = subject.report().budget();
    List<Finding> out = new ArrayList<>();
    if (budget == null) {
      return out;
    }
    BigDecimal rate = null;
    if (budget.expenditure() != null
        && budget.adjustedBudget() != null
        && budget.adjustedBudget().signum() != 0) {
      rate = budget.expenditure().multiply(HUNDRED).divide(budget.adjustedBudget(), MathContext.DECIMAL64);
      BigDecimal stated = budget.executionRate();
      if (stated != null && !Decimals.agreesAtPrintedPrecision(stated, rate)
          && TableRates.confirmsAgainst(tables(subject), subject.text(), stated, budget.adjustedBudget(), budget.expenditure())
              .isEmpty()) {
        out.add(
            FindingBuilder.of(subject.file(), id())
                .severity(Severity.ERROR)
                .certainty(Certainty.HIGH)
                .location(where(budget, BudgetField.executionRate))
                .stated(Decimals.plain(stated) + "%")
                .recomputed(Decimals.plain(rate, 2) + "%")
                .rule("执行率 = 全年执行数 ÷ 全年预算数 × 100%")
                .message(
                    "执行率：全年执行数 " + Decimals.plain(budget.expenditure()) + " ÷ 全年预算数 "
                        + Decimals.plain(budget.adjustedBudget()) + " = "
                        + Decimals.plain(rate, 2) + "%，报告所载为 "
                        + Decimals.plain(stated) + "%"));
      }
    }
    tableLines(subject, out);
    for (PeriodTables.Table periods : PeriodTables.in(subject.text())) {
      progress(subject, budget, periods, out);
    }
    BigDecimal reference = rate != null ? rate : budget.executionRate();
    if (reference != null) {
      for (IndicatorRow row : subject.report().indicators()) {
        rowAgainstBudget(subject, out, row, reference, rate != null);
      }
    }
    return out;
  }

  /**
   * A spending-by-period table's running rate ("累计执行进度（累计支出÷全年预算数）"): each period's running total over the
   * budget its header names (全年预算数 or 年初预算数, the report's own), against the rate printed beside it, allowing what
   * rounding the amounts to their printed decimals can move it. Only where the header states the division.
   */
  private void progress(AuditSubject subject, Budget budget, PeriodTables.Table table, List<Finding> out) {
    int running = table.runningTotal();
    int rateCol = -1;
    for (int c = 1; c < table.header().size() && rateCol < 0; c++) {
      String h = table.header().get(c);
      rateCol = h.contains("累计") && (h.contains("进度") || h.contains("执行率")) && (h.contains("÷") || h.contains("/")) ? c : -1;
    }
    if (running < 0 || rateCol < 0 || table.unit() == null) {
      return;
    }
    String head = table.header().get(rateCol);
    BigDecimal base = head.contains("全年预算") ? budget.adjustedBudget() : head.contains("年初预算") ? budget.initialBudget() : null;
    if (base == null || base.signum() <= 0) {
      return;
    }
    String baseName = head.contains("全年预算") ? "全年预算数" : "年初预算数";
    for (TabLine.Row row : table.periods()) {
      TabLine.Cell spent = row.cells().get(running);
      TabLine.Cell printed = row.cells().get(rateCol);
      if (spent.value() == null || printed.value() == null || !printed.text().contains("%")) {
        continue;
      }
      BigDecimal wan = Money.toWanYuan(spent.value(), table.unit()).orElseThrow();
      if (TableRates.agrees(printed.value(), wan, base)) {
        continue;
      }
      BigDecimal rate = wan.multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
      out.add(FindingBuilder.of(subject.file(), id())
          .severity(Severity.ERROR)
          .certainty(Certainty.HIGH)
          .indicator(row.label() + " " + head)
          .location(new TextSpan(subject.file(), null, printed.start(), printed.end()))
          .stated(printed.text())
          .recomputed(Decimals.plain(rate, 2) + "%")
          .rule(head)
          .message(row.label() + "：" + table.header().get(running) + " " + spent.text() + " ÷ " + baseName + " "
              + Decimals.plain(base) + " = " + Decimals.plain(rate, 2) + "%，表中为 " + printed.text()));
    }
  }

  private static List<BudgetTable> tables(AuditSubject subject) {
    return TABLES.read(subject.report(), subject.text());
  }

  private void tableLines(AuditSubject subject, List<Finding> out) {
    // in a scan a line's figures may be misread: its rate is judged only when the breakdown's sums confirm them
    boolean scanned = ScannedReports.scanned(subject.report());
    for (BudgetTable table : tables(subject)) {
      if (table.lines().stream().noneMatch(TableRates::agrees)) {
        continue;
      }
      for (Line line : table.lines()) {
        BigDecimal computed = TableRates.recomputed(line).orElse(null);
        Cell printed = line.cell(Column.RATE).orElse(null);
        if (computed == null || printed == null || printed.value() == null || TableRates.agrees(line)
            || scanned && (!BreakdownSumCheck.confirmedBySums(table, line) || misread(printed.value(), computed))) {
          continue;
        }
        String recomputed = computed.setScale(Math.max(2, Decimals.printedScale(printed.value())),
            java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        out.add(
            FindingBuilder.of(subject.file(), id())
                .severity(Severity.ERROR)
                .certainty(Certainty.HIGH)
                .indicator(line.name())
                .location(printed.where(subject.file()))
                .stated(printed.text())
                .recomputed(recomputed)
                .rule("执行率 = 全年执行数 ÷ 全年预算数 × 100%")
                .message(line.name() + " 执行率：" + line.cell(Column.SPEND).map(Cell::text).orElse("")
                    + " ÷ " + line.cell(Column.BUDGET).map(Cell::text).orElse("") + " = " + recomputed
                    + "，表中为 " + printed.text()));
      }
    }
  }

  /**
   * A scanned rate one character off the rate its line gives, at one decimal more or less ("99.199%" read for a printed
   * 99.19%, h514): a character the recognizer put in or left out, not the report's figure.
   */
  private static boolean misread(BigDecimal printed, BigDecimal computed) {
    int scale = Decimals.printedScale(printed);
    for (int s : new int[] {scale - 1, scale + 1}) {
      if (s >= 0 && Numbers.oneCharacterApart(printed, computed.setScale(s, java.math.RoundingMode.HALF_UP))) {
        return true;
      }
    }
    return false;
  }

  private void rowAgainstBudget(
      AuditSubject subject, List<Finding> out, IndicatorRow row, BigDecimal reference,
      boolean computed) {
    if (!labels.contains(Names.key(row.level3())) && !labels.contains(Names.key(row.canonicalKey()))) {
      return;
    }
    BigDecimal actual = null;
    if (row.actualValue() != null && row.actualValue().number() != null) {
      actual = row.actualValue().number();
    } else if (row.actual() != null) {
      actual = Numbers.first(row.actual()).orElse(null);
    }
    if (actual == null || Decimals.agreesAtPrintedPrecision(actual, reference)) {
      return;
    }
    out.add(
        FindingBuilder.of(subject.file(), id())
            .severity(Severity.WARNING)
            .certainty(Certainty.MEDIUM)
            .indicator(row.level3())
            .location(FindingBuilder.where(row, IndicatorField.actual))
            .stated(row.actual())
            .recomputed(Decimals.plain(reference, 2) + "%")
            .rule("执行率 = 全年执行数 ÷ 全年预算数 × 100%")
            .message(
                "本行所记执行率为 " + row.actual() + "，预算数据"
                    + (computed ? "计算得 " : "所载为 ") + Decimals.plain(reference, 2) + "%"));
  }

  private static @Nullable SourceRef where(@Nullable Budget budget, BudgetField field) {
    if (budget == null) {
      return null;
    }
    Evidence evidence = budget.evidence().get(field);
    return evidence == null ? null : evidence.source();
  }
}
