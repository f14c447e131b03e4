package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.audit.internal.NotApplicableRows;
import org.jixiao.audit.internal.UnreadScores;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.ValueKind;
import org.jixiao.text.number.Deadlines;
import org.jixiao.text.number.UnitConversions;
import org.jspecify.annotations.Nullable;

/**
 * 单行得分: each row on its own. A score above its weight or below zero is an ERROR; a weight with
 * no score a WARNING. When target and actual parse as quantities with a comparator and the same
 * unit, a row that misses its target yet keeps full marks is a WARNING (to an auditor the serious
 * one: points not deducted), one that meets it yet loses points an INFO (often a deliberate
 * judgement) unless the row's printed rule promises the full mark (its text says 满分), then a
 * WARNING. Both are MEDIUM: they assume that meeting the target earns the full mark, the usual
 * rule but not always a printed one. When only one side prints a unit (353.3 against ≤353.3万元)
 * the comparison assumes the same unit and says so with LOW certainty. A report that judges its rows against interim
 * targets (序时目标, a mid-year evaluation, h217) is not held to the year's target: its actuals are the mid-year ones.
 */
public final class RowScoreCheck implements Check {
  private static final Pattern INTERIM = Pattern.compile("序时目标");
  private static final RuleParser RULES = RuleParser.standard();

  /** Whether the row's own printed rule scores it in proportion to a rate (得分＝执行率×分值): full marks only at 100%. */
  private static boolean scoresByRate(IndicatorRow row) {
    return row.rule() != null && !RULES.parse(row.rule()).all(ScoringRule.Proportional.class).isEmpty()
        || BudgetRowScoreCheck.remarkedRule(row, RULES) != null; // or its remark says so ("按执行率×分值计分", h486)
  }
  /**
   * A figure opening with a 0 before another digit ("000亩" for 5000亩: a scan's first digit lost, h435) is no figure
   * anyone prints: a misreading, not a target missed.
   */
  private static final Pattern MISREAD_FIGURE = Pattern.compile("(?<![\\d.,，])0\\d");

  @Override
  public CheckId id() {
    return CheckId.ROW_SCORE;
  }

  /**
   * Whether a score above its weight is an OCR misreading the report's own total proves: the cell was read by OCR and
   * the rows' scores add to the printed total plus exactly the excess (h422: 新增节水能力's 5 read 8, the rows 100.14
   * against the printed 97.14). With the score at its weight the rows would add up; a real excess (河湖“清四乱” 5 of 4,
   * counted in that total) does not.
   */
  private static boolean misreadByOcr(Report report, IndicatorRow row, BigDecimal excess) {
    SourceRef where = row.sources().get(IndicatorField.score);
    if (!(where instanceof CellRef c) || c.ocr() == null || report.totalScore() == null) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (IndicatorRow r : report.indicators()) {
      if (r.score() == null) {
        return false;
      }
      sum = sum.add(r.score());
    }
    return sum.subtract(report.totalScore()).compareTo(excess) == 0;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    boolean interim = subject.text() != null && INTERIM.matcher(subject.text()).find();
    // whether the report's reasons were read at all: only then is a row without one a row that gives none
    boolean reasonsRead = subject.report().indicators().stream()
        .anyMatch(r -> r.deviationReason() != null && !r.deviationReason().isBlank());
    for (IndicatorRow row : subject.report().indicators()) {
      FindingBuilder b =
          FindingBuilder.of(subject.file(), id())
              .indicator(row.level3())
              .location(FindingBuilder.where(row, IndicatorField.score));
      BigDecimal weight = row.weight();
      BigDecimal score = row.score();
      if (score == null) {
        if (weight != null && !UnreadScores.unread(row) && !NotApplicableRows.notApplicable(row)) {
          out.add(
              b.severity(Severity.WARNING)
                  .certainty(Certainty.MEDIUM)
                  .stated("分值 " + Decimals.plain(weight) + " / 得分 —")
                  .rule("每个计分指标都应有得分")
                  .message("本行分值 " + Decimals.plain(weight) + "，但未填得分"));
        }
        continue;
      }
      if (score.signum() < 0) {
        out.add(
            b.severity(Severity.ERROR)
                .certainty(Certainty.HIGH)
                .stated(Decimals.plain(score))
                .recomputed("≥ 0")
                .rule("0 ≤ 得分 ≤ 分值")
                .message("得分 " + Decimals.plain(score) + " 为负数"));
        continue;
      }
      if (weight == null) {
        continue;
      }
      if (score.compareTo(weight) > 0 && !misreadByOcr(subject.report(), row, score.subtract(weight))) {
        out.add(
            b.severity(Severity.ERROR)
                .certainty(Certainty.HIGH)
                .stated(Decimals.plain(score))
                .recomputed("≤ " + Decimals.plain(weight))
                .rule("0 ≤ 得分 ≤ 分值")
                .message(
                    "得分 " + Decimals.plain(score) + " 超过本行分值 "
                        + Decimals.plain(weight)));
        continue;
      }
      if (!interim) {
        targetAgainstScore(row, weight, score, b, reasonsRead).ifPresent(out::add);
      }
    }
    return out;
  }

  private java.util.Optional<Finding> targetAgainstScore(
      IndicatorRow row, BigDecimal weight, BigDecimal score, FindingBuilder b, boolean reasonsRead) {
    if (strictMetExactlyOnAScan(row) || signReadAsTwoOnAScan(row) || zeroLostOnAScan(row)) {
      // "≥94元" read ">94元" beside 94元 (h514), "≥32处" read "232处" beside 33处 (h529), "≥90%" read "≥9%" beside 88.2%
      // (h514, h524, h435): the recognizer's sign or digit, not a target missed or met
      return java.util.Optional.empty();
    }
    Boolean met = meets(row.targetValue(), row.actualValue());
    if (met == null && Boolean.FALSE.equals(RuleScorer.completed(row.targetValue(), row.actualValue()))) {
      met = false; // a bare planned count ("6个") done short ("5个", h85): short under the floor and the exact reading
    }
    if (met == null) {
      return java.util.Optional.empty();
    }
    boolean unitAssumed =
        !Objects.equals(unit(row.targetValue()), unit(row.actualValue()));
    boolean full = score.compareTo(weight) == 0;
    String statement =
        "指标值 " + row.targetValue().text() + "，实际完成值 " + row.actualValue().text();
    b.stated(statement + "，得分 " + Decimals.plain(score) + " / " + Decimals.plain(weight));
    b.certainty(unitAssumed ? Certainty.LOW : Certainty.MEDIUM);
    b.location(FindingBuilder.where(row, IndicatorField.score));
    if (met && !full && scoresByRate(row)) {
      return java.util.Optional.empty(); // its own rule pays the rate times the weight ("得分＝执行率×10", h476), met or not
    }
    if (met && !full) {
      boolean ruleDemandsFull = row.rule() != null && row.rule().contains("满分");
      // points lost with a reason written beside them are a judgement; lost with none where the report's reasons were
      // read, the row contradicts itself (an execution-rate row is scored rate × 分值 by convention: no words needed)
      boolean unexplained = reasonsRead && (row.deviationReason() == null || row.deviationReason().isBlank())
          && !BudgetRowScoreCheck.isExecutionRate(row);
      return java.util.Optional.of(
          b.severity(ruleDemandsFull || unexplained ? Severity.WARNING : Severity.INFO)
              .recomputed(Decimals.plain(weight))
              .rule("达到目标值得满分")
              .message(
                  "实际完成值已达到指标值，本行却扣 "
                      + Decimals.plain(weight.subtract(score)) + " 分"
                      + (unitAssumed ? "（按单位相同比较）" : "")));
    }
    if (!met && full && ruleGivesFull(row, weight, score)) {
      // its own printed rule pays full marks for this actual ("90%（含）-95%得7分" under ≥95%, h517): the score follows
      // the rule, and a rule that pays a missed target in full is MalformedRuleCheck's finding
      return java.util.Optional.empty();
    }
    if (!met && full) {
      return java.util.Optional.of(
          b.severity(Severity.WARNING)
              .recomputed("< " + Decimals.plain(weight))
              .rule("未达到目标值应扣分")
              .message(
                  "实际完成值未达到指标值，本行仍得满分"
                      + (unitAssumed ? "（按单位相同比较）" : "")));
    }
    return java.util.Optional.empty();
  }

  /** Whether the row was read from a scan: its cell recognized by OCR. */
  private static boolean onAScan(IndicatorRow row) {
    return row.source() instanceof CellRef c && c.ocr() != null;
  }

  /** A scanned row whose target is strict (> or <) and whose actual is the target's figure exactly. */
  private static boolean strictMetExactlyOnAScan(IndicatorRow row) {
    ParsedValue t = row.targetValue();
    ParsedValue a = row.actualValue();
    return onAScan(row) && t != null && a != null
        && (t.comparator() == org.jixiao.schema.Comparator.GT || t.comparator() == org.jixiao.schema.Comparator.LT)
        && t.number() != null && a.number() != null && t.number().compareTo(a.number()) == 0;
  }

  /**
   * A scanned row whose target, printed with no sign, opens with a 2 that the actual falls short of only with it: "≥32处"
   * read "232处" beside 33处 (h529). A ≥ before a figure is often recognized as a 2; whether the target was missed is not
   * known.
   */
  private static boolean signReadAsTwoOnAScan(IndicatorRow row) {
    ParsedValue t = row.targetValue();
    ParsedValue a = row.actualValue();
    if (!onAScan(row) || t == null || a == null || t.comparator() != null || t.number() == null || a.number() == null) {
      return false;
    }
    String digits = t.number().toPlainString();
    if (digits.length() < 2 || digits.charAt(0) != '2' || !Character.isDigit(digits.charAt(1))
        || a.number().compareTo(t.number()) >= 0) {
      return false;
    }
    return a.number().compareTo(org.jixiao.text.number.Numbers.of(digits.substring(1))) >= 0;
  }

  /**
   * A scanned row whose percentage target is one digit that the actual passes only as read: "≥90%" read "≥9%" beside
   * 88.2% (h514, h524; h435's ">9%" beside 88). A target's trailing 0 is often lost to the recognizer; whether the target
   * was met is not known.
   */
  static boolean zeroLostOnAScan(IndicatorRow row) {
    ParsedValue t = row.targetValue();
    ParsedValue a = row.actualValue();
    if (!onAScan(row) || t == null || a == null || t.number() == null || a.number() == null || !"%".equals(t.unit())) {
      return false;
    }
    BigDecimal target = t.number();
    return target.scale() <= 0 && target.compareTo(BigDecimal.ONE) >= 0 && target.compareTo(BigDecimal.TEN) < 0
        && a.number().compareTo(target) > 0 && a.number().compareTo(target.multiply(BigDecimal.TEN)) < 0;
  }

  /** Whether the row's own understood printed rule gives it exactly its full marks for its actual. */
  private static boolean ruleGivesFull(IndicatorRow row, BigDecimal weight, BigDecimal score) {
    if (row.rule() == null) {
      return false;
    }
    ScoringRule rule = RULES.parse(row.rule());
    if (!rule.understood()) {
      return false;
    }
    RuleScorer.Allowed allowed = RuleScorer.allowed(rule, row, weight, score,
        ScoringRuleCheck.percent(row.actualValue(), row.actual()));
    return allowed != null && !allowed.reading() && allowed.min().compareTo(weight) == 0 && allowed.max().compareTo(weight) == 0;
  }

  /**
   * Whether the actual meets the target, or null when that cannot be decided: not both
   * quantities, no comparator on the target, or two printed units that do not convert into each other.
   */
  static @Nullable Boolean meets(@Nullable ParsedValue target, @Nullable ParsedValue actual) {
    if (target == null || actual == null) {
      return null;
    }
    if (target.kind() != ValueKind.QUANTITY || actual.kind() != ValueKind.QUANTITY) {
      // "2022年10月底前" against "2022年12月底": a deadline kept or missed
      return Deadlines.met(target.text(), actual.text()).orElse(null);
    }
    BigDecimal t = target.magnitude();
    BigDecimal a = inTargetsUnit(target, actual);
    if (t == null || a == null || misread(target) || misread(actual)) {
      return null;
    }
    if (target.comparator() == null) {
      // a bare "100%" may be a floor, a ceiling or exact: reached exactly, it is met under every reading (h248, h259)
      return a.compareTo(t) == 0 ? Boolean.TRUE : null;
    }
    return target.comparator().holds(a.compareTo(t));
  }

  private static boolean misread(ParsedValue value) {
    return MISREAD_FIGURE.matcher(value.text()).find();
  }

  /**
   * The actual's magnitude in the target's unit: as printed when the units agree or one is not printed, converted where
   * the two are of one measure ("≥42公里" against "43260米", h324); null when they do not convert or it has none.
   */
  static @Nullable BigDecimal inTargetsUnit(ParsedValue target, ParsedValue actual) {
    BigDecimal a = actual.magnitude();
    String tu = unit(target);
    String au = unit(actual);
    if (a == null || tu == null || au == null || tu.equals(au)) {
      return a;
    }
    return UnitConversions.factor(au, tu).map(a::multiply).orElse(null);
  }

  static @Nullable String unit(@Nullable ParsedValue value) {
    if (value == null || value.unit() == null || value.unit().isBlank()) {
      return null;
    }
    return value.unit().strip().replace('％', '%');
  }
}
