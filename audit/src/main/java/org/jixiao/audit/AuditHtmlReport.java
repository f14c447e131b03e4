package org.jixiao.audit;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One self-contained HTML page (inline CSS, no script, no external resource, a Content-Security-Policy that allows
 * none), from the template {@code audit-report.mustache}: a header naming the tool and when it ran; per report its
 * identity and summary, its errors and warnings first, the indicator table with each error or warning beside its row,
 * and the INFO lines and extraction diagnostics collapsed below. Mustache escapes every value, so no text of a report
 * can become markup.
 */
public final class AuditHtmlReport {
  private static final Mustache PAGE = new DefaultMustacheFactory("org/jixiao/audit").compile("audit-report.mustache");

  private AuditHtmlReport() {}

  /** The page for {@code results}; {@code toolVersion} and {@code generatedAt} go into its header. */
  public static String render(List<AuditResult> results, String toolVersion, String generatedAt) {
    List<ReportView> reports = results.stream().map(AuditHtmlReport::report).toList();
    StringWriter out = new StringWriter();
    PAGE.execute(out, new Page(toolVersion, generatedAt, reports.size(), reports));
    return out.toString();
  }

  record Page(String toolVersion, String generatedAt, int reportCount, List<ReportView> reports) {}

  record ReportView(String heading, List<Fact> facts, String summary, List<FindingView> issues, List<RowView> rows,
      List<FindingView> infos, List<String> diagnostics) {}

  record Fact(String label, String value) {}

  record RowView(String level1, String level2, String level3, String target, String actual, String weight, String score,
      boolean flagged, List<FindingView> findings) {}

  record FindingView(String severityClass, String severity, String check, String certainty, @Nullable String indicator,
      String message, boolean compared, String stated, String recomputed, @Nullable String where) {}

  private static ReportView report(AuditResult result) {
    Report r = result.report();
    Set<Finding> placed = new HashSet<>();
    List<RowView> rows = new ArrayList<>();
    for (IndicatorRow row : r.indicators()) {
      List<FindingView> mine = new ArrayList<>();
      for (Finding f : result.findings()) {
        if (f.severity() != Severity.INFO && row.level3().equals(f.indicator())) {
          mine.add(view(f));
          placed.add(f);
        }
      }
      rows.add(new RowView(text(row.level1()), text(row.level2()), row.level3(), text(row.target()), text(row.actual()),
          Decimals.plain(row.weight()), Decimals.plain(row.score()), !mine.isEmpty(), mine));
    }
    List<FindingView> issues = result.findings().stream()
        .filter(f -> f.severity() != Severity.INFO && !placed.contains(f)).map(AuditHtmlReport::view).toList();
    List<FindingView> infos = result.findings().stream()
        .filter(f -> f.severity() == Severity.INFO).map(AuditHtmlReport::view).toList();
    List<String> diagnostics = result.diagnostics().stream()
        .map(d -> d.message() + (d.source() == null ? "" : " [" + Cells.describe(d.source()) + "]")).toList();
    String heading = r.title() != null ? r.title() : r.sourceFile();
    return new ReportView(heading, facts(r), FindingTable.summary(result), issues, rows, infos, diagnostics);
  }

  /** The report's identity as printed: what an auditor checks first that the page is about the right report. */
  private static List<Fact> facts(Report r) {
    List<Fact> out = new ArrayList<>();
    out.add(new Fact("文件", r.sourceFile() + (r.part() == null ? "" : "（第 " + r.part().index() + " 份报告）")));
    add(out, "部门", r.department());
    add(out, "项目", r.project());
    add(out, "年度", r.fiscalYear() == null ? null : r.fiscalYear().toString());
    add(out, "层级", r.adminLevel() == null ? null : Labels.level(r.adminLevel()));
    add(out, "省份", r.province());
    add(out, "类型", r.reportKind() == null ? null : Labels.kind(r.reportKind()));
    add(out, "评价机构", r.evaluator());
    add(out, "总分", r.totalScore() == null ? null : Decimals.plain(r.totalScore())
        + (r.maxScore() == null ? "" : " / " + Decimals.plain(r.maxScore())));
    add(out, "等级", r.grade() == null ? null : r.grade().symbol());
    add(out, "SHA-256", r.fileSha256());
    return out;
  }

  private static void add(List<Fact> out, String label, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      out.add(new Fact(label, value));
    }
  }

  private static FindingView view(Finding f) {
    boolean compared = f.stated() != null || f.recomputed() != null;
    String where = f.location() == null ? null
        : Cells.describe(f.location()) + (f.alsoAt().isEmpty() ? "" : "；" + Cells.alsoAt(f.alsoAt()));
    return new FindingView(f.severity().name(), Labels.severity(f.severity()), Labels.check(f.check()),
        Labels.certainty(f.certainty()), f.indicator(), f.message(), compared, text(f.stated()), text(f.recomputed()), where);
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s;
  }
}
