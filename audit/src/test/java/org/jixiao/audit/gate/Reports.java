package org.jixiao.audit.gate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.schema.Budget;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.Section;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/** Small reports in the layouts the gate tests reproduce, with their cells' provenance. */
public final class Reports {
  public static final String FILE = "t.docx";

  private Reports() {}

  public static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  public static CellRef cell(int table, int row, int col) {
    return new CellRef(FILE, null, table, row, col);
  }

  public static Evidence cellText(String text, int table, int row, int col) {
    return new Evidence(text, cell(table, row, col), ExtractionMethod.TABLE);
  }

  public static Evidence printed(String text, SourceRef where) {
    return new Evidence(text, where, ExtractionMethod.PROSE);
  }

  /** A scored row whose weight and score stand in the given cells (row {@code r} of table {@code t}). */
  public static IndicatorRow row(
      @Nullable String level1, @Nullable String level2, String level3, String weight, @Nullable String score,
      int t, int r) {
    return new IndicatorRow(null, null, level1, level2, level3, null, null, d(weight),
        score == null ? null : d(score), null, null, null, null, null, cell(t, r, 0), ExtractionMethod.TABLE,
        Map.of(IndicatorField.weight, cell(t, r, 5), IndicatorField.score, cell(t, r, 6)), List.of());
  }

  public static Report report(
      @Nullable BigDecimal total, @Nullable BigDecimal max, @Nullable Budget budget, List<Section> sections,
      List<IndicatorRow> rows, Map<ReportField, Evidence> evidence) {
    return new Report(FILE, "某局", 2023, null, null, null, null, total, max, null, budget, sections, rows,
        null, null, null, null, evidence, List.of(), null, null);
  }
}
