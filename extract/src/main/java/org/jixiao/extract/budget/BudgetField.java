package org.jixiao.extract.budget;

/** The fields of {@link org.jixiao.schema.Budget}, named as in FORMAT.md. */
public enum BudgetField {
  initialBudget,
  adjustedBudget,
  expenditure,
  executionRate,
  basicBudget,
  basicExpenditure,
  projectBudget,
  projectExpenditure;

  /** The field a measure has within a scope, or null where the budget schema has none. */
  static @org.jspecify.annotations.Nullable BudgetField of(String measure, String scope) {
    return switch (scope + "/" + measure) {
      case "TOTAL/INITIAL" -> initialBudget;
      case "TOTAL/ADJUSTED" -> adjustedBudget;
      case "TOTAL/SPENT" -> expenditure;
      case "TOTAL/RATE" -> executionRate;
      case "BASIC/ADJUSTED" -> basicBudget;
      case "BASIC/SPENT" -> basicExpenditure;
      case "PROJECT/ADJUSTED" -> projectBudget;
      case "PROJECT/SPENT" -> projectExpenditure;
      default -> null;
    };
  }
}
