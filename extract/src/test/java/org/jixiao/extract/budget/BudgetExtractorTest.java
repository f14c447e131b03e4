package org.jixiao.extract.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.TextSpan;
import org.junit.jupiter.api.Test;

class BudgetExtractorTest {
  private static final BudgetExtractor EXTRACTOR = new BudgetExtractor();

  private static Budget budget(ParsedDocument doc) {
    Budget b = EXTRACTOR.extract(doc, new ReportDraft(doc.fileName()));
    return b == null ? new Budget(null, null, null, null, null, null, null, null, null) : b;
  }

  private static Budget table(String... rows) {
    return budget(DocumentFixture.named("testBudget.docx").table(rows).build());
  }

  /** Compares by value: 705.92 and 705.920 are the same amount. */
  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
  }

  @Test
  void twoFiguresInOneCellUnderAHeaderNamingTwoMeasuresAreReadApart() {
    // h297's family: a fund line's "全年执行数/执行率" printed in one cell
    Budget b = table(
        "项目资金（万元）||年初预算数|全年预算数|分值|得分|全年执行数/执行率",
        "^|年度资金总额|800.00|850.00|10|9.6|816.34/96.04%");
    assertAmount("850.00", b.adjustedBudget());
    assertAmount("816.34", b.expenditure());
    assertAmount("96.04", b.executionRate());
  }

  @Test
  void anIncomeBlockAboveTheSpendingBlockLabelsNoneOfItsColumns() {
    // h504: 收入预算执行情况 (实际收入数 | 收入完成率) above 支出预算执行情况 in the same sheet: the parts' spending is read
    Budget b = table(
        "一、收入预算执行情况|年初预算数|全年预算数|实际收入数|收入完成率",
        "收入合计|9,060.00|9,620.50|9,853.70|102.42%",
        "其中：财政拨款收入|5,860.00|6,420.50|6,420.50|100.00%",
        "其他收入|0.00|0.00|48.60|100.00%",
        "二、支出预算执行情况|年初预算数|全年预算数|全年执行数|执行率",
        "支出合计|9,060.00|9,620.50|9,298.51|96.65%",
        "其中：基本支出|5,310.00|5,480.20|5,412.36|98.76%",
        "项目支出|3,750.00|4,140.30|3,886.15|93.86%");
    assertAmount("9298.51", b.expenditure());
    assertAmount("5412.36", b.basicExpenditure());
    assertAmount("3886.15", b.projectExpenditure());
    assertAmount("4140.30", b.projectBudget());
  }

  @Test
  void aSubsidyPolicysFundsAreAllocatedAndPaidOut() {
    // h466: a policy evaluation's 下达 and 发放, in its table and in its sentence
    Budget b = table(
        "资金来源|下达资金|实际发放|发放率",
        "2024年中央耕地地力保护补贴资金|9,526.80|9,492.47|99.64%",
        "上年结余资金|315.80|313.88|99.39%",
        "合计|9,842.60|9,806.35|99.63%");
    assertAmount("9842.60", b.adjustedBudget());
    assertAmount("9806.35", b.expenditure());
    assertAmount("99.63", b.executionRate());
    Budget said = budget(DocumentFixture.named("testPolicy.pdf")
        .paragraph("2024年全县下达补贴资金9,842.60万元，实际发放9,806.35万元，资金发放率99.63%，详见表1。").build());
    assertAmount("9842.60", said.adjustedBudget());
    assertAmount("9806.35", said.expenditure());
    assertAmount("99.63", said.executionRate());
    assertNull(budget(DocumentFixture.named("testPolicy.pdf").paragraph("全年实际发放补贴9,806.35万元。").build()).expenditure(),
        "a payment alone, with no allocation before it, is no budget's spending");
  }

  @Test
  void aPppProjectsGovernmentPayments() {
    // h474: 付费项目 | 年度预算数 | 付费系数 | 实际支付数 | 支付率
    Budget b = table(
        "付费项目|年度预算数|付费系数|实际支付数|支付率",
        "可用性服务费|2,180.00|—|2,180.00|100.00%",
        "运维绩效服务费|1,460.00|98%|1,403.80|96.15%",
        "合计|3,640.00|—|3,583.80|98.46%");
    assertAmount("3640.00", b.adjustedBudget());
    assertAmount("3583.80", b.expenditure());
    assertAmount("98.46", b.executionRate());
  }

  @Test
  void aBilingualFormsLabelsAreReadByTheirChinese() {
    // h408: every label of a 青海 form printed in Tibetan before the Chinese, the longest beyond a label's usual length
    Budget b = table(
        "ལོ་འཁོར་སྔོན་རྩིས་ལག་བསྟར་གནས་ཚུལ།年度预算执行情况（万元）|རྣམ་གྲངས།项目|ལོ་འགོའི་སྔོན་རྩིས་གྲངས།年初预算数"
            + "|ལོ་ཧྲིལ་པོའི་སྔོན་རྩིས་གྲངས།全年预算数|ལོ་ཧྲིལ་པོའི་ལག་བསྟར་གྲངས།全年执行数|ལག་བསྟར་ཚད།执行率",
        "^|ལོ་འཁོར་མ་དངུལ་བསྡོམས།年度资金总额|3,370.00|3,987.05|3,931.66|98.61%",
        "^|རྣམ་གྲངས་ཀྱི་འགྲོ་སོང་།项目支出|2,020.00|2,584.30|2,613.46|101.13%");
    assertAmount("3987.05", b.adjustedBudget());
    assertAmount("3931.66", b.expenditure());
    assertAmount("2584.30", b.projectBudget());
    assertAmount("2613.46", b.projectExpenditure());
  }

  @Test
  void aLineNamingItsOwnUnitIsReadInThatUnit() {
    // h309: a 单位 column, the 项目支出 line in 亿元 beside lines in 万元
    Budget b = table(
        "项　　目|单位|年初预算数|全年预算数|全年执行数|执行率",
        "部门支出合计|万元|924,080.60|1,003,170.35|970,061.78|96.70%",
        "其中：基本支出|万元|37,980.60|38,642.35|38,215.78|98.90%",
        "项目支出|亿元|88.6100|96.4528|93.1846|96.61%");
    assertAmount("1003170.35", b.adjustedBudget());
    assertAmount("964528", b.projectBudget());
    assertAmount("931846", b.projectExpenditure());
    assertAmount("38215.78", b.basicExpenditure());
  }

  @Test
  void theYearBeforePrintedBesideThisYearsFiguresIsNotTheBudget() {
    // h291's family: 2023 (上年) and 2024 (本年) columns side by side, measures down the rows
    Budget b = table(
        "项目|2023年度（上年）|2024年度（本年）|<|<",
        "^|合计|合计|其中：基本支出|其中：项目支出",
        "年初预算数|31,862.40|33,600.30|21,460.30|12,140.00",
        "全年预算数|33,015.70|35,725.40|21,738.90|13,986.50",
        "全年执行数|31,204.66|34,523.83|21,602.15|12,921.68",
        "预算执行率|94.51%|96.64%|99.37%|92.39%");
    assertAmount("33600.30", b.initialBudget());
    assertAmount("35725.40", b.adjustedBudget());
    assertAmount("34523.83", b.expenditure());
    assertAmount("96.64", b.executionRate());
    assertAmount("12921.68", b.projectExpenditure());
  }

  @Test
  void aMoneyBlockBelowTheIndicatorsIsTheBudget() {
    // h170's family: the indicators first, then "附：部门预算执行情况" with its own heading row
    Budget b = table(
        "序号|二级指标|三级指标|权重|年度目标值|实际完成值|得分",
        "1|预算配置|在职人员控制率|4|≤100%|97.4%|4",
        "2|预算执行|预算执行率|10|100%|99.28%|9.93",
        "合计|<|<|100|||96.93",
        "附：部门预算执行情况（单位：万元）|<|<|<|<|<|<",
        "支出类别|<|年初预算|调整预算|实际支出|<|执行率",
        "基本支出|<|2,136.50|2,210.80|2,246.35|<|101.61%",
        "项目支出|<|418.00|652.40|596.17|<|91.38%",
        "合计|<|2,554.50|2,863.20|2,842.52|<|99.28%");
    assertAmount("2554.50", b.initialBudget());
    assertAmount("2863.20", b.adjustedBudget());
    assertAmount("2842.52", b.expenditure());
    assertAmount("99.28", b.executionRate());
    assertAmount("2210.80", b.basicBudget());
    assertAmount("596.17", b.projectExpenditure());
  }

  @Test
  void aFormulaWrittenInATableCell() {
    // h181: the budget block's last line is the rate's formula across the table
    Budget b = table(
        "项目|年初预算数|全年预算数|全年执行数",
        "部门预算合计|12,852.00|13,644.75|13,260.67",
        "预算执行率=全年执行数÷全年预算数×100%=13,260.67÷13,644.75×100%=97.91%|<|<|<");
    assertAmount("97.91", b.executionRate());
  }

  @Test
  void aFormulaWithItsWordsAndItsFiguresEndsInTheRate() {
    Budget b = budget(DocumentFixture.named("testFormula.txt").paragraph(
        "预算执行率=实际支出÷全年预算×100%=1,286.40÷1,352.00×100%=96.15%。").build());
    assertAmount("96.15", b.executionRate());
  }

  @Test
  void aBudgetNotAdjustedDuringTheYearAndSpendingSoFar() {
    // h217, a mid-year evaluation: the year's budget is the initial one, as the sentence says; 累计支出 is the spending
    Budget b = budget(DocumentFixture.named("testMidYear.txt").paragraph(
        "项目年初预算3,860.00万元，年内未调整。截至2024年6月30日，累计支出2,215.64万元，预算执行率57.40%。").build());
    assertAmount("3860", b.initialBudget());
    assertAmount("3860", b.adjustedBudget());
    assertAmount("2215.64", b.expenditure());
    assertAmount("57.40", b.executionRate());
  }

  @Test
  void fundsSetAtTheYearsStartAndAddedLater() {
    // h536: a 市级 fund's initial allocation, its mid-year addition and the year's budget
    Budget b = budget(DocumentFixture.named("testFund.txt").paragraph(
        "2024年市级财政年初安排专项资金1,800.00万元，年中追加200.00万元，全年预算2,000.00万元。").build());
    assertAmount("1800", b.initialBudget());
    assertAmount("2000", b.adjustedBudget());
  }

  @Test
  void aWholePeriodsBudgetAddedUpOverItsYears() {
    // h526, an evaluation of a project's whole 2022—2024 period
    Budget b = budget(DocumentFixture.named("testPeriod.txt").paragraph(
        "项目实施期累计安排预算2,980.00万元，累计支出2,861.37万元。").build());
    assertAmount("2980", b.adjustedBudget());
    assertAmount("2861.37", b.expenditure());
  }

  @Test
  void measuresAcrossTheTop() {
    Budget b = table(
        "项目|年初预算数|全年预算数|全年执行数|执行率",
        "部门预算金额|700|705.92|690.1|97.76%",
        "其中：基本支出|200|203.03|203.03|100%",
        "项目支出|500|502.89|487.07|96.86%");
    assertAmount("700", b.initialBudget());
    assertAmount("705.92", b.adjustedBudget());
    assertAmount("690.1", b.expenditure());
    assertAmount("97.76", b.executionRate());
    assertAmount("203.03", b.basicBudget());
    assertAmount("203.03", b.basicExpenditure());
    assertAmount("502.89", b.projectBudget());
    assertAmount("487.07", b.projectExpenditure());
    assertEquals("705.92", b.evidence().get(BudgetField.adjustedBudget).text());
    assertEquals(new CellRef("testBudget.docx", 1, 0, 1, 2), b.evidence().get(BudgetField.adjustedBudget).source());
    assertEquals(ExtractionMethod.TABLE, b.evidence().get(BudgetField.adjustedBudget).method());
  }

  @Test
  void aStripOfFiguresUnderTheirMeasuresIsTheWholeBudgetAndItsScoreIsNoMoney() {
    Budget b = table(
        "年初预算数（万元）|全年预算数（万元）|全年执行数（万元）|资金执行率|分值|得分",
        "512.40|540.00|521.64|96.60%|10|9.66");
    assertAmount("512.40", b.initialBudget());
    assertAmount("540.00", b.adjustedBudget());
    assertAmount("521.64", b.expenditure());
    assertAmount("96.60", b.executionRate());
    assertNull(b.basicBudget());
  }

  @Test
  void labelValuePairsInOneRowAreTheWholeBudget() {
    Budget b = table(
        "单位名称：某某市自然资源局|<|<|<|<|<|金额单位：万元|<|<",
        "年初预算数|<|6,842.17|全年预算数|7,306.55|全年执行数|6,795.09|执行率|93.00%");
    assertAmount("6842.17", b.initialBudget());
    assertAmount("7306.55", b.adjustedBudget());
    assertAmount("6795.09", b.expenditure());
    assertAmount("93.00", b.executionRate());
  }

  @Test
  void dividerRowsByIncomeAndSpendingDoNotHideTheParts() {
    Budget b = table(
        "年度预算资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分",
        "^|年度资金总额|11863.40|12486.30|11525.63|10|92.31%|10",
        "^|按收入性质分|<|<|<|<|<|<",
        "^|其中：一般公共预算|11263.40|11806.30|10915.63|—|92.46%|—",
        "^|按支出性质分|<|<|<|<|<|<",
        "^|其中：基本支出|4102.66|4215.80|4298.12|—|101.95%|—",
        "^|项目支出|7760.74|8270.50|7227.51|—|87.39%|—");
    assertAmount("12486.30", b.adjustedBudget());
    assertAmount("4215.80", b.basicBudget());
    assertAmount("4298.12", b.basicExpenditure());
    assertAmount("8270.50", b.projectBudget());
    assertAmount("7227.51", b.projectExpenditure());
  }

  @Test
  void aProjectNameAboveTheFundBlockLabelsNoColumn() {
    // the project's name holds an excluded word (公用经费); it is an identity value, not a column label
    Budget b = table(
        "项目名称|2024年市直公办幼儿园生均公用经费补助|<|<|<|<",
        "主管部门|某某市教育局|<|实施单位|某某幼儿园|<",
        "资金来源（万元）|全年预算数|全年执行数|分值|执行率|得分",
        "年度资金总额|426.5|418.32|10|98.08%|9.81");
    assertAmount("426.5", b.adjustedBudget());
    assertAmount("418.32", b.expenditure());
    assertAmount("98.08", b.executionRate());
  }

  @Test
  void aProjectFormsFundsInYuanAreItsWholeBudget() {
    Budget b = table(
        "项目资金（元）|年初预算数|全年预算数|全年执行数|执行率|分值|得分",
        "^|6,000,000.00|6,480,000.00|5,896,800.00|93.00%|10|9.3");
    assertAmount("600", b.initialBudget());
    assertAmount("648", b.adjustedBudget());
    assertAmount("589.68", b.expenditure());
    assertAmount("93.00", b.executionRate());
  }

  @Test
  void theTotalLineOfAFundingSourceBlockIsTheBudget() {
    // h78: the block's heading 资金来源 excludes its source lines, not their 合计
    Budget b = table(
        "||年初预算数|全年预算数|全年执行数|执行率",
        "资金来源（元）|合计|12,000,000.00|13,560,000.00|12,884,712.00|95.02%",
        "^|中央财政资金|8,000,000.00|8,000,000.00|8,000,000.00|100.00%",
        "^|省级财政资金|2,400,000.00|2,400,000.00|2,310,000.00|96.25%");
    assertAmount("1200", b.initialBudget());
    assertAmount("1356", b.adjustedBudget());
    assertAmount("1288.4712", b.expenditure());
    assertAmount("95.02", b.executionRate());
  }

  @Test
  void measuresDownTheSide() {
    Budget b = table(
        "类别|基本支出|项目支出|合计",
        "年初预算数|200|500|700",
        "调整预算数|203.03|502.89|705.92",
        "决算数|203.03|487.07|690.1");
    assertAmount("700", b.initialBudget());
    assertAmount("705.92", b.adjustedBudget());
    assertAmount("690.1", b.expenditure());
    assertAmount("203.03", b.basicBudget());
    assertAmount("203.03", b.basicExpenditure());
    assertAmount("502.89", b.projectBudget());
    assertAmount("487.07", b.projectExpenditure());
    assertNull(b.executionRate());
  }

  @Test
  void yuanInATableUnitNoteAreConvertedToWanYuan() {
    Budget b = table(
        "金额单位：元|<|<",
        "项目|全年预算数|全年执行数",
        "部门预算金额|7059200|6901000");
    assertAmount("705.92", b.adjustedBudget());
    assertAmount("690.1", b.expenditure());
    assertEquals("7059200", b.evidence().get(BudgetField.adjustedBudget).text(), "the evidence keeps the printed amount");
  }

  @Test
  void yuanInAColumnLabelAreConvertedToWanYuan() {
    Budget b = table(
        "项目|全年预算数（元）|全年执行数（万元）",
        "部门预算金额|7,059,200.00|690.1");
    assertAmount("705.92", b.adjustedBudget());
    assertAmount("690.1", b.expenditure());
  }

  @Test
  void excludedScopesAreNotHeadlineFigures() {
    Budget b = table(
        "项目|全年预算数|全年执行数",
        "财政拨款收入|705.92|690.1",
        "人员经费|150|149");
    assertNull(b.adjustedBudget());
    assertNull(b.expenditure());
  }

  /** The parts listed under a whole take its measure: 预算…其中基本支出 is a budget, 支出…其中基本支出 spending. */
  @Test
  void partsListedUnderTheirWhole() {
    String printed = "全年预算1,260.00万元，其中基本支出512.36万元、项目支出747.64万元；"
        + "全年实际支出1,200.00万元，其中基本支出510.80万元、项目支出689.20万元。";
    Budget b = budget(DocumentFixture.named("testBudgetParts.docx").paragraph(printed).build());
    assertAmount("1260", b.adjustedBudget());
    assertAmount("1200", b.expenditure());
    assertAmount("512.36", b.basicBudget());
    assertAmount("747.64", b.projectBudget());
    assertAmount("510.80", b.basicExpenditure());
    assertAmount("689.20", b.projectExpenditure());
    TextSpan at = assertInstanceOf(TextSpan.class, b.evidence().get(BudgetField.basicExpenditure).source());
    assertEquals("基本支出510.80万元", printed.substring(at.start(), at.end()));
  }

  /** A letter-style project report states its budget as 项目预算资金; a source's share (本级财政预算资金) is not the budget. */
  @Test
  void aProjectsBudgetFundsInALetterStyleReport() {
    Budget b = budget(DocumentFixture.named("testLetterBudget.pdf").paragraph(
        "（二）资金情况。项目预算资金总额2,400.00万元，其中本级财政预算资金600.00万元，当年到位2,400.00万元，"
            + "实际支出2,256.00万元，预算执行率为94.00%。").build());
    assertAmount("2400", b.adjustedBudget());
    assertAmount("2256", b.expenditure());
    Budget share = budget(DocumentFixture.named("testLetterBudget.pdf").paragraph(
        "本级财政预算资金600.00万元已全部到位。").build());
    assertNull(share.adjustedBudget(), "a source's share is not the project's budget");
  }

  /** The parts listed under a budget "调整为" a figure are that full-year budget's parts. */
  @Test
  void partsListedUnderAnAdjustedBudget() {
    Budget b = budget(DocumentFixture.named("testBudgetAdjustedParts.doc").paragraph(
        "本年度年初预算3,020.00万元，年中全年预算调增至3,410.25万元，其中基本支出1,205.10万元、项目支出2,205.15万元；"
            + "全年实际支出3,300.00万元。").build());
    assertAmount("3020", b.initialBudget());
    assertAmount("3410.25", b.adjustedBudget());
    assertAmount("1205.10", b.basicBudget());
    assertAmount("2205.15", b.projectBudget());
    assertNull(b.basicExpenditure(), "a budget part is never read as spending");
  }

  /** 年初 parts are the full-year parts where the budget was not adjusted (年初 = 全年), and only there. */
  @Test
  void partsOfTheInitialBudgetCountOnlyWhenTheBudgetWasNotAdjusted() {
    String parts = "年初预算4,100.00万元，其中基本支出1,300.00万元、项目支出2,800.00万元。";
    Budget unchanged = budget(DocumentFixture.named("testBudgetInitialParts.docx")
        .paragraph(parts).paragraph("全年预算数为4,100.00万元，实际支出3,950.00万元。").build());
    assertAmount("1300", unchanged.basicBudget());
    assertAmount("2800", unchanged.projectBudget());
    assertNull(unchanged.basicExpenditure());
    Budget adjusted = budget(DocumentFixture.named("testBudgetInitialParts.docx")
        .paragraph(parts).paragraph("全年预算数为4,400.00万元，实际支出3,950.00万元。").build());
    assertNull(adjusted.basicBudget(), "the parts of an adjusted budget are not known");
    assertNull(adjusted.projectBudget());
  }

  /** Each part's own 全年预算 and spending, its 全年预算 not taken for the whole's; the whole's "预算调整为". */
  @Test
  void partsWithTheirOwnBudgetAndSpending() {
    String printed = "年初预算为2,410.50万元，年中追加后全年预算调增至2,806.30万元，全年实际支出2,731.44万元。"
        + "按支出性质划分，基本支出全年预算906.30万元、实际支出901.12万元；项目支出全年预算1,900.00万元，支出1,830.32万元。";
    Budget b = budget(DocumentFixture.named("testBudgetOwnParts.pdf").paragraph(printed).build());
    assertAmount("2410.50", b.initialBudget());
    assertAmount("2806.30", b.adjustedBudget());
    assertAmount("2731.44", b.expenditure());
    assertAmount("906.30", b.basicBudget());
    assertAmount("901.12", b.basicExpenditure());
    assertAmount("1900", b.projectBudget());
    assertAmount("1830.32", b.projectExpenditure());
  }

  @Test
  void rateAtTheEndOfAPrintedFormula() {
    Budget b = budget(DocumentFixture.named("testBudgetFormula.docx")
        .paragraph("预算执行率=12,000,000.00÷12,600,000.00×100%=96.24%，按执行率×分值计算，得9.62分。").build());
    assertAmount("96.24", b.executionRate());
  }

  @Test
  void prose() {
    Budget b = budget(DocumentFixture.named("testBudgetProse.docx")
        .paragraph("2022年度预算总收入为705.92万元，总支出为705.92万元，其中基本支出203.03万元，项目支出502.89万元。")
        .build());
    assertAmount("705.92", b.adjustedBudget());
    assertAmount("705.92", b.expenditure());
    assertAmount("203.03", b.basicExpenditure());
    assertAmount("502.89", b.projectExpenditure());
    assertNull(b.initialBudget());
    assertEquals(ExtractionMethod.PROSE, b.evidence().get(BudgetField.basicExpenditure).method());
    TextSpan at = assertInstanceOf(TextSpan.class, b.evidence().get(BudgetField.basicExpenditure).source());
    String printed = "2022年度预算总收入为705.92万元，总支出为705.92万元，其中基本支出203.03万元，项目支出502.89万元。";
    assertEquals("基本支出203.03万元", printed.substring(at.start(), at.end()));
  }

  @Test
  void proseInYuanAndWithARate() {
    Budget b = budget(DocumentFixture.named("testBudgetProse.docx")
        .paragraph("全年预算数为1,234,500元，实际支出1,200,000元，预算执行率为97.2%。")
        .build());
    assertAmount("123.45", b.adjustedBudget());
    assertAmount("120", b.expenditure());
    assertAmount("97.2", b.executionRate());
  }

  @Test
  void proseWithTheBudgetNamedBeforeItsStage() {
    Budget b = budget(DocumentFixture.named("testBudgetProse.docx")
        .paragraph("2022年度部门预算年初数为1,356.28万元，调整后预算为1,428.65万元，全年实际支出1,373.46万元。")
        .build());
    assertAmount("1356.28", b.initialBudget());
    assertAmount("1428.65", b.adjustedBudget());
    assertAmount("1373.46", b.expenditure());
  }

  @Test
  void aTableFigureOutranksProse() {
    Budget b = budget(DocumentFixture.named("testBudgetBoth.docx")
        .paragraph("全年预算数为700万元，实际支出680万元。")
        .table("项目|全年预算数|全年执行数", "部门预算金额|705.92|690.1")
        .build());
    assertAmount("705.92", b.adjustedBudget());
    assertAmount("690.1", b.expenditure());
    assertEquals(ExtractionMethod.TABLE, b.evidence().get(BudgetField.expenditure).method());
  }

  @Test
  void noBudgetIsNull() {
    ParsedDocument doc = DocumentFixture.named("testNoBudget.docx").paragraph("本单位全年共办理业务3200件。").build();
    assertNull(EXTRACTOR.extract(doc, new ReportDraft(doc.fileName())));
  }

  /** "年初预算数：…　执行率：…%" lines with the unit in the heading above them; the parts on their own lines. */
  @Test
  void labelledLinesWithTheUnitInTheHeadingAbove() {
    Budget b = budget(DocumentFixture.named("testBudgetLines.pdf")
        .paragraph("二、部门预算资金（万元）")
        .paragraph("年初预算数：1,250.00　全年预算数：1,310.40　全年执行数：1,288.15　执行率：98.30%")
        .paragraph("其中：基本支出　全年预算数：410.40　全年执行数：409.90")
        .paragraph("项目支出　全年预算数：900.00　全年执行数：878.25")
        .build());
    assertAmount("1250", b.initialBudget());
    assertAmount("1310.40", b.adjustedBudget());
    assertAmount("1288.15", b.expenditure());
    assertAmount("98.30", b.executionRate());
    assertAmount("410.40", b.basicBudget());
    assertAmount("409.90", b.basicExpenditure());
    assertAmount("900", b.projectBudget());
    assertAmount("878.25", b.projectExpenditure());
    assertEquals("全年预算数：1,310.40", b.evidence().get(BudgetField.adjustedBudget).text());
  }

  @Test
  void labelledLinesWithoutAUnitGiveOnlyTheRate() {
    Budget b = budget(DocumentFixture.named("testBudgetLines.pdf")
        .paragraph("年初预算数：1,250.00　全年预算数：1,310.40　执行率：98.30%")
        .build());
    assertNull(b.adjustedBudget(), "an amount in an unknown unit is not guessed");
    assertAmount("98.30", b.executionRate());
  }

  @Test
  void labelledLinesWithTheUnitAfterEachAmount() {
    Budget b = budget(DocumentFixture.named("testBudgetLines.docx")
        .paragraph("全年预算数：2,600,000.00元，全年执行数：2,470,000.00元，执行率：95.00%")
        .build());
    assertAmount("260", b.adjustedBudget());
    assertAmount("247", b.expenditure());
    assertAmount("95", b.executionRate());
  }

  @Test
  void labelledLinesInYuanAndTheirScoreLine() {
    Budget b = budget(DocumentFixture.named("testBudgetLines.pdf")
        .paragraph("年初预算数（元）：820,000.00　全年预算数（元）：800,000.00")
        .paragraph("预算执行分值：10　预算执行得分：9.7")
        .build());
    assertAmount("82", b.initialBudget());
    assertAmount("80", b.adjustedBudget());
    assertNull(b.expenditure(), "分值 and 得分 are no money");
  }

  /** A PDF line whose spaces were lost: labels straight before their figures, read only on a line with no sentence marks. */
  @Test
  void labelsStraightBeforeTheirFiguresOnALineOfFigures() {
    Budget b = budget(DocumentFixture.named("testBareLine.pdf").paragraphs(
        "单位：万元",
        "全年预算数15,842.60全年执行数15,208.90预算执行率=全年执行数÷全年预算数=97.00%").build());
    assertAmount("15842.60", b.adjustedBudget());
    assertAmount("15208.90", b.expenditure());
    Budget prose = budget(DocumentFixture.named("testBareProse.pdf").paragraphs(
        "单位：万元",
        "经核实，部门预算较上年增加1,200.00，执行数较上年减少300.00，主要是项目调整。").build());
    assertNull(prose.adjustedBudget(), "figures in a sentence are not labelled pairs");
  }

  /**
   * A list of measures down the side (h136's family), its unit in the cell after 金额单位: each part's line takes the
   * measure of the whole line above it.
   */
  @Test
  void partsListedUnderEachMeasureInAListOfMeasures() {
    Budget b = table("项目|金额|<",
        "金额单位|元|<",
        "全年预算数|486,532,100.00|<",
        "其中：基本支出|402,118,600.00|<",
        "项目支出|84,413,500.00|<",
        "全年执行数|479,234,500.00|<",
        "其中：基本支出|405,276,300.00|<",
        "项目支出|73,958,200.00|<");
    assertAmount("48653.21", b.adjustedBudget());
    assertAmount("40211.86", b.basicBudget());
    assertAmount("8441.35", b.projectBudget());
    assertAmount("47923.45", b.expenditure());
    assertAmount("40527.63", b.basicExpenditure());
    assertAmount("7395.82", b.projectExpenditure());
  }

  /** Parts in brackets after their whole (h93's family). */
  @Test
  void partsInBracketsAfterTheirWhole() {
    Budget b = budget(DocumentFixture.named("testBracketParts.doc").paragraph(
        "本年度部门年初预算12,410.50万元，年中追加后全年预算13,826.93万元（基本支出4,286.37万元，项目支出9,540.56万元）。"
            + "截至12月31日，实际支出13,162.46万元，其中基本支出4,279.11万元，项目支出8,883.35万元。").build());
    assertAmount("4286.37", b.basicBudget());
    assertAmount("9540.56", b.projectBudget());
    assertAmount("4279.11", b.basicExpenditure());
  }

  /** Spending stated twice, two values (h139's family): the one the stated rate confirms is kept. */
  @Test
  void ofTwoSpendingFiguresTheOneTheRateConfirms() {
    Budget b = budget(DocumentFixture.named("testTwoSpendings.pdf").paragraphs(
        "摘要：该项目全年预算资金132.00万元，实际支出128.36万元。",
        "（二）资金使用情况。项目全年预算132.00万元，实际支出123.86万元，预算执行率93.83%。").build());
    assertAmount("123.86", b.expenditure());
  }

  /** An export's head block as its own table, "金额单位 | 元", gives the fund table below it its unit (h142's family). */
  @Test
  void theUnitCellOfTheHeadBlockAboveTheFundTable() {
    Budget b = budget(DocumentFixture.named("testExportUnit.txt").table("项目名称|道路清扫项目", "金额单位|元")
        .table("资金来源|年初预算数|全年预算数|全年执行数|执行率", "年度资金总额|5600000.00|5860000.00|5626000.00|96.01%").build());
    assertAmount("586", b.adjustedBudget());
    assertAmount("562.6", b.expenditure());
  }

  @Test
  void moneyLinesAmongTheIndicatorRowsAreTheBudget() {
    // h167's family: a form printing its fund lines as rows of the indicator table
    Budget b = table(
        "一级指标|指标名称|指标值|完成值|分值|得分",
        "项目资金|年初预算数|1,150.00||||",
        "项目资金|全年预算数|1,280.00||||",
        "项目资金|全年执行数|1,203.20||||",
        "预算执行|预算执行率|100%|94.00%|10|9.7",
        "产出指标|开工改造老旧小区数量|≥12个|12个|10|10");
    assertAmount("1150", b.initialBudget());
    assertAmount("1280", b.adjustedBudget());
    assertAmount("1203.2", b.expenditure());
    // an indicator row whose name happens to be a measure, with its weight and score, is not money
    Budget rows = table(
        "一级指标|指标名称|指标值|完成值|分值|得分",
        "项目资金|全年执行数|1,280.00|1,203.20|10|9.4");
    assertNull(rows.expenditure());
  }

  @Test
  void aTableOfRectifiedProblemsGivesNoBudgetFigure() {
    // h326: last year's rate and a later follow-up beside this year's, in tables of problems and their rectification
    ParsedDocument doc = DocumentFixture.named("testRectified.docx")
        .paragraph("项目年初预算8,600.00万元，全年预算9,200.00万元，项目实际支出8,734.52万元，预算执行率94.94%。")
        .table("序号|上年度评价发现的问题|涉及指标|上年度评价情况|本年度情况|整改状态",
            "4|资金支付进度偏慢|预算执行率|86.30%|94.94%|已整改")
        .table("序号|指标名称|评价时完成值|跟踪核实值|整改状态", "4|预算执行率|94.94%|99.12%|已完成")
        .build();
    assertAmount("94.94", budget(doc).executionRate());
  }

  @Test
  void aBare执行率RightAfterTheYearsSpendingIsTheBudgets() {
    // h331: "全年预算1,862.40万元，实际支出1,793.46万元，执行率96.30%。"
    Budget b = budget(DocumentFixture.named("testBareRate.txt")
        .paragraph("2024年全镇年初预算1,705.00万元，全年预算1,862.40万元，实际支出1,793.46万元，执行率96.30%。").build());
    assertAmount("96.30", b.executionRate());
    assertNull(budget(DocumentFixture.named("testOtherRate.txt")
        .paragraph("全年预算1,862.40万元。村集体经济项目执行率96.30%。").build()).executionRate());
  }

  @Test
  void eachPartsSpendingFollowsItsBudgetAfterABare执行() {
    // h336: "其中：基本支出全年预算1,615.70万元，执行1,601.00万元；项目支出全年预算823.60万元，执行780.59万元"
    Budget b = budget(DocumentFixture.named("testBareSpent.txt").paragraph(
        "全年预算2,439.30万元，全年执行2,381.59万元。其中：基本支出全年预算1,615.70万元，执行1,601.00万元；"
            + "项目支出全年预算823.60万元，执行780.59万元。").build());
    assertAmount("1615.70", b.basicBudget());
    assertAmount("1601.00", b.basicExpenditure());
    assertAmount("823.60", b.projectBudget());
    assertAmount("780.59", b.projectExpenditure());
  }
}
