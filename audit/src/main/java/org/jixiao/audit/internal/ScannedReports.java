package org.jixiao.audit.internal;

import org.jixiao.schema.CellRef;
import org.jixiao.schema.Report;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * A report read by OCR: its indicator table's cells carry recognition readings, and its prose and budget table were
 * recognized with it. The text the checks read carries no confidence of its own, so in such a report a figure is judged
 * only where another relation confirms it was read right: a prose figure one character away from the table's (100%
 * read 10%, h413) is no finding; a budget line's rate, or a breakdown's sum, only where the other relation holds (h412).
 */
public final class ScannedReports {
  private ScannedReports() {}

  /**
   * Whether any value of the report, or any it was read with and the plausibility gate withheld (its rows, when a score
   * was read unreliably: h548), comes from a cell OCR read.
   */
  public static boolean scanned(Report report) {
    return report.indicators().stream().anyMatch(r -> ocr(r.source()))
        || report.diagnostics().stream().anyMatch(d -> ocr(d.source()))
        || report.evidence().values().stream().anyMatch(e -> ocr(e.source()))
        || report.budget() != null && report.budget().evidence().values().stream().anyMatch(e -> ocr(e.source()));
  }

  private static boolean ocr(@Nullable SourceRef where) {
    return where instanceof CellRef c && c.ocr() != null;
  }
}
