package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.junit.jupiter.api.Test;

/**
 * The h398 family on an export of my own: one row per indicator, each repeating the unit's name, the year, a budget
 * figure, the full mark, the total and the grade beside the indicator's own cells.
 */
class FlatExportsTest {
  private static final String HEADER = "序号|单位名称|评价年度|全年预算数（万元）|一级指标|三级指标|指标值|实际完成值|分值|得分|满分|自评总分|自评等级";

  private static String row(int n, String level1, String name, String score) {
    return n + "|某某县测试局|2024|1,280.00|" + level1 + "|" + name + "|≥90%|95%|10|" + score + "|100|98.5|优";
  }

  @Test
  void theRepeatedFieldsAreTheReportsAndTheRestItsRows() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("export.xlsx")
        .paragraph("部门整体支出绩效自评明细表（2024年度）")
        .table(HEADER, row(1, "决策", "目标设定合理性", "10"), row(2, "过程", "资金使用合规性", "10"),
            row(3, "产出", "培训人次", "9.5"), row(4, "产出", "培训合格率", "10"), row(5, "效益", "群众知晓率", "9"),
            row(6, "满意度", "服务对象满意度", "10"))
        .build(), null);
    assertEquals("某某县测试局", r.department());
    assertEquals(2024, r.fiscalYear());
    assertEquals(0, new BigDecimal("98.5").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()));
    List<IndicatorRow> rows = r.indicators();
    assertEquals(6, rows.size());
    assertEquals(0, BigDecimal.TEN.compareTo(rows.get(2).weight()), "分值, not the 满分 beside the total");
    assertNull(rows.get(2).code());
    CellRef total = (CellRef) r.evidence().get(ReportField.totalScore).source();
    assertEquals(0, total.table(), "cited in the printed table");
    assertEquals(1, total.row(), "the first data row");
    assertEquals(11, total.col(), "under 自评总分");
  }

  @Test
  void aShortTableOrAColumnTheRowsShareInsideTheirRunIsNoExport() {
    // every 分值 is 10 and every 指标值 ≥90%: inside the run of varying columns, so the indicators' own
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("table.docx")
        .table("序号|一级指标|三级指标|指标值|实际完成值|分值|得分",
            "1|产出|培训人次|≥90%|95%|10|9.5", "2|产出|培训合格率|≥90%|96%|10|10", "3|效益|群众知晓率|≥90%|92%|10|9",
            "4|效益|政策知晓率|≥90%|93%|10|10", "5|满意度|服务对象满意度|≥90%|97%|10|10")
        .build(), null);
    assertEquals(5, r.indicators().size());
    assertEquals(0, BigDecimal.TEN.compareTo(r.indicators().get(0).weight()));
  }
}
