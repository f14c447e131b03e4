package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/**
 * Stated rates end to end (issue 10, rounds 4, 7 and 10): 得分率 columns, a budget part line's own 执行率,
 * a share above 100%, and the budget item and table-proven rate that must raise nothing.
 */
class StatedRatesIT {
  private static List<Finding> audit(String name) {
    return HeldoutAudits.audit(name);
  }

  private static Finding only(List<Finding> found, CheckId id) {
    return HeldoutAudits.only(found, id);
  }

  @Test
  void scoreRateColumnsOfASummaryAndOfAnIndicatorTable() {
    Finding pdf = only(audit("h34_xuchang_weijian.pdf"), CheckId.ARITHMETIC);
    assertEquals("产出", pdf.indicator());
    assertEquals("95.71%", pdf.recomputed());
    Finding xlsx = only(audit("h63_anshan_ziran.xlsx"), CheckId.ARITHMETIC);
    assertEquals("预算执行率", xlsx.indicator());
    assertEquals("80.00%", xlsx.recomputed());
  }

  @Test
  void aBudgetPartLineRateAndAShareAbove100() {
    Finding basic = audit("h67_yian_renshe.pdf").stream()
        .filter(f -> f.check() == CheckId.EXECUTION_RATE && "基本支出".equals(f.indicator())).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, basic.severity());
    assertEquals("99.68%", basic.recomputed());
    assertEquals("103%", only(audit("h43_chibi_shuili.docx"), CheckId.RATE_CEILING).stated());
  }

  @Test
  void theScoredBudgetStripAndAProseTypoBesideItRaiseNoRateOrWeightFinding() {
    List<Finding> h83 = audit("h83_nanxun_wenlv.docx");
    assertTrue(h83.stream().noneMatch(f -> f.check() == CheckId.EXECUTION_RATE || f.check() == CheckId.TOTAL_SCORE
        || f.check() == CheckId.ARITHMETIC), h83.toString());
    assertEquals("3000.58万元", only(h83, CheckId.FIGURE_AGREEMENT).recomputed());
    List<Finding> h84 = audit("h84_qionglai_weijian.pdf");
    assertTrue(h84.stream().noneMatch(f -> f.check() == CheckId.TOTAL_SCORE), h84.toString());
  }
}
