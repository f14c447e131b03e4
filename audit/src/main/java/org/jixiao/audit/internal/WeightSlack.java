package org.jixiao.audit.internal;

import java.math.BigDecimal;

/**
 * 分值合计的合理范围: how far a report's row weights may stand from its full mark by the report's
 * own slip. Beyond it the rows were misread (above: subtotal sentences read as rows) or lost (below:
 * a table or prose items not read), which is the extraction's fault, not the report's. One rule for
 * the plausibility gate, which says so, and for the total check, which then stays silent.
 */
public final class WeightSlack {
  /** How far, in percent of the full mark, the weights may plausibly miss it. */
  public static final int PERCENT = 20;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private WeightSlack() {}

  /** Weights more than {@value #PERCENT}% above the full mark (151 of 100). */
  public static boolean above(BigDecimal weights, BigDecimal full) {
    return weights.compareTo(full.multiply(BigDecimal.valueOf(100 + PERCENT)).divide(HUNDRED)) > 0;
  }

  /** Weights more than {@value #PERCENT}% below the full mark (75 of 100). */
  public static boolean below(BigDecimal weights, BigDecimal full) {
    return weights.compareTo(full.multiply(BigDecimal.valueOf(100 - PERCENT)).divide(HUNDRED)) < 0;
  }
}
