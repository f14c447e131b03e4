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
  void aListOfUnitsResultsInAOneReportFileStatesItsScoreAgain() {
    // h471: a finance bureau's 自评结果一览表, one department's 自评表 as its 附表
    String list = "序号\t部门名称\t全年预算数\t全年执行数\t预算执行率\t自评得分\t自评等级\n"
        + "3\t某某县民政局\t6,824.50\t6,498.07\t95.22%\t88.46\t良\n"
        + "4\t某某县市场监督管理局\t2,603.40\t2,519.27\t96.77%\t94.12\t优\n"
        + "某某县市场监督管理局2024年度部门整体支出绩效自评表\n";
    Report own = new Report("t.xlsx", "某某县市场监督管理局", 2024, null, null, null, null, new BigDecimal("94.21"),
        new BigDecimal("100"), null, null, List.of(), List.of(), null, null, null, "XLSX", Map.of(), List.of(), null, null, null);
    List<Finding> found = new SummaryAgreementCheck().check(new AuditSubject(own, list));
    assertEquals(1, found.size(), found.toString());
    assertEquals("94.12", found.get(0).stated());
    assertEquals("94.21", found.get(0).recomputed());
    org.jixiao.schema.TextSpan at = (org.jixiao.schema.TextSpan) found.get(0).location();
    assertEquals("94.12", list.substring(at.start(), at.end()), "the list's own cell");
    assertTrue(new SummaryAgreementCheck().check(new AuditSubject(own, list.replace("94.12", "94.21"))).isEmpty());
    String head = "部门名称\t某某县市场监督管理局\t自评得分\t94.12\n";
    assertTrue(new SummaryAgreementCheck().check(new AuditSubject(own, head)).isEmpty(), "a form's own head block is no list");
    // h398: a flat export repeats the unit's own name on each line of its one report
    String flat = "序号\t单位名称\t全年预算数\t得分\n1\t某某县市场监督管理局\t2,603.40\t5\n2\t某某县市场监督管理局\t2,603.40\t4\n";
    assertTrue(new SummaryAgreementCheck().check(new AuditSubject(own, flat)).isEmpty(), "no list of several units");
  }

  @Test
  void agreeingFiguresGiveNothingAndFindingsNameThePart() {
    assertTrue(new SummaryAgreementCheck().check(new AuditSubject(project("94"), "")).isEmpty());
    List<Finding> all = Auditor.standard().run(new AuditSubject(project("95"), ""));
    assertTrue(all.stream().anyMatch(f -> f.check() == CheckId.SUMMARY_AGREEMENT && f.file().equals("t.xlsx#2")), all.toString());
  }
}
