package org.jixiao.audit.gate;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.schema.Diagnostic;
import org.jixiao.schema.Report;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * The report as the checks may see it, with the facts withheld so far and why.
 *
 * @param report the report without the facts that failed
 * @param diagnostics one {@link WarningCode#IMPLAUSIBLE_FACT} per withheld fact or family of facts
 */
public record Gated(Report report, List<Diagnostic> diagnostics) {
  public Gated {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Nothing withheld yet. */
  public static Gated of(Report report) {
    return new Gated(report, List.of());
  }

  /** This state with {@code cleaned} in place of the report, and the reason it was cleaned. */
  Gated withhold(Report cleaned, String message, @Nullable SourceRef where) {
    List<Diagnostic> more = new ArrayList<>(diagnostics);
    more.add(new Diagnostic(WarningCode.IMPLAUSIBLE_FACT, message, where));
    return new Gated(cleaned, more);
  }
}
