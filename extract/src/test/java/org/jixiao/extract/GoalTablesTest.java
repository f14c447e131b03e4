package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/**
 * A prose report with one indicator table per 年度绩效目标 (h532): each table under its goal's heading and caption, the
 * 预算执行率 scored only in a sentence and filed as a 一级 of its own in the summary table.
 */
class GoalTablesTest {
  private static DocumentFixture report(String budgetSentence) {
    return DocumentFixture.named("testGoals.html")
        .paragraph("宿松县卫生健康委员会2024年度部门整体支出绩效自评报告")
        .paragraph("二、预算执行情况")
        .paragraph("2024年度年初预算8,888.40万元，全年执行8,798.21万元，预算执行率85.78%。" + budgetSentence)
        .paragraph("（一）目标一：提升基本公共卫生服务均等化水平")
        .paragraph("全年为辖区老年人、儿童、慢性病患者提供基本公共卫生服务。")
        .paragraph("表2　目标一：提升基本公共卫生服务均等化水平指标完成情况")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "产出指标|数量指标|家庭医生签约服务人数|≥24万人|20.4万人|50|42.5",
            "小计|小计|小计|小计|小计|50|42.5")
        .paragraph("（二）目标二：提高群众就医获得感和满意度")
        .paragraph("表3　目标二：提高群众就医获得感和满意度指标完成情况")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "满意度指标|服务对象满意度|门诊患者满意度|≥90%|91.5%|40|40",
            "小计|小计|小计|小计|小计|40|40")
        .paragraph("表4　一级指标得分汇总")
        .table("一级指标|分值|得分", "预算执行|10|8.58", "产出指标|50|42.5", "满意度指标|40|40", "合计|100|91.08");
  }

  private static IndicatorRow row(Report r, String name) {
    return r.indicators().stream().filter(x -> x.level3().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " in " + r.indicators()));
  }

  @Test
  void eachTablesRowsServeTheGoalItsHeadingNames() {
    Report r = ReportExtractor.standard().extract(report("").build(), null);
    assertEquals("目标一：提升基本公共卫生服务均等化水平", row(r, "家庭医生签约服务人数").goal());
    assertEquals("目标二：提高群众就医获得感和满意度", row(r, "门诊患者满意度").goal());
  }

  @Test
  void anIndicatorScoredInASentenceIsTheRowOfASectionNoTableRowFills() {
    Report r = ReportExtractor.standard().extract(report("预算执行率指标分值10分，按“执行率×分值”计得8.58分。").build(), null);
    IndicatorRow budget = row(r, "预算执行率");
    assertEquals("预算执行", budget.level1());
    assertEquals(0, new BigDecimal("10").compareTo(budget.weight()));
    assertEquals(0, new BigDecimal("8.58").compareTo(budget.score()));
    assertEquals("85.78%", budget.actual());
    assertNull(budget.goal());
    // at other points than the section's, the sentence's indicator is not taken
    Report other = ReportExtractor.standard().extract(report("预算执行率指标分值10分，按“执行率×分值”计得8.85分。").build(), null);
    assertTrue(other.indicators().stream().noneMatch(x -> x.level3().equals("预算执行率")), other.indicators().toString());
  }
}
