package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/** Forms typed without merged cells (h343's ditto marks) and printed over pages with their sums carried (h341). */
class DittoMarksTest {
  @Test
  void aDittoMarkSaysWhatTheCellAboveSays() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("ditto.txt")
        .table("一级指标|二级指标|三级指标|指标值|完成值|分值|得分",
            "决策|目标设定|绩效目标合理性|合理|合理|3|3",
            "〃|〃|绩效指标明确性|明确|基本明确|3|2.5",
            "〃|预算配置|预算编制科学性|科学|科学|〃|3",
            "合计|||||9|8.5")
        .build(), null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("决策", "决策", "决策"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("目标设定", "目标设定", "预算配置"), rows.stream().map(IndicatorRow::level2).toList());
    assertEquals(0, new BigDecimal("3").compareTo(rows.get(2).weight()), "a weight said by a ditto mark");
  }

  @Test
  void aPagesSumCarriedOverABreakIsNoRow() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("carried.pdf")
        .table("一级指标|三级指标|分值|得分",
            "产出指标|培训人次|30|30",
            "本页小计||30|30",
            "过次页||30|30",
            "承前页||30|30",
            "效益指标|就业率|70|68",
            "合计||100|98")
        .build(), null);
    assertEquals(List.of("培训人次", "就业率"), r.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(0, new BigDecimal("98").compareTo(r.totalScore()));
  }
}
