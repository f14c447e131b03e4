package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.text.number.Numbers;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Comparator;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Severity;
import org.jixiao.schema.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * 评分规则: where a row prints its rule, the rule is parsed ({@link RuleParser}) and the score
 * recomputed from the row's actual value and weight; a score the rule cannot give is a WARNING
 * with HIGH certainty. "每减少1%扣X%" is read three ways (exact, whole points counted down or up)
 * and any of them passes. A printed rule no pattern matches is an INFO "rule not understood",
 * never guessed. Where no rule is printed, a quantitative row with a ≥ target that it misses is
 * checked against actual ÷ target × weight, as an INFO with LOW certainty.
 */
public final class ScoringRuleCheck implements Check {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final RuleParser parser;

  public ScoringRuleCheck() {
    this.parser = RuleParser.standard();
  }

  @Override
  public CheckId id() {
    return CheckId.SCORING_RULE;
  }

  /** Scores a rule allows: any listed value, or anything within [min, max]. */
  private record Allowed(List<BigDecimal> values, BigDecimal min, BigDecimal max, String how) {
    static Allowed one(BigDecimal v, String how) {
      return new Allowed(List.of(v), v, v, how);
    }

    boolean admits(BigDecimal stated) {
      return values.stream().anyMatch(v -> Decimals.agreesAtPrintedPrecision(stated, v))
          || (stated.compareTo(min) >= 0 && stated.compareTo(max) <= 0);
    }

    String shown() {
      return min.compareTo(max) == 0
          ? Decimals.plain(min, 2)
          : Decimals.plain(min, 2) + "–" + Decimals.plain(max, 2);
    }
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    for (IndicatorRow row : subject.report().indicators()) {
      BigDecimal weight = row.weight();
      BigDecimal score = row.score();
      if (weight == null || score == null || weight.signum() <= 0) {
        continue;
      }
      FindingBuilder b =
          FindingBuilder.of(subject.file(), id())
              .indicator(row.level3())
              .location(FindingBuilder.where(row, IndicatorField.score))
              .stated(Decimals.plain(score));
      String printed = row.rule();
      if (printed == null || printed.isBlank()) {
        proportionalDefault(row, weight, score, b).ifPresent(out::add);
        continue;
      }
      ScoringRule rule = parser.parse(printed);
      String shortRule = printed.strip().length() > 80 ? printed.strip().substring(0, 80) + "…" : printed.strip();
      b.rule(shortRule);
      if (!rule.understood()) {
        out.add(b.severity(Severity.INFO).certainty(Certainty.LOW).message("rule not understood"));
        continue;
      }
      Allowed allowed = allowed(rule, weight, score, percent(row.actualValue(), row.actual()));
      if (allowed == null) {
        out.add(
            b.severity(Severity.INFO)
                .certainty(Certainty.LOW)
                .message("rule understood, but it gives no score for actual value " + row.actual()));
      } else if (!allowed.admits(score)) {
        out.add(
            b.severity(Severity.WARNING)
                .certainty(Certainty.HIGH)
                .recomputed(allowed.shown())
                .message(
                    "the printed rule gives " + allowed.shown() + " (" + allowed.how() + "), the row scores "
                        + Decimals.plain(score)));
      }
    }
    return out;
  }

  private @Nullable Allowed allowed(
      ScoringRule rule, BigDecimal w, BigDecimal score, @Nullable BigDecimal x) {
    ScoringRule.FullIf full = null;
    for (ScoringRule.Clause c : rule.clauses()) {
      if (c instanceof ScoringRule.PerItem p && x == null) {
        BigDecimal step = p.ofWeight() ? w.multiply(p.amount()) : p.amount();
        return lattice(w, score, step);
      }
      if (c instanceof ScoringRule.FullIf f && full == null) {
        full = f;
      }
    }
    if (x == null) {
      return null;
    }
    for (ScoringRule.Clause c : rule.clauses()) {
      switch (c) {
        case ScoringRule.Proportional p -> {
          BigDecimal v = x.multiply(w).divide(HUNDRED, MathContext.DECIMAL64).min(w);
          return Allowed.one(v, "actual " + Decimals.plain(x) + "% × " + Decimals.plain(w));
        }
        case ScoringRule.FullIf f when holds(f.op(), x, f.x()) -> {
          return Allowed.one(w, "condition " + f.op().symbol() + Decimals.plain(f.x()) + "% met");
        }
        case ScoringRule.ZeroIf z when holds(z.op(), x, z.x()) -> {
          return Allowed.one(BigDecimal.ZERO, "condition " + z.op().symbol() + Decimals.plain(z.x()) + "% met");
        }
        case ScoringRule.Band band when band.contains(x) -> {
          return Allowed.one(band.pts(), "band containing " + Decimals.plain(x) + "%");
        }
        default -> {}
      }
    }
    for (ScoringRule.Clause c : rule.clauses()) {
      if (c instanceof ScoringRule.DeductPer d && full != null) {
        return deduct(d, full.x(), w, x);
      }
    }
    return null;
  }

  private static Allowed deduct(ScoringRule.DeductPer d, BigDecimal threshold, BigDecimal w, BigDecimal x) {
    BigDecimal gap = d.below() ? threshold.subtract(x) : x.subtract(threshold);
    if (gap.signum() <= 0) {
      return Allowed.one(w, "no shortfall");
    }
    BigDecimal n = gap.divide(d.step(), MathContext.DECIMAL64);
    List<BigDecimal> values = new ArrayList<>();
    for (BigDecimal count : List.of(n, n.setScale(0, RoundingMode.FLOOR), n.setScale(0, RoundingMode.CEILING))) {
      BigDecimal each = d.percentOfWeight() ? w.multiply(d.amount()).divide(HUNDRED, MathContext.DECIMAL64) : d.amount();
      values.add(w.subtract(count.multiply(each)).max(BigDecimal.ZERO));
    }
    BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
    BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
    return new Allowed(values, min, max, Decimals.plain(gap, 2) + " points short of " + Decimals.plain(threshold) + "%");
  }

  private static Allowed lattice(BigDecimal w, BigDecimal score, BigDecimal step) {
    if (step.signum() <= 0) {
      return Allowed.one(score, "no deduction");
    }
    BigDecimal k = w.subtract(score).divide(step, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP);
    BigDecimal nearest = w.subtract(k.multiply(step)).max(BigDecimal.ZERO);
    return new Allowed(List.of(nearest, BigDecimal.ZERO), nearest, nearest,
        "full mark less a whole number of deductions of " + Decimals.plain(step, 4));
  }

  private static boolean holds(Comparator op, BigDecimal actual, BigDecimal threshold) {
    return op.holds(actual.compareTo(threshold));
  }

  /** The actual value in percent when it is printed as a percentage, else null. */
  static @Nullable BigDecimal percent(@Nullable ParsedValue value, @Nullable String printed) {
    if (value != null && value.kind() == ValueKind.QUANTITY && value.number() != null) {
      return "%".equals(RowScoreCheck.unit(value)) ? value.number() : null;
    }
    if (printed != null) {
      return Numbers.parsePercent(printed).orElse(null);
    }
    return null;
  }

  private java.util.Optional<Finding> proportionalDefault(
      IndicatorRow row, BigDecimal weight, BigDecimal score, FindingBuilder b) {
    ParsedValue target = row.targetValue();
    ParsedValue actual = row.actualValue();
    Boolean met = RowScoreCheck.meets(target, actual);
    if (met == null || met || target.comparator() == null) {
      return java.util.Optional.empty();
    }
    if (target.comparator() != Comparator.GE && target.comparator() != Comparator.GT) {
      return java.util.Optional.empty();
    }
    BigDecimal t = target.magnitude();
    BigDecimal a = actual.magnitude();
    if (t == null || a == null || t.signum() <= 0 || a.signum() < 0) {
      return java.util.Optional.empty();
    }
    BigDecimal expected = a.multiply(weight).divide(t, MathContext.DECIMAL64);
    if (Decimals.agreesAtPrintedPrecision(score, expected)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        b.severity(Severity.INFO)
            .certainty(Certainty.LOW)
            .recomputed(Decimals.plain(expected, 2))
            .rule("实际值 ÷ 目标值 × 分值 (assumed; no rule printed)")
            .message(
                "no rule printed; proportionally " + actual.text() + " ÷ " + target.text() + " × "
                    + Decimals.plain(weight) + " = " + Decimals.plain(expected, 2) + ", the row scores "
                    + Decimals.plain(score)));
  }
}
