package org.jixiao.schema;

/**
 * 预算字段: the figures of {@link Budget}, the keys of {@link Budget#evidence()}, named exactly as
 * the fields of {@code shared/gold/FORMAT.md} (and their JSON keys).
 *
 * <p>Declared in alphabetical order: JSON maps are written in key order, and enum keys order by
 * declaration, so this keeps {@code Json}'s sorted keys.
 */
public enum BudgetField {
  adjustedBudget,
  basicBudget,
  basicExpenditure,
  executionRate,
  expenditure,
  initialBudget,
  projectBudget,
  projectExpenditure
}
