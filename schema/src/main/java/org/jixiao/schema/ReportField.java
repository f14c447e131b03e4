package org.jixiao.schema;

/**
 * 报告字段: the scalar fields of {@link Report} that carry {@link Report#evidence()}. Each constant is
 * named exactly as the field (and its JSON key), so the key needs no mapping table that could drift.
 *
 * <p>Declared in alphabetical order: JSON maps are written in key order, and enum keys order by
 * declaration, so this keeps {@code Json}'s sorted keys.
 */
public enum ReportField {
  adminLevel,
  department,
  evaluator,
  fiscalYear,
  grade,
  implementingUnit,
  maxScore,
  project,
  province,
  publicationDate,
  reportKind,
  title,
  totalScore
}
