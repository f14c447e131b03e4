package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Budget;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/** Rows and reports for the rule checks' tests, built from the printed cells as the extractor would. */
final class RuleTestRows {
  private RuleTestRows() {}

  static IndicatorRow row(String level3, @Nullable String target, @Nullable String actual, String weight,
      String score, @Nullable String rule) {
    return new IndicatorRow(null, null, null, null, level3, target, actual, new BigDecimal(weight),
        new BigDecimal(score), target == null ? null : ValueParser.parse(target),
        actual == null ? null : ValueParser.parse(actual), rule, null, null, null, null, Map.of(), List.of());
  }

  static AuditSubject subject(@Nullable Budget budget, @Nullable String text, IndicatorRow... rows) {
    Report report = new Report("t.txt", null, null, null, null, null, null, null, new BigDecimal("100"), null,
        budget, List.of(), List.of(rows), null, null, null, null, Map.of(), List.of(), null, null);
    return new AuditSubject(report, text);
  }

  /** A report with only a total, its grade as printed, and its text. */
  static AuditSubject subjectWithGrade(BigDecimal total, String grade, String text) {
    Report report = new Report("t.txt", null, null, null, null, null, null, total, new BigDecimal("100"),
        org.jixiao.schema.GradeLevel.ofSymbol(grade), null, List.of(), List.of(), null, null, null, null, Map.of(), List.of(),
        null, null);
    return new AuditSubject(report, text);
  }

  static Budget budget(String adjusted, String spent, @Nullable String rate) {
    return new Budget(null, new BigDecimal(adjusted), new BigDecimal(spent), rate == null ? null : new BigDecimal(rate),
        null, null, null, null, Map.of());
  }
}
