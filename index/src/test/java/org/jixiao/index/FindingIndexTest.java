package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.FindingQuery;
import org.jixiao.search.FindingResults;

/** Findings indexed beside their reports: listed worst first, filtered, counted, replaced with their report. */
class FindingIndexTest {
  @TempDir Path dir;

  static Finding finding(Report r, CheckId check, Severity s, String indicator) {
    return new Finding(r.sourceFile(), check, s, Certainty.HIGH, indicator, null, "9", "8", null, indicator + " 复核不符");
  }

  @Test
  void findingsAreListedWorstFirstFilteredCountedAndReplacedWithTheirReport() throws Exception {
    List<Report> gold = GoldReports.all();
    Report a = gold.get(0);
    Report b = gold.get(1);
    try (ReportIndex idx = ReportIndex.open(dir)) {
      idx.add(a, List.of(finding(a, CheckId.ROW_SCORE, Severity.INFO, "甲"), finding(a, CheckId.TOTAL_SCORE, Severity.ERROR, "乙")));
      idx.add(b, List.of(finding(b, CheckId.ROW_SCORE, Severity.WARNING, "丙")));
      idx.commit();
      try (ReportSearcher s = idx.searcher()) {
        FindingResults all = s.findings(new FindingQuery(Severity.INFO, null, null, null, null, 0, 10));
        assertEquals(3, all.total());
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
            all.hits().stream().map(h -> h.finding().severity()).toList(), "worst first");
        assertEquals("乙", all.hits().getFirst().finding().indicator(), "the finding round-trips as JSON");
        assertEquals(ReportIndex.idOf(a), all.hits().getFirst().reportId());
        assertEquals(2L, all.byCheck().get(CheckId.ROW_SCORE.jsonName()));
        assertEquals(1L, all.bySeverity().get("ERROR"));
        assertEquals(2, s.findings(new FindingQuery(Severity.WARNING, null, null, null, null, 0, 10)).total());
        assertEquals(1, s.findings(new FindingQuery(Severity.INFO, CheckId.TOTAL_SCORE, null, null, null, 0, 10)).total());
        FindingResults inB = s.findings(new FindingQuery(Severity.INFO, null, b.province(), b.fiscalYear(), b.department(), 0, 10));
        assertEquals(1, inB.total(), "by the report's province, year and department");
        assertEquals("丙", inB.hits().getFirst().finding().indicator());
        assertEquals(1, s.findings(new FindingQuery(Severity.INFO, null, null, null, null, 2, 10)).hits().size(), "paged");
        assertEquals(2, s.reportCount(), "finding documents are not reports");
        assertTrue(s.search(SearchRequest.of("复核不符")).hits().isEmpty(), "nor are they found by text");
      }
      idx.add(a, List.of()); // re-imported without findings: its old ones go
      idx.commit();
      try (ReportSearcher s = idx.searcher()) {
        assertEquals(1, s.findings(FindingQuery.all()).total());
      }
    }
  }
}
