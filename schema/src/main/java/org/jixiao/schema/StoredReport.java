package org.jixiao.schema;

import java.util.List;

/**
 * What {@code jixiao import} keeps per report in {@code data/reports/<id>.json}: the normalized
 * report, its audit findings, where it was imported from and when (ISO-8601 instant).
 *
 * @param auditDiagnostics facts the audit's plausibility gate withheld from the checks as
 *     misreadings (code {@link WarningCode#IMPLAUSIBLE_FACT}): extraction diagnostics, never
 *     findings about the report; empty in files stored before the gate existed
 */
public record StoredReport(
    Report report, List<Finding> findings, String sourcePath, String importedAt,
    List<Diagnostic> auditDiagnostics) {
  public StoredReport {
    findings = findings == null ? List.of() : List.copyOf(findings);
    auditDiagnostics = auditDiagnostics == null ? List.of() : List.copyOf(auditDiagnostics);
  }

  /** A report stored without gate diagnostics. */
  public StoredReport(Report report, List<Finding> findings, String sourcePath, String importedAt) {
    this(report, findings, sourcePath, importedAt, List.of());
  }
}
