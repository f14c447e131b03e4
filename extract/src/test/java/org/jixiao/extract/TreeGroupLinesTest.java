package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.junit.jupiter.api.Test;

/** A tree laid out as level columns (h283): the 一级 and 二级 lines are groups, the 一级 ones sections, never indicators. */
class TreeGroupLinesTest {
  @Test
  void groupLinesCarryTheirGroupsSubtotalsAndNameTheRowsBelow() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("testTree.txt")
        .table("一级指标|二级指标|三级指标|指标值|完成值|分值|得分",
            "决策|||||15|14.5",
            "|目标设定||||8|7.5",
            "||绩效目标合理性|合理|合理|4|4",
            "||绩效指标明确性|明确|基本明确|4|3.5",
            "|预算配置||||7|7",
            "||在职人员控制率|≤100%|95.7%|3|3",
            "||结转结余率|≤10%|5.27%|4|4")
        .build(), null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("绩效目标合理性", "绩效指标明确性", "在职人员控制率", "结转结余率"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals("决策", rows.get(2).level1());
    assertEquals("预算配置", rows.get(2).level2());
    Section decision = r.sections().stream().filter(s -> s.name().equals("决策")).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("14.5").compareTo(decision.score()));
    assertEquals(0, new BigDecimal("15").compareTo(decision.weight()));
  }
}
