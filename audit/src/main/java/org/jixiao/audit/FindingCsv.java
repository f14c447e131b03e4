package org.jixiao.audit;

import java.util.List;
import org.jixiao.schema.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Findings as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled. The text starts with a UTF-8 byte-order mark (U+FEFF) so that Excel opens
 * Chinese correctly; write it with UTF-8.
 */
public final class FindingCsv {
  public static final String BOM = "\uFEFF";
  static final List<String> HEADER =
      List.of(
          "file", "check", "severity", "certainty", "indicator", "location", "stated", "recomputed",
          "rule", "message", "alsoAt");

  private FindingCsv() {}

  public static String render(List<Finding> findings) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, HEADER);
    for (Finding f : findings) {
      line(
          out,
          java.util.Arrays.asList(
              f.file(), f.check().jsonName(), f.severity().name(), f.certainty().name(), f.indicator(),
              Cells.describe(f.location()), f.stated(), f.recomputed(), f.rule(), f.message(),
              Cells.alsoAt(f.alsoAt())));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<? extends @Nullable String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(escape(fields.get(i)));
    }
    out.append("\r\n");
  }

  static String escape(@Nullable String field) {
    if (field == null) {
      return "";
    }
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
