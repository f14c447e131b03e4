package org.jixiao.extract.part;

import java.util.List;
import org.jixiao.schema.SummaryLine;

/**
 * How a file divides into reports: one part per report (a single part, the whole document, when
 * the file holds one report) and the lines of any 汇总 summary table, which belong to no part.
 */
public record Segmentation(List<DocumentPart> parts, List<SummaryLine> summary) {
  public Segmentation {
    parts = List.copyOf(parts);
    summary = List.copyOf(summary);
  }

  /** True when the file holds more than one report. */
  public boolean several() {
    return parts.size() > 1;
  }
}
