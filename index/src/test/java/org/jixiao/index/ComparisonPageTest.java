package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.index.bench.SyntheticReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jixiao.search.Filters;
import org.jixiao.search.compare.ComparisonRow;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.IndicatorComparison;

/** A page of a comparison is the same rows in the same order as the slice of the whole one, whichever the sort. */
class ComparisonPageTest {
  @TempDir static Path dir;
  static String indicator;

  @BeforeAll
  static void index() throws IOException {
    SyntheticReports synthetic = new SyntheticReports(7);
    try (ReportIndex idx = ReportIndex.open(dir)) {
      for (int i = 0; i < 400; i++) {
        idx.add(synthetic.report(i), List.of());
        if (i % 97 == 0) {
          idx.commit(); // several segments: pages cross them
        }
      }
      idx.commit();
    }
    indicator = synthetic.templateNames().getFirst();
  }

  @Test
  void everyPageIsTheSliceOfTheWholeComparison() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      for (String name : List.of(indicator, "预算执行率")) {
        for (ComparisonField field : new ComparisonField[] {null, ComparisonField.YEAR, ComparisonField.DEPARTMENT,
            ComparisonField.SCORE, ComparisonField.WEIGHT, ComparisonField.SCORE_RATE, ComparisonField.PROVINCE}) {
          for (boolean desc : new boolean[] {false, true}) {
            IndicatorComparison whole = s.compare(name, Filters.none());
            whole = field == null ? whole : whole.sorted(field, desc);
            assertTrue(whole.rows().size() > 50, name + ": " + whole.rows().size());
            for (int offset : new int[] {0, 37, whole.rows().size() - 10, whole.rows().size() + 5}) {
              IndicatorComparison.Page page = s.compare(name, Filters.none(), field, desc, offset, 25);
              List<ComparisonRow> want = whole.rows().subList(Math.min(offset, whole.rows().size()),
                  Math.min(offset + 25, whole.rows().size()));
              assertEquals(whole.rows().size(), page.total(), name + " " + field + " " + desc);
              assertEquals(want, page.comparison().rows(), name + " " + field + " " + desc + " @" + offset);
              assertEquals(whole.key(), page.comparison().key());
            }
          }
        }
      }
    }
  }

  @Test
  void aTextMatchIsPagedFromTheWholeComparison() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      IndicatorComparison whole = s.compare("执行", Filters.none());
      IndicatorComparison.Page page = s.compare("执行", Filters.none(), null, false, 3, 5);
      assertEquals(IndicatorComparison.Match.TEXT, page.comparison().match());
      assertEquals(whole.rows().subList(3, Math.min(8, whole.rows().size())), page.comparison().rows());
    }
  }
}
