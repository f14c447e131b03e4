package org.jixiao.audit.eval;

import java.util.List;
import org.jixiao.schema.Finding;

/**
 * 审计评测结果: every document's figures, the total, and what to act on: per document the expected
 * findings missed, the false alarms and the repeats. This is what {@code jixiao eval --findings
 * --json} prints.
 *
 * @param withoutExpected input files skipped for want of an expected-findings file
 * @param failed input files that could not be read or audited (scored as producing nothing)
 */
public record AuditEvaluation(
    List<AuditScore> documents,
    AuditScore total,
    List<Problems> problems,
    List<String> withoutExpected,
    List<String> failed) {
  public AuditEvaluation {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    withoutExpected = List.copyOf(withoutExpected);
    failed = List.copyOf(failed);
  }

  /** One document's misses, false alarms and repeats (documents without any are left out). */
  public record Problems(
      String file, List<ExpectedFinding> misses, List<Finding> falseAlarms, List<Finding> duplicates) {
    public Problems {
      misses = List.copyOf(misses);
      falseAlarms = List.copyOf(falseAlarms);
      duplicates = List.copyOf(duplicates);
    }
  }

  public static AuditEvaluation of(List<DocumentScore> scores, List<String> withoutExpected, List<String> failed) {
    List<Problems> problems = scores.stream()
        .filter(d -> !d.misses().isEmpty() || !d.falseAlarms().isEmpty() || !d.duplicates().isEmpty())
        .map(d -> new Problems(d.file(), d.misses(), d.falseAlarms(), d.duplicates()))
        .toList();
    return new AuditEvaluation(scores.stream().map(AuditScore::of).toList(),
        AuditScore.of("TOTAL", scores), problems, withoutExpected, failed);
  }
}
