package org.jixiao.audit.internal;

import org.jixiao.schema.CellRef;
import org.jixiao.schema.Report;

/**
 * A report read by OCR: its indicator table's cells carry recognition readings, and its prose and budget table were
 * recognized with it. The text the checks read carries no confidence of its own, so in such a report a figure is judged
 * only where another relation confirms it was read right: a prose figure one character away from the table's (100%
 * read 10%, h413) is no finding; a budget line's rate, or a breakdown's sum, only where the other relation holds (h412).
 */
public final class ScannedReports {
  private ScannedReports() {}

  public static boolean scanned(Report report) {
    return report.indicators().stream().anyMatch(r -> r.source() instanceof CellRef c && c.ocr() != null);
  }
}
