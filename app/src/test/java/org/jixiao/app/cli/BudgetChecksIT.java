package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/**
 * The budget, figure and goal checks (issue 10) end to end: read, extract and audit real held-out
 * files, each with its planted problem found once, and files whose budget blocks reconcile silent.
 */
class BudgetChecksIT {
  private static final Set<CheckId> THESE = Set.of(CheckId.SPENDING_OVER_BUDGET, CheckId.BREAKDOWN_SUM,
      CheckId.ZERO_BASE_RATE, CheckId.FIGURE_AGREEMENT, CheckId.GOAL_LABELS);

  private static List<Finding> audit(String name) {
    return HeldoutAudits.audit(name).stream().filter(f -> THESE.contains(f.check())).toList();
  }

  private static Finding only(List<Finding> found, CheckId id) {
    return HeldoutAudits.only(found, id);
  }

  @Test
  void spreadsheetBudgetTableOverspendAndTotalThatDoesNotAddUp() {
    List<Finding> found = audit("h35_zhuzhou_minzheng.xlsx");
    assertEquals(2, found.size(), found.toString());
    Finding over = only(found, CheckId.SPENDING_OVER_BUDGET);
    assertEquals("基本支出", over.indicator());
    assertTrue(over.message().contains("超 331.58 万元，执行率 117.84%"), over.message());
    Finding sum = only(found, CheckId.BREAKDOWN_SUM);
    assertEquals(Severity.ERROR, sum.severity());
    assertEquals("8112.95", sum.recomputed());
  }

  @Test
  void wordTableZeroBaseRateAndFundingLineOverspend() {
    assertEquals("100.00%", only(audit("h38_longmatan_zhujian.docx"), CheckId.ZERO_BASE_RATE).stated());
    assertEquals("上年结转资金", only(audit("h43_chibi_shuili.docx"), CheckId.SPENDING_OVER_BUDGET).indicator());
  }

  @Test
  void pdfProseAgainstTableAndGoalLabels() {
    assertEquals("99.8%", only(audit("h34_xuchang_weijian.pdf"), CheckId.FIGURE_AGREEMENT).stated());
    Finding goals = only(audit("h39_shaoxing_shichang.pdf"), CheckId.GOAL_LABELS);
    assertEquals(Severity.WARNING, goals.severity());
    List<Finding> h44 = audit("h44_zhangzhou_wenlv.pdf");
    assertEquals(Severity.INFO, only(h44, CheckId.GOAL_LABELS).severity());
    assertEquals("100%", only(h44, CheckId.ZERO_BASE_RATE).stated());
  }

  @Test
  void htmlHeadcountAndTransposedBudgetEachFoundOnce() {
    List<Finding> found = audit("h41_yulin_zhujian.html");
    assertEquals(2, found.size(), found.toString());
    assertEquals("54人", only(found, CheckId.BREAKDOWN_SUM).recomputed());
    assertEquals("5,263.40万元", only(found, CheckId.FIGURE_AGREEMENT).stated());
  }

  @Test
  void reconcilingBudgetBlocksAndSeveralReportFilesAreSilent() {
    for (String name : List.of("h33_wuhu_jiaoyu.docx", "h37_sanyuan_nongye.txt", "h18_anfu_xiangmu.docx",
        "h29_shanxi_yingji.pdf", "h52_gansu_linye.docx")) {
      assertEquals(List.of(), audit(name), name);
    }
  }
}
