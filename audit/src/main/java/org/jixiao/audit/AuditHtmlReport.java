package org.jixiao.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.Diagnostic;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jspecify.annotations.Nullable;

/**
 * One self-contained HTML page (inline CSS, no script, no external resource): per report a
 * summary, the indicator table with each finding beside the row it names, and the findings about
 * the report as a whole. Every text from a report is HTML-escaped.
 */
public final class AuditHtmlReport {
  private static final String CSS =
      "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin-bottom:1em}"
          + "td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}th{background:#eee}"
          + ".ERROR{color:#b00020;font-weight:bold}.WARNING{color:#a15c00}.INFO{color:#555}"
          + "tr.flag{background:#fff4f4}ul{margin:0;padding-left:1.2em}";

  private AuditHtmlReport() {}

  public static String render(List<AuditResult> results) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
        .append("<title>jixiao audit</title><style>").append(CSS).append("</style></head><body>\n")
        .append("<h1>jixiao audit</h1>\n");
    for (AuditResult result : results) {
      report(out, result);
    }
    return out.append("</body></html>\n").toString();
  }

  private static void report(StringBuilder out, AuditResult result) {
    out.append("<section><h2>").append(escape(result.report().sourceFile())).append("</h2>\n<p>")
        .append(escape(FindingTable.summary(result))).append("</p>\n");
    out.append("<table><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th>")
        .append("<th>实际完成值</th><th>分值</th><th>得分</th><th>findings</th></tr>\n");
    Set<Finding> placed = new HashSet<>();
    for (IndicatorRow row : result.report().indicators()) {
      List<Finding> mine = new ArrayList<>();
      for (Finding f : result.findings()) {
        if (row.level3().equals(f.indicator())) {
          mine.add(f);
        }
      }
      placed.addAll(mine);
      out.append(mine.isEmpty() ? "<tr>" : "<tr class=\"flag\">");
      for (String cell :
          List.of(
              text(row.level1()), text(row.level2()), row.level3(), text(row.target()),
              text(row.actual()), Decimals.plain(row.weight()), Decimals.plain(row.score()))) {
        out.append("<td>").append(escape(cell)).append("</td>");
      }
      out.append("<td>").append(list(mine)).append("</td></tr>\n");
    }
    out.append("</table>\n");
    if (!result.diagnostics().isEmpty()) {
      out.append("<h3>Extraction diagnostics (facts not audited)</h3>\n<ul>");
      for (Diagnostic d : result.diagnostics()) {
        out.append("<li>").append(escape(d.message()));
        if (d.source() != null) {
          out.append(" <small>[").append(escape(Cells.describe(d.source()))).append("]</small>");
        }
        out.append("</li>");
      }
      out.append("</ul>\n");
    }
    List<Finding> rest = result.findings().stream().filter(f -> !placed.contains(f)).toList();
    if (!rest.isEmpty()) {
      out.append("<h3>Report-level findings</h3>\n").append(list(rest)).append('\n');
    }
    out.append("</section>\n");
  }

  private static String list(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<ul>");
    for (Finding f : findings) {
      out.append("<li><span class=\"").append(f.severity().name()).append("\">")
          .append(Labels.severity(f.severity())).append("</span> ")
          .append(escape(Labels.check(f.check()))).append("（确定性").append(Labels.certainty(f.certainty())).append("）");
      if (f.indicator() != null) {
        out.append(" <i>").append(escape(f.indicator())).append("</i>");
      }
      out.append(": ")
          .append(escape(f.message()));
      if (f.stated() != null || f.recomputed() != null) {
        out.append(" — stated <b>").append(escape(text(f.stated())))
            .append("</b>, recomputed <b>").append(escape(text(f.recomputed()))).append("</b>");
      }
      if (f.location() != null) {
        out.append(" <small>[").append(escape(Cells.describe(f.location()))).append("]</small>");
      }
      if (!f.alsoAt().isEmpty()) {
        out.append(" <small>[").append(escape(Cells.alsoAt(f.alsoAt()))).append("]</small>");
      }
      out.append("</li>");
    }
    return out.append("</ul>").toString();
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** Escapes the five HTML-significant characters. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
