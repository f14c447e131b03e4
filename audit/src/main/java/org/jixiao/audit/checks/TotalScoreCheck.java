package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.SectionRows;
import org.jixiao.audit.internal.WeightSlack;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.audit.internal.NotApplicableRows;
import org.jixiao.audit.internal.UnreadScores;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * 总分: the sum of every row's score against the stated total, and the sum of every row's weight
 * against the full mark. Rows without a level1 (the scored budget-execution line of a 自评表) count
 * like any other row.
 *
 * <p>The completeness rule: the rows are taken as complete only when their weights add up to the
 * full mark ({@code maxScore}, 100 when not stated). Only then is the score sum compared with the
 * total; otherwise one finding says the weights are off: an ERROR HIGH when they exceed a stated
 * full mark (no missing row explains that), else a WARNING that says the weights fall short (rows missing from the report or from
 * the extraction), and the total is left to the section comparison. When the report states
 * first-level subtotals whose weights (plus rows outside any section) make the full mark, their
 * scores are compared with the total too, unless they add up to the rows' sum already compared. A total that is the exact sum rounded to the printed
 * precision (94.44 printed as 94) is an INFO, not an error; so is a gap within the rounding of
 * parts printed to fewer decimals than the total (8.7 printed for 8.73).
 *
 * <p>Rows short of the full mark by exactly the weight of a budget item the document scores beside
 * them ({@link BudgetItem}: the budget strip's 分值/得分, "预算执行分值 | 10", "合计（含预算执行10分）") are
 * complete: the missing weight is visibly that item. Its score, when printed, is added to the rows';
 * when not, the total is not recomputed (and nothing is said).
 */
public final class TotalScoreCheck implements Check {
  static final BigDecimal DEFAULT_FULL_MARK = BigDecimal.valueOf(100);

  @Override
  public CheckId id() {
    return CheckId.TOTAL_SCORE;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    Report report = subject.report();
    List<IndicatorRow> rows = report.indicators();
    List<Finding> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    BigDecimal full = report.maxScore() != null ? report.maxScore() : DEFAULT_FULL_MARK;
    BigDecimal rowWeights = Decimals.sum(rows.stream().map(IndicatorRow::weight).toList());
    // the budget item scored beside the rows (not extracted as a row) makes up what they lack
    BudgetItem item = rowWeights.compareTo(full) < 0
        ? BudgetItem.find(subject).stream()
            .filter(i -> rowWeights.add(i.weight()).compareTo(full) == 0).findFirst().orElse(null)
        : null;
    BigDecimal weights = item == null ? rowWeights : rowWeights.add(item.weight());
    boolean complete = weights.compareTo(full) == 0;
    // weights far short of the full mark are rows the extraction lost: the plausibility gate says
    // so as a diagnostic (WeightSumRule); it is not the report's finding
    boolean lostRows = WeightSlack.below(weights, full);
    BigDecimal total = report.totalScore();
    // a total the rows already exceed is checked even with weights short (see below): say so only when it is not
    boolean exceeds = total != null && Decimals.sum(rows.stream().map(IndicatorRow::score).toList()).compareTo(total) > 0;
    if (!complete && !lostRows && !UnreadScores.anyWeight(rows)) {
      // above a stated full mark no missing row can explain it: the weights are wrong (ERROR);
      // below it, rows may be missing from the report or the extraction (WARNING)
      boolean over = report.maxScore() != null && weights.compareTo(full) > 0;
      out.add(
          FindingBuilder.of(subject.file(), id())
              .severity(over ? Severity.ERROR : Severity.WARNING)
              .certainty(over ? Certainty.HIGH : Certainty.MEDIUM)
              .location(where(report, ReportField.maxScore))
              .stated(Decimals.plain(full))
              .recomputed(Decimals.plain(weights))
              .rule("Σ 分值 = 满分")
              .message(
                  "各行分值合计 " + Decimals.plain(weights) + "，不等于满分 "
                      + Decimals.plain(full)
                      + "：缺少指标行或分值有误" + (exceeds ? "" : "；总分未据指标行复核")));
    }
    BigDecimal rowScores = null;
    boolean itemScored = item == null || item.score() != null;
    if (total != null && (complete || !lostRows) && itemScored && !UnreadScores.any(rows)) {
      List<@Nullable BigDecimal> parts = new ArrayList<>(rows.stream().map(IndicatorRow::score).toList());
      if (item != null) {
        parts.add(item.score());
      }
      BigDecimal scores = Decimals.sum(parts);
      // weights short of the full mark may be a row missing, which would lower the rows' sum, never raise it: rows
      // that already score more than the total show the total wrong whatever is missing (h308)
      if (!complete && scores.compareTo(total) <= 0) {
        return withSections(subject, out, full, total, null);
      }
      rowScores = scores;
      if (rescaled(subject, out, total, scores)) {
        return withSections(subject, out, full, total, rowScores);
      }
      List<IndicatorRow> blank =
          rows.stream().filter(r -> r.weight() != null && r.score() == null).toList();
      String blanks = "";
      if (!blank.isEmpty()) {
        BigDecimal blankWeight = Decimals.sum(blank.stream().map(IndicatorRow::weight).toList());
        blanks =
            "；" + blank.size() + " 行（分值合计 " + Decimals.plain(blankWeight)
                + "）未填得分（" + blank.get(0).level3() + (blank.size() > 1 ? "等" : "")
                + "），按满分计则合计 " + Decimals.plain(scores.add(blankWeight));
      }
      String what = item == null ? "各行得分"
          : "各行得分加预算执行得分项 " + Decimals.plain(item.score()) + "（分值 " + Decimals.plain(item.weight()) + "）";
      BigDecimal bonus = total.compareTo(scores) > 0 ? BonusPoints.of(subject.text()).orElse(null) : null;
      if (bonus != null) {
        // a total stated with bonus points added (加分合计 | 3, h518): the rows' sum plus them, never above the full mark
        scores = scores.add(bonus).min(full);
        parts.add(bonus);
        what = what + "加加分 " + Decimals.plain(bonus);
      }
      compare(subject, out, total, scores, bonus == null ? "Σ 得分 = 总分" : "Σ 得分 + 加分 = 总分", what, blanks,
          blank.isEmpty(), parts);
    }
    return withSections(subject, out, full, total, rowScores);
  }

  /**
   * A total rescaled over the rows that apply: with rows the report marks 不适用, a total that is not the rows' sum but
   * nearer their sum ÷ the marks that apply × the full mark is that rescaling ("折算得分（实得分÷适用指标分值×100）",
   * h509). True when it was one: agreeing at its printed precision, or else one ERROR on the rescaling, which is the
   * report's own formula on the rows' figures.
   */
  private boolean rescaled(AuditSubject subject, List<Finding> out, BigDecimal total, BigDecimal scores) {
    Report report = subject.report();
    BigDecimal exact = NotApplicableRows.rescaled(report, scores);
    if (exact == null) {
      return false;
    }
    if (Decimals.agreesAtPrintedPrecision(total, exact)) {
      return true;
    }
    BigDecimal full = report.maxScore() != null ? report.maxScore() : DEFAULT_FULL_MARK;
    List<IndicatorRow> none = NotApplicableRows.of(report.indicators());
    BigDecimal applicable = full.subtract(NotApplicableRows.weight(none));
    BigDecimal printed = exact.setScale(Decimals.printedScale(total), java.math.RoundingMode.HALF_UP);
    out.add(
        FindingBuilder.of(subject.file(), id())
            .severity(Severity.ERROR)
            .certainty(Certainty.HIGH)
            .location(where(report, ReportField.totalScore))
            .stated(Decimals.plain(total))
            .recomputed(Decimals.plain(printed))
            .rule("折算得分 = Σ 得分 ÷ 适用指标分值 × 满分")
            .message(
                none.size() + " 行不适用（" + none.get(0).level3() + (none.size() > 1 ? "等" : "") + "，分值合计 "
                    + Decimals.plain(full.subtract(applicable)) + "）：各行得分合计 " + Decimals.plain(scores) + " ÷ 适用指标分值 "
                    + Decimals.plain(applicable) + " × " + Decimals.plain(full) + " = " + Decimals.plain(printed)
                    + "，报告折算得分为 " + Decimals.plain(total)));
    return true;
  }

  private List<Finding> withSections(AuditSubject subject, List<Finding> out, BigDecimal full, @Nullable BigDecimal total,
      @Nullable BigDecimal rowScores) {
    if (total != null) {
      sectionsAgainstTotal(subject, out, full, total, rowScores);
    }
    return out;
  }

  /** {@code rowScores}: the rows' score sum when it was compared with the total, else null. */
  private void sectionsAgainstTotal(
      AuditSubject subject, List<Finding> out, BigDecimal full, BigDecimal total, @Nullable BigDecimal rowScores) {
    Report report = subject.report();
    List<Section> sections = report.sections();
    if (sections.isEmpty()
        || sections.stream().anyMatch(s -> s.weight() == null || s.score() == null)) {
      return;
    }
    List<IndicatorRow> outside = SectionRows.outside(report);
    BigDecimal weights =
        Decimals.sum(sections.stream().map(Section::weight).toList())
            .add(Decimals.sum(outside.stream().map(IndicatorRow::weight).toList()));
    if (weights.compareTo(full) != 0) {
      return; // SectionSumCheck and the row-weight finding above say where the weights go wrong
    }
    BigDecimal scores =
        Decimals.sum(sections.stream().map(Section::score).toList())
            .add(Decimals.sum(outside.stream().map(IndicatorRow::score).toList()));
    if (rowScores != null && scores.compareTo(rowScores) == 0) {
      return; // the subtotals add up to the rows' sum: the row comparison has said it (one problem, one finding)
    }
    String what =
        outside.isEmpty() ? "各一级指标小计" : "各一级指标小计加不属任何一级指标的行得分";
    List<BigDecimal> parts = new java.util.ArrayList<>(sections.stream().map(Section::score).toList());
    parts.addAll(outside.stream().map(IndicatorRow::score).toList());
    compare(subject, out, total, scores, "Σ 一级指标得分 = 总分", what, "", true, parts);
  }

  private void compare(
      AuditSubject subject,
      List<Finding> out,
      BigDecimal stated,
      BigDecimal computed,
      String rule,
      String what,
      String note,
      boolean sure,
      List<@Nullable BigDecimal> parts) {
    if (stated.compareTo(computed) == 0) {
      return;
    }
    FindingBuilder b =
        FindingBuilder.of(subject.file(), id())
            .location(where(subject.report(), ReportField.totalScore))
            .stated(Decimals.plain(stated))
            .recomputed(Decimals.plain(computed))
            .rule(rule);
    boolean coarser = Decimals.printedScale(stated) < computed.stripTrailingZeros().scale();
    if (coarser && Decimals.agreesAtPrintedPrecision(stated, computed)) {
      return; // 94.44 printed as 94: rounding to the printed precision is not a finding
    }
    if (withinPartsRounding(stated, computed, parts)) {
      return; // 8.7 printed for 8.73: the parts are rounded coarser than the total; nothing is provably wrong
    }
    out.add(
        b.severity(Severity.ERROR)
            .certainty(sure ? Certainty.HIGH : Certainty.MEDIUM)
            .message(
                what + "合计 " + Decimals.plain(computed) + "，报告总分为 "
                    + Decimals.plain(stated) + note));
  }

  /**
   * True when the gap is under half a unit of the least precise part that prints decimals (the
   * integers among them may be exact), and that part is printed coarser than the total.
   */
  private static boolean withinPartsRounding(BigDecimal stated, BigDecimal computed, List<@Nullable BigDecimal> parts) {
    int coarsest = parts.stream().filter(p -> p != null && p.stripTrailingZeros().scale() > 0)
        .mapToInt(p -> p.stripTrailingZeros().scale()).min().orElse(-1);
    if (coarsest < 0 || coarsest >= Decimals.printedScale(stated)) {
      return false;
    }
    BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(coarsest).divide(BigDecimal.valueOf(2));
    return stated.subtract(computed).abs().compareTo(halfUnit) < 0;
  }

  static @Nullable SourceRef where(Report report, ReportField field) {
    Evidence evidence = report.evidence().get(field);
    return evidence == null ? null : evidence.source();
  }
}
