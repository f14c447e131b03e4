package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.schema.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * 评分规则, parsed: the clauses {@link RuleParser} recognised in a printed rule. An empty clause
 * list means the rule was not understood. Thresholds are in percent, as printed.
 */
record ScoringRule(String text, List<Clause> clauses) {
  ScoringRule {
    clauses = List.copyOf(clauses);
  }

  boolean understood() {
    return !clauses.isEmpty();
  }

  sealed interface Clause permits Proportional, FullIf, ZeroIf, DeductPer, Band, PerItem {}

  /** 得分 = 实际比率 × 分值. */
  record Proportional() implements Clause {}

  /** 比率 op x% 得满分. */
  record FullIf(Comparator op, BigDecimal x) implements Clause {}

  /** 比率 op x% 不得分. */
  record ZeroIf(Comparator op, BigDecimal x) implements Clause {}

  /**
   * 每 below/above step(%) 扣 amount: in points, or in percent of the weight when {@code
   * percentOfWeight}.
   */
  record DeductPer(boolean below, BigDecimal step, BigDecimal amount, boolean percentOfWeight)
      implements Clause {}

  /** lo% (≤|&lt;) 比率 (&lt;|≤) hi% 得 pts 分; either bound may be absent. */
  record Band(
      @Nullable BigDecimal lo,
      boolean loInclusive,
      @Nullable BigDecimal hi,
      boolean hiInclusive,
      BigDecimal pts)
      implements Clause {
    boolean contains(BigDecimal x) {
      boolean aboveLo = lo == null || (loInclusive ? x.compareTo(lo) >= 0 : x.compareTo(lo) > 0);
      boolean belowHi = hi == null || (hiInclusive ? x.compareTo(hi) <= 0 : x.compareTo(hi) < 0);
      return aboveLo && belowHi;
    }
  }

  /** 每存在一点不符扣 amount: points, or a fraction / percent of the weight. */
  record PerItem(BigDecimal amount, boolean ofWeight) implements Clause {}
}
