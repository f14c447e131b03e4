package org.jixiao.schema;

/**
 * 指标字段: the fields of {@link IndicatorRow} a value can be traced to, the keys of {@link
 * IndicatorRow#sources()}. Each constant is named exactly as the field (and its JSON key).
 *
 * <p>Declared in alphabetical order: JSON maps are written in key order, and enum keys order by
 * declaration, so this keeps {@code Json}'s sorted keys.
 */
public enum IndicatorField {
  actual,
  code,
  deviationReason,
  goal,
  level1,
  level2,
  level3,
  rule,
  score,
  target,
  weight
}
