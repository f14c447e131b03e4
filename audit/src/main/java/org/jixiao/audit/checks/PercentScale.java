package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.IndicatorRow;
import org.jspecify.annotations.Nullable;

/**
 * 百分制评分 × 权重: reports (third-party evaluations by weight, h328) that score each indicator out of 100 by its rule
 * ("依据充分得100分"), then print the weighted score, 评分 × 权重, as the row's score. Such a row's rule is on the 100-point
 * scale: checked against the row with weight 100 and its score brought back to that scale, and what the rule gives is
 * brought to the weight again.
 */
final class PercentScale {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** "指标加权得分＝指标评分×指标权重", "加权得分=评分×权重", "得分＝权重×评分". */
  private static final Pattern STATED = Pattern.compile(
      "(?:加权)?得分\\s*[＝=]\\s*(?:(?:各|指标)*评分\\s*[×xX*]\\s*(?:指标)*权重|(?:指标)*权重\\s*[×xX*]\\s*(?:各|指标)*评分)");

  private PercentScale() {}

  /** Whether the report states that its rows' scores are their 百分制 评分 times their weights. */
  static boolean weighted(AuditSubject subject) {
    return subject.text() != null && STATED.matcher(subject.text()).find();
  }

  /** The row on its rule's 100-point scale (weight 100, the score divided by the weight's share), or null without both. */
  static @Nullable IndicatorRow onRuleScale(IndicatorRow row) {
    if (row.weight() == null || row.score() == null || row.weight().signum() <= 0) {
      return null;
    }
    return row.withPoints(HUNDRED, row.score().multiply(HUNDRED).divide(row.weight(), MathContext.DECIMAL64));
  }

  /** What a rule gives on the 100-point scale, brought to a row of {@code weight}; null when it gives nothing. */
  static RuleScorer.@Nullable Allowed toWeight(RuleScorer.@Nullable Allowed onHundred, BigDecimal weight) {
    if (onHundred == null) {
      return null;
    }
    BigDecimal share = weight.divide(HUNDRED, MathContext.DECIMAL64);
    return new RuleScorer.Allowed(onHundred.values().stream().map(v -> v.multiply(share)).toList(),
        onHundred.min().multiply(share), onHundred.max().multiply(share),
        onHundred.how() + "，按百分制评分 × 权重 " + Decimals.plain(weight) + "%", onHundred.reading(), onHundred.only());
  }
}
