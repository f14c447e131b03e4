package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/** Totals and grades printed apart from the indicator rows, in small tables of their own. */
class SummaryTablesTest {
  private static Report read(String... summary) {
    return ReportExtractor.standard().extract(DocumentFixture.named("testSummary.docx")
        .table("一级指标|二级指标|三级指标|分值|得分", "决策|目标设定|绩效目标合理性|40|38", "产出|数量指标|培训人次|60|59")
        .paragraph("合计")
        .table(summary).build(), null);
  }

  @Test
  void aClosingTableLabelledOnly项目GivesTheTotalAndTheGrade() {
    // h263: "项目 | 分值 | 得分 | 自评等级 / 合计 | 100 | 97 | 优"
    Report r = read("项目|分值|得分|自评等级", "合计|100|97|优");
    assertEquals(0, new BigDecimal("97").compareTo(r.totalScore()));
    assertEquals(GradeLevel.ofSymbol("优"), r.grade());
  }

  @Test
  void aFullMarkLabelledAloneBesideTheTotal() {
    // h378: a dataset's report fields laid out as label–value rows, the full mark a field of its own
    Report r = read("满分|100.0", "自评总分|97", "自评等级|优");
    assertEquals(0, new BigDecimal("97").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()));
  }

  @Test
  void aGradeRowWithTheScoreBesideIt() {
    // h260: "自评等级 | 优 | 自评得分97分"
    Report r = read("自评等级|优|自评得分97分");
    assertEquals(GradeLevel.ofSymbol("优"), r.grade());
  }

  @Test
  void aTotalRescaledOverTheRowsThatApplyIsTheStatedTotalAndItsBaseNoRow() {
    // h509: 不适用 rows, then under the 合计 the marks that do not apply, those that do, and the rescaled score
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("testRescaled.xlsx")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因",
            "过程|预算管理|政府采购执行率|100%|不适用|10|—|本年度未编制政府采购预算，该指标不适用",
            "产出|数量指标|培训人次|≥500人次|520人次|50|50|",
            "效益|社会效益|群众知晓率|≥90%|85%|40|37.78|宣传不足",
            "合计|||||100|87.78|实得分",
            "其中：不适用指标分值|||||10||",
            "适用指标分值合计|||||90||",
            "折算得分（实得分÷适用指标分值×100）||||||97.53|",
            "自评等级||||||优|").build(), null);
    assertEquals(3, r.indicators().size(), r.indicators().toString());
    assertEquals(null, r.indicators().get(0).score());
    assertEquals(0, new BigDecimal("97.53").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()));
    assertEquals(GradeLevel.ofSymbol("优"), r.grade());
  }

  @Test
  void aTotalWithBonusPointsStatedByItsFormulaIsTheStatedTotal() {
    // h518: a 加分项 block under the 合计, its 加分合计, then "综合得分＝指标得分＋加分＝…" in one cell
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("testBonus.docx")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因",
            "产出指标|数量指标|危桥改造|≥8座|6座|60|56.57|汛期影响",
            "效益指标|社会效益|建制村通客车率|100%|100%|40|38|",
            "合计|||||100|94.57|指标得分",
            "加分项（最高5分，加分后综合得分不超过100分）||||||加分|加分依据",
            "1.获评省级“四好农村路”示范县||||||2|通报",
            "加分合计||||||3|",
            "综合得分＝指标得分＋加分＝94.57＋3＝97.57|||||||",
            "自评等级||||||优|").build(), null);
    assertEquals(2, r.indicators().size(), r.indicators().toString());
    assertEquals(0, new BigDecimal("97.57").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()));
  }

  @Test
  void aOneRowTableOfABare合计OverAFullMarkAfterTheIndicatorsIsTheTotal() {
    // h267: "合计 | | | 100 | 97" on its own after the indicator rows
    Report r = read("合计|||100|97");
    assertEquals(0, new BigDecimal("97").compareTo(r.totalScore()));
    // not after a money table: a bare 合计 of two amounts is money
    Report money = ReportExtractor.standard().extract(DocumentFixture.named("testMoney.docx")
        .table("项目|年初预算数|全年预算数", "合计|100|97").build(), null);
    assertEquals(null, money.totalScore());
  }
}
