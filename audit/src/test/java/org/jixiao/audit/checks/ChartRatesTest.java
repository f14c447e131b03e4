package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.junit.jupiter.api.Test;

/** h313: the 一级 groups' scores and rates printed only as a bar chart's data labels, under a caption naming 得分率. */
class ChartRatesTest {
  private static final IndicatorRow[] ROWS = {
      IndicatorRow.of(null, null, "产出", null, "新建工程", null, null, new BigDecimal("20"), new BigDecimal("19.24")),
      IndicatorRow.of(null, null, "产出", null, "验收合格率", null, null, new BigDecimal("20"), new BigDecimal("19")),
      IndicatorRow.of(null, null, "效益", null, "普及率", null, null, new BigDecimal("25"), new BigDecimal("22.01"))};

  private static List<Finding> check(String text) {
    List<Finding> out = new ArrayList<>();
    new ArithmeticCheck().check(RuleTestRows.subject(null, text, ROWS)).forEach(out::add);
    return out;
  }

  @Test
  void aRateLabelAgainstItsGroupsRowsAndARateThatFollowsAMisprintedGroupScore() {
    String charts = "各一级指标分值及得分情况见图1，得分率见图2。\n分值 得分\n4040 38.42\n25\n22.01\n决策 过程 产出 效益\n"
        + "图1 一级指标分值及得分情况\n产出 96.05%\n效益 88.40%\n0% 20% 40% 60% 80% 100%\n图2 一级指标得分率\n";
    List<Finding> found = check(charts);
    assertEquals(2, found.size(), found.toString());
    assertEquals("38.42", found.get(0).stated(), "96.05% is 38.42 ÷ 40: the chart's score is what differs from the rows");
    assertEquals("38.24", found.get(0).recomputed());
    assertEquals("88.40%", found.get(1).stated());
    assertEquals("88.04%", found.get(1).recomputed());
    // right labels, or labels under no 得分率 caption: silent
    assertTrue(check(charts.replace("96.05%", "95.60%").replace("88.40%", "88.04%")).isEmpty());
    assertTrue(check(charts.replace("图2 一级指标得分率", "图2 一级指标完成情况")).isEmpty());
  }
}
