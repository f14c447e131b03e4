package org.jixiao.schema;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 预算执行情况: headline budget figures, money in 万元 (converted where the report prints 元), the
 * execution rate in percent as printed. A null field means the report does not state it.
 *
 * @param evidence per field, the printed text (with its own unit) and where it stands
 */
public record Budget(
    @Nullable BigDecimal initialBudget,
    @Nullable BigDecimal adjustedBudget,
    @Nullable BigDecimal expenditure,
    @Nullable BigDecimal executionRate,
    @Nullable BigDecimal basicBudget,
    @Nullable BigDecimal basicExpenditure,
    @Nullable BigDecimal projectBudget,
    @Nullable BigDecimal projectExpenditure,
    Map<BudgetField, Evidence> evidence) {

  public Budget {
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }

  /** True when no figure at all is stated. */
  public boolean statesNothing() {
    return initialBudget == null
        && adjustedBudget == null
        && expenditure == null
        && executionRate == null
        && basicBudget == null
        && basicExpenditure == null
        && projectBudget == null
        && projectExpenditure == null;
  }
}
