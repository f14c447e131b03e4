package org.jixiao.audit.gate;

import java.util.List;
import org.jixiao.schema.Report;
import org.jspecify.annotations.Nullable;

/**
 * Runs the {@link PlausibilityRule}s in order, each on what the previous left: numbers OCR could
 * not read reliably first (nothing is tested on a value that may be misread), then the budget's kind (so that a withheld budget is not also reported for its rate), then rates, the rows'
 * scores, the total and full mark, and last the weights against the (reliable) full mark.
 */
public final class PlausibilityGate {
  private final List<PlausibilityRule> rules;

  public PlausibilityGate(List<PlausibilityRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static PlausibilityGate standard() {
    return new PlausibilityGate(
        List.of(new LowConfidenceRule(), new BudgetKindRule(), new BudgetRateRule(), new RowScoreRule(), new WeightScaleRule(), new UnscoredRowsRule(), new TotalScoreRule(),
            new WeightSumRule()));
  }

  public Gated apply(Report report, @Nullable String text) {
    Gated state = Gated.of(report);
    for (PlausibilityRule rule : rules) {
      state = rule.apply(state, text);
    }
    return state;
  }
}
