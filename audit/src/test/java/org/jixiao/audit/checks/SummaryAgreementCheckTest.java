package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.schema.Budget;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportPart;
import org.jixiao.schema.SummaryLine;
import org.junit.jupiter.api.Test;

class SummaryAgreementCheckTest {
  private static Report project(String summaryScore) {
    SummaryLine line = new SummaryLine("道路养护", new BigDecimal("500"), new BigDecimal("480"), new BigDecimal(summaryScore),
        new CellRef("t.xlsx", null, 0, 2, 1));
    Budget budget = new Budget(null, new BigDecimal("500"), new BigDecimal("480.00"), null, null, null, null, null, Map.of());
    return new Report("t.xlsx", "某县交通局", 2023, null, null, null, null, new BigDecimal("94"), new BigDecimal("100"),
        null, budget, List.of(), List.of(), null, null, null, "XLSX", Map.of(), List.of(), "道路养护", null,
        new ReportPart(2, 3, null, null, "道路", List.of(2), line));
  }

  @Test
  void aScoreTheSummaryStatesOtherwiseIsAnError() {
    List<Finding> found = new SummaryAgreementCheck().check(new AuditSubject(project("95"), ""));
    assertEquals(1, found.size());
    assertEquals(CheckId.SUMMARY_AGREEMENT, found.get(0).check());
    assertEquals("95", found.get(0).stated());
    assertEquals("94", found.get(0).recomputed());
  }

  @Test
  void agreeingFiguresGiveNothingAndFindingsNameThePart() {
    assertTrue(new SummaryAgreementCheck().check(new AuditSubject(project("94"), "")).isEmpty());
    List<Finding> all = Auditor.standard().run(new AuditSubject(project("95"), ""));
    assertTrue(all.stream().anyMatch(f -> f.check() == CheckId.SUMMARY_AGREEMENT && f.file().equals("t.xlsx#2")), all.toString());
  }
}
