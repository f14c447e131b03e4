package org.jixiao.audit.eval;

import java.util.List;
import org.jixiao.schema.Finding;

/**
 * 单份文件评分: what the audit produced for one document against what was expected.
 *
 * @param matches the pairs, one-to-one
 * @param duplicates produced findings whose problem another produced finding already answers
 * @param falseAlarms produced findings that answer no expected finding
 * @param misses expected findings no produced finding answers
 */
public record DocumentScore(
    String file,
    List<Finding> produced,
    List<ExpectedFinding> expected,
    List<Match> matches,
    List<Finding> duplicates,
    List<Finding> falseAlarms,
    List<ExpectedFinding> misses) {
  public DocumentScore {
    produced = List.copyOf(produced);
    expected = List.copyOf(expected);
    matches = List.copyOf(matches);
    duplicates = List.copyOf(duplicates);
    falseAlarms = List.copyOf(falseAlarms);
    misses = List.copyOf(misses);
  }
}
