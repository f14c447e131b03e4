package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.junit.jupiter.api.Test;

/** A summary table of 一级指标 beside the scoring table gives sections, not indicator rows. */
class GroupRowsTest {

  @Test
  void aRowNamedAsAGroupIsThatGroupsSection() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("testGroupSummary.docx")
        .table("评价指标|分值|得分|得分率", "决策|20|18|90%", "过程|80|76|95%", "合计|100|94|94%")
        .paragraph("附件：评分表")
        .table("一级指标|二级指标|三级指标|分值|得分",
            "决策|目标设定|绩效目标合理性|20|18",
            "过程|预算执行|预算执行率|80|76")
        .build(), null);
    assertEquals(List.of("绩效目标合理性", "预算执行率"), r.indicators().stream().map(IndicatorRow::level3).toList());
    Section decision = r.sections().stream().filter(s -> s.name().equals("决策")).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("18").compareTo(decision.score()));
    assertEquals(0, new BigDecimal("20").compareTo(decision.weight()));
  }
}
