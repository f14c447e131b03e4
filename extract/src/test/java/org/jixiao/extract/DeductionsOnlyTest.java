package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/** A 评分表 printing only what each row lost (扣分), no 得分 column (h166, h281): a row's score is its 分值 less that. */
class DeductionsOnlyTest {
  private static Report read(String... rows) {
    String[] table = new String[rows.length + 1];
    table[0] = "一级指标|二级指标|三级指标|分值|年度指标值|实际完成值|扣分|扣分原因";
    System.arraycopy(rows, 0, table, 1, rows.length);
    return ReportExtractor.standard().extract(DocumentFixture.named("testDeductions.pdf").paragraph("评分表").table(table).build(), null);
  }

  @Test
  void aRowsScoreIsItsMarkLessWhatItLost() {
    Report r = read("决策|目标设定|绩效目标合理性|5|合理|合理||",
        "过程|资金管理|预算执行率|10|100%|95.6%|0.44|按执行率计分",
        "产出|数量|新建供水工程（处）|10|≥12|12|—|",
        "合计|||25|||0.44|");
    List<BigDecimal> scores = r.indicators().stream().map(IndicatorRow::score).toList();
    assertEquals(List.of(new BigDecimal("5"), new BigDecimal("9.56"), new BigDecimal("10")), scores.stream()
        .map(BigDecimal::stripTrailingZeros).map(b -> b.scale() < 0 ? b.setScale(0) : b).toList());
    assertEquals(6, ((org.jixiao.schema.CellRef) r.indicators().get(1).sources().get(IndicatorField.score)).col(),
        "the score cites the 扣分 cell");
    assertEquals(0, new BigDecimal("24.56").compareTo(r.totalScore()), "the 合计: 25 less 0.44");
  }

  @Test
  void aDeductionInWordsGivesNoScore() {
    Report r = read("决策|目标设定|绩效目标合理性|5|合理|合理|酌情|");
    assertNull(r.indicators().getFirst().score());
  }
}
