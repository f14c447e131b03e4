package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/**
 * The h213 family on a form of my own: the indicator table printed sideways (labels down the first column, one
 * column per indicator, 一级/二级 merged across), below a head block, above a 总分 line.
 */
class SidewaysTableTest {
  private static Report sideways() {
    return ReportExtractor.standard().extract(DocumentFixture.named("sideways.xlsx")
        .paragraph("项目支出绩效自评表（2024年度）")
        .table("项目名称：测试县农田建设项目|<|<|主管部门：测试县农业农村局|<",
            "一级指标|产出指标|<|效益指标|<",
            "二级指标|数量指标|质量指标|社会效益指标|满意度指标",
            "三级指标|示范区面积（万亩）|技术到位率|受益农户（户）|农户满意度",
            "年度指标值|≥5|≥90%|≥3000|≥90%",
            "实际完成值|5.3|93.5%|3120|92%",
            "分值|20|20|30|30",
            "得分|20|18|30|30",
            "总分|100|98|自评等级：优|<")
        .build(), null);
  }

  @Test
  void eachColumnIsAnIndicatorRowCitingItsPrintedCells() {
    Report r = sideways();
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("示范区面积（万亩）", "技术到位率", "受益农户（户）", "农户满意度"),
        rows.stream().map(IndicatorRow::level3).toList());
    IndicatorRow quality = rows.get(1);
    assertEquals("产出指标", quality.level1(), "as printed");
    assertEquals("质量指标", quality.level2());
    assertEquals("≥90%", quality.target());
    assertEquals("93.5%", quality.actual());
    assertEquals(0, new BigDecimal("20").compareTo(quality.weight()));
    assertEquals(0, new BigDecimal("18").compareTo(quality.score()));
    CellRef score = (CellRef) quality.sources().get(IndicatorField.score);
    assertEquals(0, score.table(), "the printed table, not the upright copy");
    assertEquals(7, score.row(), "the 得分 line");
    assertEquals(2, score.col(), "the indicator's column");
    assertEquals("效益指标", rows.get(3).level1(), "a group merged across columns is merged down the rows");
  }

  @Test
  void aFirstLevelSummaryPrintedSidewaysGivesTheSections() {
    // h366's 表二: 一级指标 / 分值 / 得分 down the first column (its corner a 斜线表头), one column per group
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("summary.docx")
        .paragraph("2024年度部门整体支出绩效自评表")
        .table("一级指标 得分情况|投入|过程|产出|效益|合计", "分值|18|20|40|20|100", "得分|18|19|39.64|19|95.64")
        .table("一级指标|二级指标|三级指标|分值|得分", "投入|预算执行|预算执行率|18|18", "过程|财务管理|资金使用合规性|20|19",
            "产出|数量指标|抽检批次|40|39.64", "效益|社会效益|满意度|20|19")
        .build(), null);
    assertEquals(List.of("投入", "过程", "产出", "效益"), r.sections().stream().map(s -> s.name()).toList());
    assertEquals(0, new BigDecimal("39.64").compareTo(r.sections().get(2).score()));
    assertEquals(4, r.indicators().size(), "the summary's groups are no rows");
  }

  @Test
  void theTotalLineUnderTheTableGivesFullMarkScoreAndGrade() {
    Report r = sideways();
    assertEquals(0, new BigDecimal("98").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()));
    assertEquals(GradeLevel.EXCELLENT, r.grade());
  }

  @Test
  void aLabelValueCardIsNotSideways() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("card.docx")
        .table("三级指标|示范区面积（万亩）", "年度指标值|≥5", "实际完成值|5.3", "分值|20", "得分|20")
        .build(), null);
    assertEquals(List.of(), r.indicators().stream().filter(i -> i.level3().equals("年度指标值")).toList(),
        "one value per label: a card, whose labels are never rows");
  }
}
