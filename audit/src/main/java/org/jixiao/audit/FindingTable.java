package org.jixiao.audit;

import java.util.List;
import java.util.Map;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;

/**
 * Aligned plain text for people: per document a summary line (stated total, recomputed total,
 * findings by severity), then its findings by severity with stated and recomputed side by side.
 * Column widths count CJK characters as two columns so that Chinese names line up in a terminal.
 */
public final class FindingTable {
  private static final int SEVERITY = 8;
  private static final int CERTAINTY = 9;
  private static final int CHECK = 24;
  private static final int INDICATOR = 24;
  private static final int STATED = 22;
  private static final int RECOMPUTED = 18;

  private FindingTable() {}

  public static String render(List<AuditResult> results) {
    StringBuilder out = new StringBuilder();
    for (AuditResult result : results) {
      out.append(summary(result)).append('\n');
      diagnostics(out, result);
      if (result.findings().isEmpty()) {
        out.append("  无发现\n\n");
        continue;
      }
      out.append("  ")
          .append(row("严重程度", "确定性", "检查", "指标", "报告所载", "复核结果", "说明"))
          .append('\n');
      for (Finding f : result.findings()) {
        out.append("  ")
            .append(
                row(
                    Labels.severity(f.severity()),
                    Labels.certainty(f.certainty()),
                    Labels.check(f.check()),
                    f.indicator() == null ? "—" : f.indicator(),
                    f.stated() == null ? "—" : f.stated(),
                    f.recomputed() == null ? "—" : f.recomputed(),
                    f.alsoAt().isEmpty() ? f.message() : f.message() + " [" + Cells.alsoAt(f.alsoAt()) + "]"))
            .append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The gate's diagnostics, apart from the findings: facts that were not audited because misread. */
  private static void diagnostics(StringBuilder out, AuditResult result) {
    if (result.diagnostics().isEmpty()) {
      return;
    }
    out.append("  抽取诊断（不是发现：这些数据疑为误读，未参与复核）：\n");
    for (var d : result.diagnostics()) {
      String where = Cells.describe(d.source());
      out.append("    ").append(d.message()).append(where.isEmpty() ? "" : " [" + where + "]").append('\n');
    }
  }

  /** "file：报告总分 96.74，复核 95.74；错误 1，警告 3，提示 19". */
  public static String summary(AuditResult result) {
    Map<Severity, Integer> counts = result.countBySeverity();
    var part = result.report().part();
    return result.report().sourceFile()
        + (part == null ? "" : " #" + part.index() + "/" + part.count()
            + (result.report().project() == null ? "" : " " + result.report().project()))
        + "：报告总分 "
        + Decimals.plain(result.report().totalScore())
        + "，复核 "
        + Decimals.plain(result.recomputedTotal())
        + "；"
        + Labels.severity(Severity.ERROR) + " " + counts.get(Severity.ERROR) + "，"
        + Labels.severity(Severity.WARNING) + " " + counts.get(Severity.WARNING) + "，"
        + Labels.severity(Severity.INFO) + " " + counts.get(Severity.INFO);
  }

  private static String row(
      String severity, String certainty, String check, String indicator, String stated,
      String recomputed, String message) {
    return Cells.fit(severity, SEVERITY) + " " + Cells.fit(certainty, CERTAINTY) + " "
        + Cells.fit(check, CHECK) + " " + Cells.fit(indicator, INDICATOR) + " "
        + Cells.fit(stated, STATED) + " " + Cells.fit(recomputed, RECOMPUTED) + " "
        + message.replaceAll("\\s+", " ").strip();
  }
}
