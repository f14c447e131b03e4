package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.junit.jupiter.api.Test;

/** h312: an Excel tree grid whose levels were only indentation, read as text: the group lines nest by their 分值. */
class WeightNestingTest {
  private static Report read(String... rows) {
    String[] all = new String[rows.length + 1];
    all[0] = "指标名称|年度指标值|实际完成值|分值|得分";
    System.arraycopy(rows, 0, all, 1, rows.length);
    return ReportExtractor.standard().extract(DocumentFixture.named("testTreeGrid.xlsx").table(all).build(), null);
  }

  @Test
  void groupLinesWhoseItemsMeetTheirWeightAreTheSecondLevel() {
    Report r = read("决策|||15|14.5", "目标设定|||8|7.5", "绩效目标合理性|合理|合理|4|4", "绩效指标明确性|明确|未量化|4|3.5",
        "预算配置|||7|7", "在职人员控制率|≤100%|96.8%|4|4", "“三公”经费变动率|≤0|-6.2%|3|3",
        "产出|||10|10", "产出数量|||10|10", "举办赛事（场次）|≥40|46|6|6", "文化惠民演出（场）|≥120|128|4|4");
    assertEquals(List.of("绩效目标合理性", "绩效指标明确性", "在职人员控制率", "“三公”经费变动率", "举办赛事（场次）", "文化惠民演出（场）"),
        r.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("目标设定", "目标设定", "预算配置", "预算配置", "产出数量", "产出数量"),
        r.indicators().stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("决策", "产出"), r.sections().stream().map(Section::name).toList());
  }

  @Test
  void groupLinesWhoseItemsDoNotMeetTheirWeightStayAsPrinted() {
    // 目标设定 says 8, its items add to 9: no nesting is read, nothing is dropped
    Report r = read("决策|||15|14.5", "目标设定|||8|7.5", "绩效目标合理性|合理|合理|5|4", "绩效指标明确性|明确|未量化|4|3.5",
        "预算配置|||6|7", "在职人员控制率|≤100%|96.8%|6|4");
    assertEquals(5, r.indicators().size(), r.indicators().toString());
  }
}
