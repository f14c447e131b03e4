package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.junit.jupiter.api.Test;

/**
 * The h420 family on a page of my own: a platform sets its 预算执行情况 beside its 一级指标得分, and the two are read as one
 * grid; the right-hand one is a table of its own, cited where it is printed.
 */
class SideBySideTablesTest {
  private static final String INDICATORS = "序号|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分";

  private static Report read(String... pairRows) {
    return ReportExtractor.standard().extract(DocumentFixture.named("screen.png")
        .paragraph("2024年度部门整体支出绩效自评表")
        .paragraph("预算执行情况 一级指标得分")
        .table(pairRows)
        .paragraph("绩效指标完成情况")
        .table(INDICATORS, "1|预算执行|预算执行|预算执行率|100%|95.73%|10|9.57",
            "2|产出指标|数量指标|培训人次|≥500人次|520人次|25|25", "3|产出指标|质量指标|培训合格率|≥90%|96%|25|24",
            "4|效益指标|社会效益指标|群众知晓率|≥90%|92%|30|28.88", "5|满意度指标|服务对象满意度指标|服务对象满意度|≥90%|95.9%|5|5",
            "6|满意度指标|服务对象满意度指标|职工满意度|≥90%|82.6%|5|4.59", "|合计||||||100|97.04")
        .build(), null);
  }

  @Test
  void theRightHandTableIsTheSubtotalsAndTheLeftHandOneTheBudget() {
    Report r = read("项目|年初预算数|全年预算数|全年执行数|执行率|一级指标|分值|得分",
        "合计|8,996.40|10,550.83|10,062.63|95.37%|预算执行|10|9.57",
        "其中：基本支出|3,126.40|3,208.65|3,187.24|99.33%|产出指标|50|49",
        "项目支出|5,870.00|7,342.18|6,875.39|93.64%|效益指标|30|28.88",
        "|||||满意度指标|10|9.59", "|||||合计|100|97.04");
    assertEquals(6, r.indicators().size(), "no row made of 合计 or 其中：基本支出");
    assertEquals(0, new BigDecimal("10550.83").compareTo(r.budget().adjustedBudget()));
    List<Section> sections = r.sections();
    assertEquals(List.of("预算执行", "产出指标", "效益指标", "满意度指标"), sections.stream().map(Section::name).toList());
    assertEquals(0, new BigDecimal("49").compareTo(sections.get(1).score()));
    CellRef cited = (CellRef) sections.get(1).source();
    assertEquals(0, cited.table(), "cited in the printed grid");
    assertTrue(cited.col() >= 5, "at its printed column: " + cited.col());
  }

  @Test
  void weightsPrintedBesideEachLevelAreOneTable() {
    // 一级指标 | 分值 | 二级指标 | 分值 …: a level further right, but the left part names a level too
    assertEquals(Optional.empty(), SideBySideTables.splitColumn(DocumentFixture.named("x.docx")
            .table("一级指标|分值|二级指标|分值|三级指标|分值|得分", "决策|20|项目立项|10|立项依据充分性|5|5",
                "决策|20|绩效目标|10|目标明确性|5|4", "过程|30|资金管理|15|资金到位率|5|5")
            .build().tables().getFirst(), HeaderClassifier.standard()));
  }
}
