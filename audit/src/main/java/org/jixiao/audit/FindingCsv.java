package org.jixiao.audit;

import java.util.List;
import org.jixiao.schema.Finding;
import org.jixiao.text.csv.SpreadsheetCsv;

/** Findings as CSV for spreadsheets ({@link SpreadsheetCsv}: RFC 4180, a BOM, no cell run as a formula); write it with UTF-8. */
public final class FindingCsv {
  static final List<String> HEADER =
      List.of(
          "file", "check", "severity", "certainty", "indicator", "location", "stated", "recomputed",
          "rule", "message", "alsoAt");

  private FindingCsv() {}

  public static String render(List<Finding> findings) {
    return SpreadsheetCsv.write(HEADER, findings.stream().map(f -> java.util.Arrays.asList(
        f.file(), f.check().jsonName(), f.severity().name(), f.certainty().name(), f.indicator(),
        Cells.describe(f.location()), f.stated(), f.recomputed(), f.rule(), f.message(),
        Cells.alsoAt(f.alsoAt()))).toList());
  }
}
