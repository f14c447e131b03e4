package org.jixiao.audit.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.Evidence;
import org.jspecify.annotations.Nullable;

/** The figures of a {@link Budget} by field: the value, the Chinese label, the money fields in reading order. */
public final class BudgetFields {
  private BudgetFields() {}

  /** The money fields, in the order people read them. */
  public static final List<BudgetField> MONEY =
      List.of(BudgetField.initialBudget, BudgetField.adjustedBudget, BudgetField.expenditure,
          BudgetField.basicBudget, BudgetField.basicExpenditure, BudgetField.projectBudget,
          BudgetField.projectExpenditure);

  /** The value of one budget field. */
  public static @Nullable BigDecimal value(Budget b, BudgetField field) {
    return switch (field) {
      case adjustedBudget -> b.adjustedBudget();
      case basicBudget -> b.basicBudget();
      case basicExpenditure -> b.basicExpenditure();
      case executionRate -> b.executionRate();
      case expenditure -> b.expenditure();
      case initialBudget -> b.initialBudget();
      case projectBudget -> b.projectBudget();
      case projectExpenditure -> b.projectExpenditure();
    };
  }

  /** The budget without the figures of {@code fields} and their evidence. */
  public static Budget without(Budget b, Set<BudgetField> fields) {
    Map<BudgetField, Evidence> evidence = new EnumMap<>(BudgetField.class);
    evidence.putAll(b.evidence());
    fields.forEach(evidence::remove);
    return new Budget(kept(b, BudgetField.initialBudget, fields), kept(b, BudgetField.adjustedBudget, fields),
        kept(b, BudgetField.expenditure, fields), kept(b, BudgetField.executionRate, fields),
        kept(b, BudgetField.basicBudget, fields), kept(b, BudgetField.basicExpenditure, fields),
        kept(b, BudgetField.projectBudget, fields), kept(b, BudgetField.projectExpenditure, fields), evidence);
  }

  private static @Nullable BigDecimal kept(Budget b, BudgetField field, Set<BudgetField> dropped) {
    return dropped.contains(field) ? null : value(b, field);
  }

  /** The Chinese label of a budget field, as a budget table names its cell: a part's line, then its column in brackets. */
  public static String label(BudgetField field) {
    return switch (field) {
      case initialBudget -> "年初预算数";
      case adjustedBudget -> "全年预算数";
      case expenditure -> "全年执行数";
      case executionRate -> "执行率";
      case basicBudget -> "基本支出（全年预算数）";
      case basicExpenditure -> "基本支出（全年执行数）";
      case projectBudget -> "项目支出（全年预算数）";
      case projectExpenditure -> "项目支出（全年执行数）";
    };
  }
}
