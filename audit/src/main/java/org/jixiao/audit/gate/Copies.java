package org.jixiao.audit.gate;

import java.util.HashMap;
import java.util.Map;
import org.jixiao.schema.Budget;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jspecify.annotations.Nullable;

/** Copies of a report with facts removed: what the gate hands the checks. */
final class Copies {
  private Copies() {}

  static Report withBudget(Report r, @Nullable Budget budget) {
    return new Report(r.sourceFile(), r.department(), r.fiscalYear(), r.adminLevel(), r.province(),
        r.reportKind(), r.evaluator(), r.totalScore(), r.maxScore(), r.grade(), budget, r.sections(),
        r.indicators(), r.title(), r.publicationDate(), r.fileSha256(), r.format(), r.evidence(),
        r.diagnostics(), r.project(), r.implementingUnit(), r.part(), r.groupSubtotals());
  }

  /** Without the total (and its evidence) when {@code dropTotal}, without the full mark when {@code dropMax}. */
  static Report withoutScores(Report r, boolean dropTotal, boolean dropMax) {
    Map<ReportField, Evidence> evidence = new HashMap<>(r.evidence());
    if (dropTotal) {
      evidence.remove(ReportField.totalScore);
    }
    if (dropMax) {
      evidence.remove(ReportField.maxScore);
    }
    return new Report(r.sourceFile(), r.department(), r.fiscalYear(), r.adminLevel(), r.province(),
        r.reportKind(), r.evaluator(), dropTotal ? null : r.totalScore(), dropMax ? null : r.maxScore(),
        r.grade(), r.budget(), r.sections(), r.indicators(), r.title(), r.publicationDate(),
        r.fileSha256(), r.format(), evidence, r.diagnostics(), r.project(), r.implementingUnit(), r.part(),
        r.groupSubtotals());
  }
}
