package org.jixiao.search;

import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.ReportKind;
import org.jspecify.annotations.Nullable;

/**
 * 筛选: exact filters on the report's identity and numeric ranges; a null component does not
 * filter. Identity filters and the total-score and execution-rate ranges apply to reports and rows
 * alike (rows carry their report's fields); the score-rate range only to rows.
 *
 * @param department the department name exactly as indexed
 * @param executionRate the report's budget execution rate in percent (87.3)
 * @param scoreRate a row's score / weight (0.9)
 */
public record Filters(
    @Nullable String province,
    @Nullable AdminLevel adminLevel,
    @Nullable Integer fiscalYear,
    @Nullable ReportKind reportKind,
    @Nullable String grade,
    @Nullable String department,
    @Nullable Range totalScore,
    @Nullable Range scoreRate,
    @Nullable Range executionRate) {

  private static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null);

  public static Filters none() {
    return NONE;
  }

  public Filters withProvince(@Nullable String p) {
    return new Filters(p, adminLevel, fiscalYear, reportKind, grade, department, totalScore, scoreRate, executionRate);
  }

  public Filters withAdminLevel(@Nullable AdminLevel l) {
    return new Filters(province, l, fiscalYear, reportKind, grade, department, totalScore, scoreRate, executionRate);
  }

  public Filters withFiscalYear(@Nullable Integer y) {
    return new Filters(province, adminLevel, y, reportKind, grade, department, totalScore, scoreRate, executionRate);
  }

  public Filters withReportKind(@Nullable ReportKind k) {
    return new Filters(province, adminLevel, fiscalYear, k, grade, department, totalScore, scoreRate, executionRate);
  }

  public Filters withGrade(@Nullable String g) {
    return new Filters(province, adminLevel, fiscalYear, reportKind, g, department, totalScore, scoreRate, executionRate);
  }

  public Filters withDepartment(@Nullable String d) {
    return new Filters(province, adminLevel, fiscalYear, reportKind, grade, d, totalScore, scoreRate, executionRate);
  }

  public Filters withTotalScore(@Nullable Range r) {
    return new Filters(province, adminLevel, fiscalYear, reportKind, grade, department, r, scoreRate, executionRate);
  }

  public Filters withScoreRate(@Nullable Range r) {
    return new Filters(province, adminLevel, fiscalYear, reportKind, grade, department, totalScore, r, executionRate);
  }

  public Filters withExecutionRate(@Nullable Range r) {
    return new Filters(province, adminLevel, fiscalYear, reportKind, grade, department, totalScore, scoreRate, r);
  }
}
