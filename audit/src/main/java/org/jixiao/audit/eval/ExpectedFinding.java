package org.jixiao.audit.eval;

import java.util.Objects;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/**
 * 预期问题: one problem a careful auditor raises in a document, judged by hand apart from the code.
 *
 * @param where the indicator, section, budget field or 总分 it is about ({@code 项目名: 指标} in a
 *     file holding several reports)
 * @param quote the document's own words or cells
 * @param stated the figure as printed
 * @param recomputed the figure as recomputed by hand
 */
public record ExpectedFinding(
    FindingKind kind,
    String where,
    @Nullable String quote,
    @Nullable String stated,
    @Nullable String recomputed,
    Certainty certainty,
    Severity severity,
    @Nullable String note) {
  public ExpectedFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(severity, "severity");
  }

  /** One line for people: {@code [ERROR/HIGH] EXECUTION_RATE 年度资金总额: 91.38% → 95.54%}. */
  public String describe() {
    return "[" + severity + "/" + certainty + "] " + kind + " " + where + ": " + stated + " → " + recomputed;
  }
}
