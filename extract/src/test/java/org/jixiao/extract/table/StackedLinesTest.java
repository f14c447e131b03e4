package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/**
 * The h392 family on a form of my own: one printed row per 二级, its indicators stacked a line each inside the cells
 * (Enter pressed in every cell), beside rows of one indicator.
 */
class StackedLinesTest {
  private static Report stacked(String names) {
    return ReportExtractor.standard().extract(DocumentFixture.named("stacked.docx")
        .paragraph("项目支出绩效自评表（2024年度）")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
            "产出指标|数量指标|" + names + "|≥1180公里\n≥35公里\n≥4座|1186公里\n35公里\n3座|30\n20\n20|30\n20\n15|1座受汛期影响顺延",
            "^|时效指标|路面病害处治及时率|≥95%|96%|10|10|",
            "满意度指标|服务对象满意度指标|沿线群众满意度\n客运企业满意度|≥90%\n≥85%|91.4%\n86%|10\n10|10\n10|",
            "总分|<|<|<|<|100|95|自评等级：优")
        .build(), null);
  }

  @Test
  void eachLineOfAStackedRowIsAnIndicatorCitingItsPrintedCell() {
    Report r = stacked("日常养护里程\n安全生命防护工程\n危桥改造");
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("日常养护里程", "安全生命防护工程", "危桥改造", "路面病害处治及时率", "沿线群众满意度", "客运企业满意度"),
        rows.stream().map(IndicatorRow::level3).toList());
    IndicatorRow bridges = rows.get(2);
    assertEquals("产出指标", bridges.level1());
    assertEquals("数量指标", bridges.level2());
    assertEquals("≥4座", bridges.target());
    assertEquals("3座", bridges.actual());
    assertEquals(0, new BigDecimal("15").compareTo(bridges.score()));
    CellRef score = (CellRef) bridges.sources().get(IndicatorField.score);
    assertEquals(0, score.table(), "the printed table, not the split copy");
    assertEquals(1, score.row(), "the printed row holding the three lines");
    assertEquals(6, score.col());
    assertEquals("满意度指标", rows.get(5).level1());
    assertEquals(0, new BigDecimal("95").compareTo(r.totalScore()));
  }

  @Test
  void aNameWrappedByHandBesideSingleFiguresIsOneIndicator() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("wrapped.docx")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "产出指标|数量指标|农村公路日常\n养护里程|≥1180公里|1186公里|50|50",
            "满意度指标|服务对象满意度指标|沿线群众满意度|≥90%|91.4%|50|50")
        .build(), null);
    assertEquals(List.of("农村公路日常养护里程", "沿线群众满意度"), r.indicators().stream().map(IndicatorRow::level3).toList());
  }
}
