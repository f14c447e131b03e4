package org.jixiao.audit;

import org.jixiao.schema.Report;
import org.jspecify.annotations.Nullable;

/**
 * What an audit looks at: the normalized report and, when available, the document's linear text
 * (the text {@link org.jixiao.schema.TextSpan} offsets refer into). Checks that read prose do
 * nothing when {@code text} is null.
 */
public record AuditSubject(Report report, @Nullable String text) {
  public AuditSubject {
    java.util.Objects.requireNonNull(report, "report");
  }

  /** The file name findings are attributed to. */
  public String file() {
    return report.sourceFile();
  }
}
