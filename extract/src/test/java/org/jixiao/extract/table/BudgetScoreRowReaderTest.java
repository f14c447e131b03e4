package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.junit.jupiter.api.Test;

/** The scored budget line of a self-evaluation table's head block (部门预算金额 | 分值 | 得分). */
class BudgetScoreRowReaderTest {

  private static List<IndicatorRow> rows(String... table) {
    ParsedDocument doc = DocumentFixture.named("testBudgetRow.docx").table(table).build();
    ReportDraft draft = new ReportDraft(doc.fileName());
    return TableIndicatorExtractor.standard().extract(doc, draft).rows().stream().map(RowCandidate::row).toList();
  }

  @Test
  void theBudgetLineIsAScoredRowWithTheRateAsActual() {
    List<IndicatorRow> rows = rows(
        "部门名称|某某县自然资源局|<|<|<|<",
        "|年初预算数|全年执行数|分值|执行率|得分",
        "部门预算金额（万元）|705.92|690.11|10|97.76%|9.78",
        "其中：基本支出|203.03|203.03||100%|",
        "一级指标|二级指标|三级指标|分值|得分|<",
        "产出指标|数量指标|培训人次|10|10|<");
    assertEquals(2, rows.size());
    IndicatorRow budget = rows.get(0);
    assertEquals("部门预算金额", budget.level3(), "the unit note is not part of the name");
    assertEquals(new BigDecimal("10"), budget.weight());
    assertEquals(new BigDecimal("9.78"), budget.score());
    assertEquals("97.76%", budget.actual());
    assertNull(budget.level1());
    assertEquals(ExtractionMethod.TABLE, budget.method());
    assertEquals("培训人次", rows.get(1).level3());
  }

  @Test
  void theBudgetLinesCodeFromTheHeadsCodeColumn() {
    // h495: "编号 | 项目资金（万元） | …" over "ZJ-1 | 年度资金总额 | …": the code a rules sheet keys the line by
    List<IndicatorRow> rows = rows(
        "编号|项目资金（万元）|年初预算数|全年预算数|全年执行数|执行率|分值|得分",
        "ZJ-1|年度资金总额|2,860.00|2,936.40|2,871.25|97.78%|10|9.87",
        "|其中：中央财政补助资金|1,980.00|1,980.00|1,962.38|99.11%|—|—",
        "指标编号|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
        "CC1-1|产出指标|数量指标|居民电子健康档案建档率|≥90%|92.6%|7|7");
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("年度资金总额", rows.get(0).level3());
    assertEquals("ZJ-1", rows.get(0).code());
    assertEquals("CC1-1", rows.get(1).code());
  }

  @Test
  void aRateLineWithItsTargetActualAndABare分值BeforeWeightAndScore() {
    // h476: a 社会保险基金's form prints its scored rate as one line of the head block
    List<IndicatorRow> rows = rows(
        "基金名称|某某县城乡居民基本养老保险基金|<|<|<|<|<|<",
        "预算执行|基金支出预算执行率|≥95%|99.46%|分值|10|9.95|得分＝执行率×10",
        "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|<",
        "产出指标|数量指标|参保人数|≥16.5万人|16.82万人|8|8|<");
    assertEquals(2, rows.size(), rows.toString());
    IndicatorRow rate = rows.get(0);
    assertEquals("基金支出预算执行率", rate.level3());
    assertEquals("≥95%", rate.target());
    assertEquals("99.46%", rate.actual());
    assertEquals(new BigDecimal("10"), rate.weight());
    assertEquals(new BigDecimal("9.95"), rate.score());
    assertEquals("得分＝执行率×10", rate.rule());
  }

  @Test
  void aHeadWhoseUnitsStandOnASecondLineStillScoresTheLineUnderIt() {
    // h232's family: "项目资金 | 年初预算数 | … | 分值 | 执行率 | 得分" over "^ | （万元） | … | （分） | （%） | （分）"
    List<IndicatorRow> rows = rows(
        "项目名称|某某区公共文化服务项目|<|<|<|<|<",
        "项目资金|年初预算数|全年预算数|全年执行数|分值|执行率|得分",
        "^|（万元）|（万元）|（万元）|（分）|（%）|（分）",
        "年度资金总额|680.00|745.00|711.26|10|95.47|9.8",
        "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
        "产出指标|数量指标|送戏下乡演出场次|≥120场|126场|8|8");
    assertEquals(List.of("年度资金总额", "送戏下乡演出场次"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(new BigDecimal("10"), rows.get(0).weight());
    assertEquals(new BigDecimal("9.8"), rows.get(0).score());
  }

  @Test
  void aColumnPrintingScoreAndWeightTogetherIsReadInItsHeadersOrder() {
    // h169's family: "得分/分值" over "9.64/10" in the fund block and "6/5" on the indicator rows
    List<IndicatorRow> rows = rows(
        "项目名称|某某县农村户厕改造专项资金|<|<|<|<",
        "资金情况（元）|<|<|<|<|<",
        "年初预算数|全年预算数|全年执行数|执行率|得分/分值|备注",
        "3,600,000.00|3,850,000.00|3,712,400.00|96.43%|9.64/10|得分=执行率×10",
        "指标类别|指标名称|年度目标值|实际完成值|得分/分值|偏差原因",
        "产出指标|改造农村户厕|≥2400户|2400户|10/10|",
        "^|新建农村公共厕所|≥30座|27座|8/8|",
        "效益指标|改厕长效管护机制|建立|基本建立|6/8|部分乡镇管护队伍未配齐",
        "^|问题厕所整改率|100%|100%|6/5|",
        "自评总分|<|<|<|96.64/100|自评结论：优");
    assertEquals(List.of("执行率", "改造农村户厕", "新建农村公共厕所", "改厕长效管护机制", "问题厕所整改率"),
        rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(new BigDecimal("10"), rows.get(0).weight());
    assertEquals(new BigDecimal("9.64"), rows.get(0).score());
    assertEquals(new BigDecimal("8"), rows.get(3).weight(), "the figure after the slash is the weight");
    assertEquals(new BigDecimal("6"), rows.get(3).score());
    assertEquals("效益指标", rows.get(4).level1());
    assertEquals("100%", rows.get(4).target());
    assertEquals(new BigDecimal("6"), rows.get(4).score(), "as printed, over its weight of 5");
  }

  @Test
  void consecutiveWeightedLinesAreRowsAndAnUnscoredSubLineEndsTheBlock() {
    List<IndicatorRow> rows = rows(
        "|预算数|执行数|执行率|分值|得分",
        "年度资金总额（元）|1200000|1180000|98.3%|10|9.8",
        "预算执行进度|<|<|<|5|4.5",
        "其中：财政拨款|1200000|1180000|98.3%||",
        "资金使用合规性|<|<|<|5|5");
    assertEquals(List.of("年度资金总额", "预算执行进度"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(new BigDecimal("4.5"), rows.get(1).score());
  }

  @Test
  void bareScoreWordsPairedInAFundBlockAreItsRowNamedByItsRateLabel() {
    // h159's family: the fund block's lines are label | value pairs, its score a pair of bare 分值 and 得分
    List<IndicatorRow> rows = rows(
        "项目名称|某某项目|<|<|<|<",
        "资金执行情况（万元）|年初预算数|1,080.00|全年预算数|1,200.00|<",
        "^|全年执行数|1,152.00|预算执行率|96.50%|<",
        "^|分值|10|得分|9.6|<",
        "一级指标|二级指标|三级指标|分值|得分|<",
        "产出指标|数量指标|湿垃圾日均分出量|10|10|<");
    assertEquals(List.of("预算执行率", "湿垃圾日均分出量"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(new BigDecimal("9.6"), rows.get(0).score());
    assertEquals("96.50%", rows.get(0).actual());
    // a block labelled by the fund line itself (h165: 年度资金总额) names the row
    List<IndicatorRow> named = rows(
        "年度资金总额|全年预算数|5,200,000.00|<|全年执行数|4,992,000.00|<",
        "^|执行率|96.90%|分值|10|得分|9.6",
        "一级指标|二级指标|三级指标|分值|得分|<|<",
        "产出指标|数量指标|除险加固小型水库|10|10|<|<");
    assertEquals("年度资金总额", named.getFirst().level3());
    // the same pair outside a fund block (a block of other figures) is no budget row
    List<IndicatorRow> other = rows(
        "项目概况|服务人数|1,200|完成率|96.50%|<",
        "^|分值|10|得分|9.6|<",
        "一级指标|二级指标|三级指标|分值|得分|<",
        "产出指标|数量指标|湿垃圾日均分出量|10|10|<");
    assertEquals(List.of("湿垃圾日均分出量"), other.stream().map(IndicatorRow::level3).toList());
  }

  @Test
  void aHeadBlockWithoutScoreColumnsGivesNoRow() {
    List<IndicatorRow> rows = rows(
        "|年初预算数|全年预算数|全年执行数|执行率",
        "部门预算金额|705.92|705.92|690.11|97.76%");
    assertEquals(List.of(), rows);
  }

  @Test
  void aStripOfFiguresWithoutALabelIsNamedByItsRateColumn() {
    List<IndicatorRow> rows = rows(
        "年初预算数（万元）|全年预算数（万元）|全年执行数（万元）|资金执行率|分值|得分",
        "512.40|540.00|521.64|96.60%|10|9.66");
    assertEquals(1, rows.size());
    assertEquals("资金执行率", rows.get(0).level3());
    assertEquals("96.60%", rows.get(0).actual());
    assertEquals(new BigDecimal("9.66"), rows.get(0).score());
  }

  @Test
  void aFundBlockOfLabelValuePairsScoresItsExecutionOnOneLine() {
    List<IndicatorRow> rows = rows(
        "项目名称|乡村道路养护|<|<",
        "年初预算数（元）|820,000.00|全年预算数（元）|800,000.00",
        "全年执行数（元）|776,000.00|执行率|97.00%",
        "资金执行分值|10|资金执行得分|9.7",
        "一级指标|二级指标|三级指标|分值|得分|<",
        "产出指标|数量指标|养护里程|10|10|<");
    assertEquals(List.of("资金执行", "养护里程"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals("97.00%", rows.get(0).actual());
    assertEquals(new BigDecimal("10"), rows.get(0).weight());
    assertEquals(new BigDecimal("9.7"), rows.get(0).score());
  }

  @Test
  void pairsThatScoreNoBudgetGiveNoRow() {
    List<IndicatorRow> rows = rows(
        "项目名称|乡村道路养护|<|<",
        "群众满意度分值|10|群众满意度得分|9");
    assertEquals(List.of(), rows);
  }
}
