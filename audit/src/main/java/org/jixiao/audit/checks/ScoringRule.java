package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.schema.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * 评分规则, parsed: the clauses {@link RuleParser} recognised in a printed rule, in the order they are
 * printed. An empty clause list means the rule was not understood. Thresholds are in percent (or in
 * the target's unit for counted deductions), as printed.
 *
 * <p>The families: (a) {@link Proportional}, {@link RatioToTarget}, {@link TargetOverActual}, {@link
 * RatioBelow}; (b) {@link DeductPer} from a threshold; (c) {@link Band}s; (d) {@link FullIfMet} / {@link
 * ZeroOtherwise}; (e) {@link Achieved}; besides {@link FullIf}, {@link ZeroIf}, {@link PerItem} and {@link
 * Judgement}.
 */
record ScoringRule(String text, List<Clause> clauses) {
  ScoringRule {
    clauses = List.copyOf(clauses);
  }

  boolean understood() {
    return !clauses.isEmpty();
  }

  /** The rule leaves the score to the evaluator (酌情扣分, 合理确定分值): nothing to recompute. */
  boolean judgement() {
    return clauses.stream().anyMatch(Judgement.class::isInstance);
  }

  <T extends Clause> List<T> all(Class<T> type) {
    return clauses.stream().filter(type::isInstance).map(type::cast).toList();
  }

  sealed interface Clause
      permits Proportional, RatioToTarget, TargetOverActual, RatioBelow, FullIf, ZeroIf, DeductPer, Band, Interpolated,
          FullIfMet, ZeroOtherwise, Achieved, PerItem, Level, Judgement {}

  /**
   * A band scored along a line: "80%（含）—90%按（满意度－80%）÷10%×7计分" pays (x − {@code from}) ÷ {@code span} × {@code pts}
   * for x from {@code lo} (included) to {@code hi} (excluded).
   */
  record Interpolated(BigDecimal lo, BigDecimal hi, BigDecimal from, BigDecimal span, BigDecimal pts) implements Clause {
    boolean contains(BigDecimal x) {
      return x.compareTo(lo) >= 0 && x.compareTo(hi) < 0;
    }
  }

  /**
   * 得分 = 某某率 × 分值, capped at 分值; {@code rateName} is the rate the formula names, if any; {@code
   * factor} the full mark when the formula prints it as a number ("预算执行率×5分", "得分=预算执行率×8"), which
   * must be the row's own weight for the rule to score the row.
   */
  record Proportional(@Nullable String rateName, @Nullable BigDecimal factor) implements Clause {
    Proportional(@Nullable String rateName) {
      this(rateName, null);
    }
  }

  /**
   * 得分 = 完成值 ÷ 指标值 × 分值, capped at 分值; {@code printedFormula} false for a prose wording; {@code divisor} the
   * target when the formula prints it as a figure ("满意度÷90%×分值"), which must be the row's own target for the rule to
   * score the row.
   */
  record RatioToTarget(boolean printedFormula, @Nullable BigDecimal divisor) implements Clause {
    RatioToTarget(boolean printedFormula) {
      this(printedFormula, null);
    }
  }

  /** 得分 = 指标值 ÷ 实际值 × 分值, capped at 分值: a ceiling's ratio (成本不超过…), full marks within it. */
  record TargetOverActual(boolean printedFormula) implements Clause {}

  /** Below the full-mark threshold 按比例得分: actual ÷ threshold × 分值 (a reading). */
  record RatioBelow() implements Clause {}

  /** 比率 op x% 得满分. */
  record FullIf(Comparator op, BigDecimal x) implements Clause {}

  /** 比率 op x% 不得分. */
  record ZeroIf(Comparator op, BigDecimal x) implements Clause {}

  /**
   * 每 below/above step 扣 amount: in points, or in percent of the weight when {@code percentOfWeight};
   * {@code fromTarget} when the rule counts from the row's target (每低于目标值1个百分点); {@code counted}
   * when the step is in items (项, 场) rather than percent; {@code remainder}, what a part of a step takes off.
   */
  record DeductPer(
      boolean below,
      BigDecimal step,
      BigDecimal amount,
      boolean percentOfWeight,
      boolean fromTarget,
      boolean counted,
      Remainder remainder)
      implements Clause {
    DeductPer withRemainder(Remainder r) {
      return new DeductPer(below, step, amount, percentOfWeight, fromTarget, counted, r);
    }
  }

  /**
   * What a part of a step takes off: unsaid ({@link #ANY}: its share, nothing or a whole step, as reports do all
   * three), 不足1个百分点按比例计算 ({@link #SHARE}), 不足1个百分点不扣分 ({@link #NONE}), 不足1个百分点按1个百分点计算
   * ({@link #WHOLE}).
   */
  enum Remainder { ANY, SHARE, NONE, WHOLE }

  /**
   * lo% … hi% 得 pts 分, or {@code share} of the weight ("得分值的80%": 0.8), or the weight less {@code deduct}
   * ("90%-95%扣2分"); none: 得满分. Either bound may be absent. An inclusivity is null when the rule does not print it
   * ("80%-90%"), so both neighbouring bands may claim the boundary.
   */
  record Band(
      @Nullable BigDecimal lo,
      @Nullable Boolean loInclusive,
      @Nullable BigDecimal hi,
      @Nullable Boolean hiInclusive,
      @Nullable BigDecimal pts,
      @Nullable BigDecimal share,
      @Nullable BigDecimal deduct)
      implements Clause {
    Band(@Nullable BigDecimal lo, @Nullable Boolean loInclusive, @Nullable BigDecimal hi,
        @Nullable Boolean hiInclusive, @Nullable BigDecimal pts) {
      this(lo, loInclusive, hi, hiInclusive, pts, null, null);
    }

    boolean contains(BigDecimal x) {
      boolean aboveLo =
          lo == null || x.compareTo(lo) > 0 || (x.compareTo(lo) == 0 && !Boolean.FALSE.equals(loInclusive));
      boolean belowHi =
          hi == null || x.compareTo(hi) < 0 || (x.compareTo(hi) == 0 && !Boolean.FALSE.equals(hiInclusive));
      return aboveLo && belowHi;
    }

    /** x sits on a bound whose inclusivity the rule does not print. */
    boolean onUnprintedBound(BigDecimal x) {
      return (lo != null && loInclusive == null && x.compareTo(lo) == 0)
          || (hi != null && hiInclusive == null && x.compareTo(hi) == 0);
    }

    /** No value can fall in it (10%≤比率<0%). */
    boolean empty() {
      if (lo == null || hi == null) {
        return false;
      }
      int c = lo.compareTo(hi);
      return c > 0 || (c == 0 && (Boolean.FALSE.equals(loInclusive) || Boolean.FALSE.equals(hiInclusive)));
    }

    BigDecimal points(BigDecimal weight) {
      if (pts != null) {
        return pts;
      }
      if (deduct != null) {
        return weight.subtract(deduct).max(BigDecimal.ZERO);
      }
      return share == null ? weight : weight.multiply(share);
    }

    /**
     * What the band pays, comparable without the weight: pts, or −share (−1: the full mark), or −2 − deduct for the
     * weight less a deduction (below every share).
     */
    BigDecimal payKey() {
      if (pts != null) {
        return pts;
      }
      if (deduct != null) {
        return BigDecimal.valueOf(-2).subtract(deduct);
      }
      return share == null ? BigDecimal.ONE.negate() : share.negate();
    }
  }

  /** 完成/达标/达到目标值 得满分: full marks when the actual meets the row's target. */
  record FullIfMet() implements Clause {}

  /** 否则不得分 / 未完成不得分: nothing when the full-mark condition fails. */
  record ZeroOtherwise() implements Clause {}

  /**
   * 达成/部分达成/未达成: {@code fraction} of the weight; {@code byRatio} for 按完成比例得分 (actual ÷ target
   * of the weight); neither: 按比例 with nothing to measure it by, a judgement.
   */
  record Achieved(String level, @Nullable BigDecimal fraction, boolean byRatio) implements Clause {}

  /**
   * 每存在一点不符扣 amount: points, or a fraction of the weight when {@code ofWeight}; {@code per} the measure word the
   * rule counts in (次, 处) and {@code what} the event it names before the count (超时 of 每超时1次), where it prints them.
   */
  record PerItem(BigDecimal amount, boolean ofWeight, @Nullable String per, @Nullable String what) implements Clause {
    PerItem(BigDecimal amount, boolean ofWeight) {
      this(amount, ofWeight, null, null);
    }
  }

  /**
   * A level in words and its points ({@code pts} null: 满分): 基本科学得4分. Applied only when the row's
   * actual names exactly one level.
   */
  record Level(String cond, @Nullable BigDecimal pts) implements Clause {}

  /** 酌情扣分, 合理确定分值: the score is the evaluator's judgement. */
  record Judgement() implements Clause {}
}
