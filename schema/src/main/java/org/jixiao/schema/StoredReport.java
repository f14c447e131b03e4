package org.jixiao.schema;

import java.util.List;

/**
 * What {@code jixiao import} keeps per report in {@code data/reports/<id>.json}: the normalized
 * report, its audit findings, where it was imported from and when (ISO-8601 instant).
 */
public record StoredReport(Report report, List<Finding> findings, String sourcePath, String importedAt) {
  public StoredReport {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }
}
