package org.jixiao.extract.draft;

import java.util.List;
import org.jixiao.schema.ExtractionMethod;

/**
 * 候选行: the indicator rows one {@link IndicatorStrategy} read from a document, in document order.
 * Every row carries the strategy's method (checked here), so the report says of each row which
 * strategy produced it.
 */
public record Candidates(ExtractionMethod method, List<RowCandidate> rows) {
  public Candidates {
    rows = List.copyOf(rows);
    for (RowCandidate c : rows) {
      if (c.row().method() != method) {
        throw new IllegalArgumentException(
            "a " + method + " strategy returned a " + c.row().method() + " row: '" + c.row().level3() + "'");
      }
    }
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
