package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/** The h335 family on a form of my own: 年度指标值 over 年初 | 调整后, "—" where a target was not adjusted. */
class AdjustedTargetsTest {
  @Test
  void theAdjustedTargetIsTheRowsTargetAndTheFirstOneWhereNoneIsPrinted() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("adjusted.xlsx")
        .paragraph("项目支出绩效自评表（2024年度）")
        .table("一级指标|二级指标|三级指标|计量单位|年度指标值|<|实际完成值|分值|得分",
            "^|^|^|^|年初|调整后|^|^|^",
            "产出指标|数量指标|危桥改造|座|12|10|10|50|50",
            "^|^|村道错车道建设|个|≥40|—|42|50|50")
        .build(), null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("10座", "≥40个"), rows.stream().map(IndicatorRow::target).toList());
    assertEquals(5, ((CellRef) rows.get(0).sources().get(IndicatorField.target)).col(), "the 调整后 cell");
    assertEquals(4, ((CellRef) rows.get(1).sources().get(IndicatorField.target)).col(), "the 年初 cell");
    assertEquals(List.of("10座", "42个"), rows.stream().map(IndicatorRow::actual).toList());
  }

  @Test
  void aTargetOfNoneIsPrintedNoneAndADashIsNoTarget() {
    // h450: "对周边群众生产生活的不利影响 | 无 | 无" under a 社会成本指标; a "—" cell states nothing
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("none.xlsx")
        .paragraph("项目支出绩效自评表（2024年度）")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "成本指标|社会成本指标|对周边群众生产生活的不利影响|无|无|3|3",
            "^|经济成本指标|黑木耳菌包生产单位成本|≤1.6元/袋|—|5|5")
        .build(), null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals("无", rows.get(0).target());
    assertEquals("无", rows.get(0).actual());
    assertEquals(null, rows.get(1).actual());
  }
}
