package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.junit.jupiter.api.Test;

/** 小计 rows in the 二级 column: a 二级 group's when the 一级 goes on below them (h314), the 一级's when its merge ends there. */
class SecondLevelSubtotalTest {
  private static Report read(String... rows) {
    return ReportExtractor.standard().extract(DocumentFixture.named("testSubtotals.docx").table(rows).build(), null);
  }

  @Test
  void aSubtotalInsideTheFirstLevelsMergeClosesASecondLevelGroup() {
    Report r = read("一级指标|二级指标|三级指标|分值|得分",
        "决策|目标设定|绩效目标合理性|5|5",
        "^|小计|<|5|5",
        "^|预算配置|重点支出安排率|5|4",
        "^|小计|<|5|4");
    // the first closes 目标设定 inside 决策's merge; the last, though it ends the merge, closes 预算配置: 决策 prints none
    assertEquals(List.of(), r.sections().stream().map(Section::name).toList());
    assertEquals(List.of("目标设定", "预算配置"), r.indicators().stream().map(x -> x.level2()).toList());
    // each kept as its 二级 group's subtotal, under 决策, with the cell it was read from
    assertEquals(List.of("决策/目标设定 5/5", "决策/预算配置 5/4"), r.groupSubtotals().stream()
        .map(g -> g.level1() + "/" + g.level2() + " " + g.weight() + "/" + g.score()).toList());
    assertEquals(4, ((org.jixiao.schema.CellRef) r.groupSubtotals().get(1).source()).row());
  }

  @Test
  void aSubtotalEndingTheFirstLevelsMergeIsItsSection() {
    Report r = read("一级指标|二级指标|三级指标|分值|得分",
        "决策|目标设定|绩效目标合理性|5|5",
        "^|预算配置|重点支出安排率|5|4",
        "^|小计|<|10|9",
        "过程|预算执行|预算执行率|10|9.5",
        "^|小计|<|10|9.5");
    assertEquals(List.of("决策", "过程"), r.sections().stream().map(Section::name).toList());
    assertEquals(0, new java.math.BigDecimal("9").compareTo(r.sections().getFirst().score()));
    assertEquals(List.of(), r.groupSubtotals());
  }
}
