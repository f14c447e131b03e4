package org.jixiao.app.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.audit.Cells;
import org.jixiao.audit.Labels;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;

/**
 * 报告: one stored report as extracted: identity, budget, sections, total and grade, and the indicator table with each
 * finding beside its row (errors first); every value links to where it was read.
 */
final class ReportPage {
  record View(String id, String heading, List<Fact> facts, List<Fact> budget, List<SectionView> sections,
      List<SectionView> groupSubtotals, List<RowView> rows,
      List<FindingView> findings, List<FindingView> infos, List<String> diagnostics, String fileLink, String jsonLink,
      List<String> paths, String importedAt, List<String> renderings, @Nullable String renderingOf) {}

  /** A labelled value and where it was read (null: nowhere to show). */
  record Fact(String label, String value, @Nullable String source) {}

  record SectionView(String name, String weight, String score, @Nullable String source) {}

  record Cell(String text, @Nullable String source) {}

  record RowView(int number, String anchor, @Nullable String placeAnchor, Cell level1, Cell level2, Cell level3, Cell target, Cell actual, Cell weight,
      Cell score, @Nullable String severity, List<FindingView> findings) {}

  record FindingView(String severityClass, String severity, String check, String certainty, @Nullable String indicator,
      String message, @Nullable String stated, @Nullable String recomputed, String where, @Nullable String source,
      @Nullable String row) {}

  private ReportPage() {}

  static View build(String id, StoredReport s) {
    Report r = s.report();
    List<Finding> ordered = s.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList();
    Set<Finding> placed = new HashSet<>();
    List<RowView> rows = new ArrayList<>();
    for (int i = 0; i < r.indicators().size(); i++) {
      IndicatorRow row = r.indicators().get(i);
      String anchor = "row-" + (i + 1);
      List<FindingView> mine = new ArrayList<>();
      for (Finding f : ordered) {
        if (f.severity() != Severity.INFO && !placed.contains(f) && about(f, row)) {
          mine.add(view(id, f, "#" + anchor));
          placed.add(f);
        }
      }
      rows.add(new RowView(i + 1, anchor, Refs.rowAnchor(row.source()), cell(id, row, IndicatorField.level1, row.level1()),
          cell(id, row, IndicatorField.level2, row.level2()), cell(id, row, IndicatorField.level3, row.level3()),
          cell(id, row, IndicatorField.target, row.target()), cell(id, row, IndicatorField.actual, row.actual()),
          cell(id, row, IndicatorField.weight, Decimals.plain(row.weight())),
          cell(id, row, IndicatorField.score, Decimals.plain(row.score())),
          mine.isEmpty() ? null : mine.getFirst().severityClass(), mine));
    }
    List<FindingView> rest = ordered.stream().filter(f -> f.severity() != Severity.INFO && !placed.contains(f))
        .map(f -> view(id, f, null)).toList();
    List<FindingView> infos = ordered.stream().filter(f -> f.severity() == Severity.INFO).map(f -> view(id, f, null)).toList();
    List<String> diagnostics = new ArrayList<>();
    r.diagnostics().forEach(d -> diagnostics.add(d.message() + (d.source() == null ? "" : "（" + Cells.describe(d.source()) + "）")));
    s.auditDiagnostics().forEach(d -> diagnostics.add(d.message() + (d.source() == null ? "" : "（" + Cells.describe(d.source()) + "）")));
    String heading = r.title() != null ? r.title() : r.department() != null ? r.department() : r.sourceFile();
    return new View(id, heading, facts(id, r), budget(id, r.budget()), sections(id, r), groupSubtotals(id, r), rows, rest, infos, diagnostics,
        "/reports/" + id + "/file", "/api/reports/" + id, s.paths(), s.importedAt(), s.renderings(),
        s.renderingOf() == null ? null : "/reports/" + s.renderingOf());
  }

  /** A finding is beside a row when it points at the row's cells, or, pointing nowhere on the row, names it. */
  private static boolean about(Finding f, IndicatorRow row) {
    if (f.location() instanceof CellRef at && row.source() instanceof CellRef rowAt) {
      return at.table() == rowAt.table() && at.row() == rowAt.row();
    }
    return row.level3().equals(f.indicator());
  }

  private static Cell cell(String id, IndicatorRow row, IndicatorField field, @Nullable String text) {
    SourceRef ref = row.sources().getOrDefault(field, field == IndicatorField.level3 ? row.source() : null);
    return new Cell(text == null ? "" : text, text == null || text.isEmpty() ? null : Refs.link(id, ref));
  }

  private static List<Fact> facts(String id, Report r) {
    Map<ReportField, Evidence> ev = r.evidence();
    List<Fact> out = new ArrayList<>();
    add(out, id, "文件", r.sourceFile() + (r.part() == null ? "" : "（第 " + r.part().index() + " 份报告）"), null);
    add(out, id, "部门", r.department(), ev.get(ReportField.department));
    add(out, id, "项目", r.project(), ev.get(ReportField.project));
    add(out, id, "实施单位", r.implementingUnit(), ev.get(ReportField.implementingUnit));
    add(out, id, "年度", r.fiscalYear() == null ? null : r.fiscalYear().toString(), ev.get(ReportField.fiscalYear));
    add(out, id, "级别", r.adminLevel() == null ? null : Labels.level(r.adminLevel()), null);
    add(out, id, "省份", r.province(), ev.get(ReportField.province));
    add(out, id, "类型", r.reportKind() == null ? null : Labels.kind(r.reportKind()), ev.get(ReportField.reportKind));
    add(out, id, "评价机构", r.evaluator(), ev.get(ReportField.evaluator));
    add(out, id, "总分", r.totalScore() == null ? null : Decimals.plain(r.totalScore())
        + (r.maxScore() == null ? "" : " / " + Decimals.plain(r.maxScore())), ev.get(ReportField.totalScore));
    add(out, id, "等级", r.printedGrade() == null ? null : r.printedGrade().printed(), ev.get(ReportField.grade));
    return out;
  }

  private static List<Fact> budget(String id, @Nullable Budget b) {
    List<Fact> out = new ArrayList<>();
    if (b == null) {
      return out;
    }
    money(out, id, "年初预算数（万元）", b.initialBudget(), b.evidence().get(BudgetField.initialBudget));
    money(out, id, "全年预算数（万元）", b.adjustedBudget(), b.evidence().get(BudgetField.adjustedBudget));
    money(out, id, "全年执行数（万元）", b.expenditure(), b.evidence().get(BudgetField.expenditure));
    add(out, id, "执行率", b.executionRate() == null ? null : Decimals.plain(b.executionRate()) + "%",
        b.evidence().get(BudgetField.executionRate));
    money(out, id, "基本支出预算（万元）", b.basicBudget(), b.evidence().get(BudgetField.basicBudget));
    money(out, id, "基本支出执行（万元）", b.basicExpenditure(), b.evidence().get(BudgetField.basicExpenditure));
    money(out, id, "项目支出预算（万元）", b.projectBudget(), b.evidence().get(BudgetField.projectBudget));
    money(out, id, "项目支出执行（万元）", b.projectExpenditure(), b.evidence().get(BudgetField.projectExpenditure));
    return out;
  }

  private static void money(List<Fact> out, String id, String label, @Nullable BigDecimal v, @Nullable Evidence e) {
    add(out, id, label, v == null ? null : Decimals.plain(v), e);
  }

  private static void add(List<Fact> out, String id, String label, @Nullable String value, @Nullable Evidence e) {
    if (value != null && !value.isBlank()) {
      out.add(new Fact(label, value, e == null ? null : Refs.link(id, e.source())));
    }
  }

  private static List<SectionView> sections(String id, Report r) {
    return r.sections().stream().map(s -> new SectionView(s.name(), Decimals.plain(s.weight()), Decimals.plain(s.score()),
        Refs.link(id, s.source()))).toList();
  }

  /** 二级 subtotals named with their 一级 ("过程 · 预算执行"): the same 二级 name can stand under two 一级s. */
  private static List<SectionView> groupSubtotals(String id, Report r) {
    return r.groupSubtotals().stream().map(g -> new SectionView(g.level1() + " · " + g.level2(), Decimals.plain(g.weight()),
        Decimals.plain(g.score()), Refs.link(id, g.source()))).toList();
  }

  private static FindingView view(String id, Finding f, @Nullable String row) {
    String where = Cells.describe(f.location());
    return new FindingView(f.severity().name().toLowerCase(java.util.Locale.ROOT), org.jixiao.audit.Labels.severity(f.severity()),
        Labels.check(f.check()), Labels.certainty(f.certainty()), f.indicator(), f.message(), f.stated(), f.recomputed(),
        where, Refs.link(id, f.location()), row);
  }
}
