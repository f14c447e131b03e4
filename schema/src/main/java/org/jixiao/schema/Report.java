package org.jixiao.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 绩效评价报告, normalized. The first thirteen components are the gold fields of {@code
 * shared/gold/FORMAT.md} with the same names and meaning; the rest carry provenance and
 * diagnostics. A null field means "not stated", never "zero".
 *
 * @param grade the standard grade (优/良/中/差), which is what the gold states; the wording as
 *     printed (优秀) is in {@code evidence.grade}, see {@link #printedGrade()}
 * @param evidence the printed text and location of each scalar report field
 * @param fileSha256 hex SHA-256 of the source file's bytes; the stable identity of a report
 * @param project 项目名称, for a 项目支出绩效自评表 (its {@code department} is the 主管部门)
 * @param implementingUnit 实施单位 of a project, as printed
 * @param part where the report sits in a file that holds several reports (JSON documented in
 *     {@link ReportPart}); null for a file that holds one report
 * @param groupSubtotals the 二级 groups' 小计 rows, in the order printed (the 一级 ones are {@code sections})
 */
public record Report(
    String sourceFile,
    @Nullable String department,
    @Nullable Integer fiscalYear,
    @Nullable AdminLevel adminLevel,
    @Nullable String province,
    @Nullable ReportKind reportKind,
    @Nullable String evaluator,
    @Nullable BigDecimal totalScore,
    @Nullable BigDecimal maxScore,
    @Nullable GradeLevel grade,
    @Nullable Budget budget,
    List<Section> sections,
    List<IndicatorRow> indicators,
    @Nullable String title,
    @Nullable String publicationDate,
    @Nullable String fileSha256,
    @Nullable String format,
    Map<ReportField, Evidence> evidence,
    List<Diagnostic> diagnostics,
    @Nullable String project,
    @Nullable String implementingUnit,
    @Nullable ReportPart part,
    List<GroupSubtotal> groupSubtotals) {

  public Report {
    sections = sections == null ? List.of() : List.copyOf(sections);
    groupSubtotals = groupSubtotals == null ? List.of() : List.copyOf(groupSubtotals);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
  }

  /** A report that states no 二级 subtotal. */
  public Report(
      String sourceFile, @Nullable String department, @Nullable Integer fiscalYear, @Nullable AdminLevel adminLevel,
      @Nullable String province, @Nullable ReportKind reportKind, @Nullable String evaluator,
      @Nullable BigDecimal totalScore, @Nullable BigDecimal maxScore, @Nullable GradeLevel grade,
      @Nullable Budget budget, List<Section> sections, List<IndicatorRow> indicators, @Nullable String title,
      @Nullable String publicationDate, @Nullable String fileSha256, @Nullable String format,
      Map<ReportField, Evidence> evidence, List<Diagnostic> diagnostics, @Nullable String project,
      @Nullable String implementingUnit, @Nullable ReportPart part) {
    this(sourceFile, department, fiscalYear, adminLevel, province, reportKind, evaluator, totalScore, maxScore,
        grade, budget, sections, indicators, title, publicationDate, fileSha256, format, evidence, diagnostics,
        project, implementingUnit, part, List.of());
  }

  /** A report of a file that holds one report: no {@link ReportPart}. */
  public Report(
      String sourceFile, @Nullable String department, @Nullable Integer fiscalYear, @Nullable AdminLevel adminLevel,
      @Nullable String province, @Nullable ReportKind reportKind, @Nullable String evaluator,
      @Nullable BigDecimal totalScore, @Nullable BigDecimal maxScore, @Nullable GradeLevel grade,
      @Nullable Budget budget, List<Section> sections, List<IndicatorRow> indicators, @Nullable String title,
      @Nullable String publicationDate, @Nullable String fileSha256, @Nullable String format,
      Map<ReportField, Evidence> evidence, List<Diagnostic> diagnostics, @Nullable String project,
      @Nullable String implementingUnit) {
    this(sourceFile, department, fiscalYear, adminLevel, province, reportKind, evaluator, totalScore, maxScore,
        grade, budget, sections, indicators, title, publicationDate, fileSha256, format, evidence, diagnostics,
        project, implementingUnit, null);
  }

  /** The grade with the wording the report prints for it, or null when no grade is stated. */
  public @Nullable Grade printedGrade() {
    if (grade == null) {
      return null;
    }
    Evidence printed = evidence.get(ReportField.grade);
    return new Grade(grade, printed == null ? grade.symbol() : printed.text());
  }

  /**
   * True when nothing a report states was found: no indicator rows, total, department or budget
   * figure. Such a file is {@link ExtractionFailure#NOT_A_REPORT}.
   */
  public boolean statesNothing() {
    return indicators.isEmpty()
        && totalScore == null
        && department == null
        && (budget == null || budget.statesNothing());
  }

  /** A copy with other indicator rows. */
  public Report withIndicators(List<IndicatorRow> rows) {
    return new Report(
        sourceFile, department, fiscalYear, adminLevel, province, reportKind, evaluator, totalScore,
        maxScore, grade, budget, sections, rows, title, publicationDate, fileSha256, format,
        evidence, diagnostics, project, implementingUnit, part, groupSubtotals);
  }

  /** A copy placed in its file: part {@code part} of the file's reports. */
  public Report withPart(@Nullable ReportPart where) {
    return new Report(
        sourceFile, department, fiscalYear, adminLevel, province, reportKind, evaluator, totalScore,
        maxScore, grade, budget, sections, indicators, title, publicationDate, fileSha256, format,
        evidence, diagnostics, project, implementingUnit, where, groupSubtotals);
  }

  /** A copy with the department (its level, province and evidence) read from text the whole file shares. */
  public Report withDepartment(@Nullable String dept, @Nullable AdminLevel level, @Nullable String prov, @Nullable Evidence printed) {
    Map<ReportField, Evidence> ev = new java.util.HashMap<>(evidence);
    if (printed != null) {
      ev.put(ReportField.department, printed);
    }
    return new Report(
        sourceFile, dept, fiscalYear, adminLevel != null ? adminLevel : level, province != null ? province : prov, reportKind,
        evaluator, totalScore, maxScore, grade, budget, sections, indicators, title, publicationDate, fileSha256, format,
        ev, diagnostics, project, implementingUnit, part, groupSubtotals);
  }

  /** A copy with the fiscal year (and its evidence) read from text the whole file shares. */
  public Report withFiscalYear(@Nullable Integer year, @Nullable Evidence printed) {
    Map<ReportField, Evidence> ev = new java.util.HashMap<>(evidence);
    if (printed != null) {
      ev.put(ReportField.fiscalYear, printed);
    }
    return new Report(
        sourceFile, department, year, adminLevel, province, reportKind, evaluator, totalScore,
        maxScore, grade, budget, sections, indicators, title, publicationDate, fileSha256, format,
        ev, diagnostics, project, implementingUnit, part, groupSubtotals);
  }
}
