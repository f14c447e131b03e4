package org.jixiao.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditResult;
import org.jixiao.schema.Diagnostic;
import org.jixiao.schema.Finding;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * What {@code jixiao audit --json} prints: every finding, and apart from them the extraction
 * diagnostics of the audit's plausibility gate (facts withheld from the checks as misreadings),
 * each naming its report as findings do ({@code h18.docx#2} for a file's second report).
 */
record AuditJson(List<Finding> findings, List<AuditJson.ReportDiagnostic> diagnostics) {
  /** One gate diagnostic with the report it is about. */
  record ReportDiagnostic(String file, WarningCode code, String message, @Nullable SourceRef source) {}

  static AuditJson of(List<AuditResult> results) {
    List<Finding> findings = new ArrayList<>();
    List<ReportDiagnostic> diagnostics = new ArrayList<>();
    for (AuditResult r : results) {
      findings.addAll(r.findings());
      var part = r.report().part();
      String file = r.report().sourceFile() + (part == null ? "" : "#" + part.index());
      for (Diagnostic d : r.diagnostics()) {
        diagnostics.add(new ReportDiagnostic(file, d.code(), d.message(), d.source()));
      }
    }
    return new AuditJson(findings, diagnostics);
  }
}
