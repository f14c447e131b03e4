package org.jixiao.audit;

import java.util.List;
import org.jixiao.schema.Finding;
import org.jixiao.text.csv.SpreadsheetCsv;
import org.jspecify.annotations.Nullable;

/** Findings as CSV for spreadsheets ({@link SpreadsheetCsv}: RFC 4180, a BOM, no cell run as a formula); write it with UTF-8. */
public final class FindingCsv {
  public static final List<String> HEADER =
      List.of(
          "文件 file", "检查 check", "严重程度 severity", "确定性 certainty", "指标 indicator", "位置 location",
          "报告所载 stated", "复核结果 recomputed", "规则 rule", "说明 message", "另见 alsoAt");

  private FindingCsv() {}

  public static String render(List<Finding> findings) {
    return SpreadsheetCsv.write(HEADER, findings.stream().map(FindingCsv::cells).toList());
  }

  /** One finding's cells under {@link #HEADER} (for other exports of findings: a workbook, a table with more columns). */
  public static List<@Nullable String> cells(Finding f) {
    return java.util.Arrays.asList(
        f.file(), Labels.check(f.check()), Labels.severity(f.severity()), Labels.certainty(f.certainty()), f.indicator(),
        Cells.describe(f.location()), f.stated(), f.recomputed(), f.rule(), f.message(),
        Cells.alsoAt(f.alsoAt()));
  }
}
