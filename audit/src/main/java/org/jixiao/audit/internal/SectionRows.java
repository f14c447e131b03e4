package org.jixiao.audit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.text.name.Names;

/**
 * Which rows a 一级 subtotal adds: those whose 一级 is its name; the rows outside every subtotal (a fund line scored
 * apart) are added to the subtotals beside them. One reading for the total check, which compares the total with the
 * subtotals and those rows, and for the merger, which tells whether a subtotal's own error explains that comparison.
 */
public final class SectionRows {
  private SectionRows() {}

  /** The rows of the 一级 subtotal {@code s}. */
  public static List<IndicatorRow> of(Report report, Section s) {
    String key = Names.key(s.name());
    return report.indicators().stream().filter(r -> Names.key(r.level1()).equals(key)).toList();
  }

  /** The rows under no 一级 subtotal of the report. */
  public static List<IndicatorRow> outside(Report report) {
    Set<String> names = new HashSet<>();
    report.sections().forEach(s -> names.add(Names.key(s.name())));
    return report.indicators().stream().filter(r -> !names.contains(Names.key(r.level1()))).toList();
  }
}
