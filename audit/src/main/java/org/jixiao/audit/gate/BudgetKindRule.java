package org.jixiao.audit.gate;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.audit.internal.BudgetFields;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * 预算数的种类: every money figure of the budget block must have been read as money. It was not when
 * its printed text is a rate or a score ("96.43%", "10分"), when its cell is the 分值 or 得分 cell of
 * a scored row, when the nearest label before it in prose is 分值/得分/权重/执行率, or when the
 * budget and spending are exactly the weight and score of one scored row (the 财政部 head block
 * 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 read one column off). One misread
 * figure makes the whole block unreliable (its rate and parts were read the same way), so the
 * whole budget is withheld.
 */
public final class BudgetKindRule implements PlausibilityRule {
  private final BudgetLabels labels;

  BudgetKindRule(BudgetLabels labels) {
    this.labels = labels;
  }

  public BudgetKindRule() {
    this(BudgetLabels.standard());
  }

  @Override
  public Gated apply(Gated in, @Nullable String text) {
    Report report = in.report();
    Budget budget = report.budget();
    if (budget == null) {
      return in;
    }
    for (BudgetField field : BudgetFields.MONEY) {
      BigDecimal value = BudgetFields.value(budget, field);
      Evidence evidence = budget.evidence().get(field);
      if (value == null) {
        continue;
      }
      Optional<String> why = misread(report, field, value, evidence, text);
      if (why.isPresent()) {
        return in.withhold(Copies.withBudget(report, null), "未能可靠读取预算表：" + why.get(),
            evidence == null ? null : evidence.source());
      }
    }
    return pairIsARowsScore(in, budget);
  }

  private Optional<String> misread(
      Report report, BudgetField field, BigDecimal value, @Nullable Evidence evidence, @Nullable String text) {
    if (evidence == null) {
      return Optional.empty();
    }
    String printed = amountOfPair(evidence.text().strip(), value);
    String what = BudgetFields.label(field) + " " + Decimals.plain(value);
    if (printed.contains("%") || printed.contains("％") || printed.contains("‰")) {
      return Optional.of(what + " 的原文“" + printed + "”是比率，不是金额");
    }
    if (printed.endsWith("分")) {
      return Optional.of(what + " 的原文“" + printed + "”是分数，不是金额");
    }
    if (evidence.source() instanceof CellRef cell) {
      for (IndicatorRow row : report.indicators()) {
        if (sameCell(cell, row.sources().get(IndicatorField.weight))) {
          return Optional.of(what + " 取自“" + row.level3() + "”的分值单元格（分值列被读作" + BudgetFields.label(field) + "）");
        }
        if (sameCell(cell, row.sources().get(IndicatorField.score))) {
          return Optional.of(what + " 取自“" + row.level3() + "”的得分单元格（得分列被读作" + BudgetFields.label(field) + "）");
        }
      }
    }
    if (evidence.source() instanceof TextSpan span && text != null && span.start() <= text.length()) {
      // the label nearest the figure: a span citing its own label ("…执行率94.32%，其中基本支出1,896.52万元", h294) is read
      // after that label, not after the rate before it
      BudgetLabels.Label label = labels.before(text, span.start() + figureOffset(evidence.text(), span));
      if (label != null && label.kind() == BudgetLabels.Kind.SCORE) {
        return Optional.of(what + " 紧跟在“" + label.text() + "”之后，读的是分数或比率，不是金额");
      }
    }
    return Optional.empty();
  }

  /** Where the figure starts in a span that cites its label first ("基本支出1,896.52万元"): 0 when the span is not the text. */
  private static int figureOffset(String cited, TextSpan span) {
    if (span.end() - span.start() != cited.length()) {
      return 0;
    }
    for (int i = 0; i < cited.length(); i++) {
      if (Character.isDigit(cited.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  /**
   * The half of a two-measure cell ("816.34/96.04%" under "全年执行数/执行率", h297) that is the value read from it: the
   * extraction cites the whole cell, and its other half is the rate; the text as cited otherwise.
   */
  private static String amountOfPair(String printed, BigDecimal value) {
    String[] halves = printed.split("[/／]", -1);
    if (halves.length == 2) {
      for (String half : halves) {
        if (org.jixiao.text.number.Numbers.parse(half.strip()).filter(v -> v.compareTo(value) == 0).isPresent()) {
          return half.strip();
        }
      }
    }
    return printed;
  }

  /** The budget and the spending are one scored row's 分值 and 得分: a column misread. */
  private static Gated pairIsARowsScore(Gated in, Budget budget) {
    BigDecimal spent = budget.expenditure();
    if (spent == null) {
      return in;
    }
    for (BudgetField field : new BudgetField[] {BudgetField.adjustedBudget, BudgetField.initialBudget}) {
      BigDecimal planned = BudgetFields.value(budget, field);
      if (planned == null) {
        continue;
      }
      for (IndicatorRow row : in.report().indicators()) {
        if (Decimals.same(row.weight(), planned) && Decimals.same(row.score(), spent)) {
          Evidence e = budget.evidence().get(field);
          return in.withhold(Copies.withBudget(in.report(), null),
              "未能可靠读取预算表：" + BudgetFields.label(field) + " " + Decimals.plain(planned) + " 与全年执行数 "
                  + Decimals.plain(spent) + " 正是“" + row.level3() + "”的分值与得分（分值、得分列被读作预算数、执行数）",
              e == null ? null : e.source());
        }
      }
    }
    return in;
  }

  private static boolean sameCell(CellRef cell, @Nullable SourceRef other) {
    return other instanceof CellRef o
        && o.file().equals(cell.file())
        && o.table() == cell.table()
        && o.row() == cell.row()
        && o.col() == cell.col();
  }
}
