package org.jixiao.audit.gate;

import org.jspecify.annotations.Nullable;

/**
 * One test of the gate: looks at the report as the rules before it left it, and withholds the facts
 * it finds implausible, each with a diagnostic that says what was misread. A rule that finds
 * nothing returns its input unchanged.
 */
public sealed interface PlausibilityRule
    permits LowConfidenceRule, BudgetKindRule, BudgetRateRule, WeightSumRule, TotalScoreRule, RowScoreRule, WeightScaleRule,
    UnscoredRowsRule {
  /**
   * @param text the document's linear text (what {@link org.jixiao.schema.TextSpan} offsets refer
   *     into), or null when not available
   */
  Gated apply(Gated in, @Nullable String text);
}
