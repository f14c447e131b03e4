package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Budget;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

class BreakdownSumCheckTest {
  private static List<Finding> check(String text) {
    return new BreakdownSumCheck().check(BudgetTexts.subject(text));
  }

  @Test
  void aTotalRowThatIsNotBasicPlusProjectIsAnError() {
    List<Finding> found = check(BudgetTexts.H35);
    assertEquals(1, found.size(), found.toString()); // only the 年初预算数 column is off
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("8121.95万元", f.stated());
    assertEquals("8112.95", f.recomputed());
    assertTrue(f.message().contains("基本支出 1802.40 + 项目支出 6310.55 = 8112.95"), f.message());
  }

  /** {@code read} as a scan's row: its cell read by OCR. */
  private static org.jixiao.schema.IndicatorRow scanned(org.jixiao.schema.IndicatorRow read) {
    return new org.jixiao.schema.IndicatorRow(null, null, null, null, read.level3(), read.target(), read.actual(),
        read.weight(), read.score(), read.targetValue(), read.actualValue(), null, null, null,
        new org.jixiao.schema.CellRef("t.jpg", 1, 1, 20, 3, org.jixiao.schema.TableMethod.OCR,
            new org.jixiao.schema.OcrRead(600, 700, 60, 9, 96), null, null),
        null, Map.of(), List.of());
  }

  /**
   * h412, a phone photo read by OCR: two spending figures misread (1163.52 as "1635.52", 72.36 as "72236"). Each breaks
   * its own line's printed rate as well as the column's sum, so neither the sum nor the rates are judged; typed, the same
   * table is found wrong. A scan whose every line's rate agrees keeps its breakdown's finding (h272's 年初 column).
   */
  @Test
  void inAScanAFigureThatBreaksItsOwnRateAndTheSumIsAMisreadingNotAFinding() {
    String misread = String.join("\n",
        "项目资金（万元)\t\t\t\t年初预算数\t全年预算数\t\t全年执行数\t\t分值\t\t执行率\t\t得分",
        "\t\t年度资金总额\t\t1700.00\t1740.00\t\t1674.53\t\t10\t\t96.24%\t\t9.26",
        "\t\t其中: 中央财政资金\t\t1200.00\t1200.00\t\t1635.52\t\t—\t\t96.96%\t\t—",
        "\t\t省级财政资金\t\t420.00\t460.00\t\t438.65\t\t—\t\t95.36%\t\t—",
        "\t\t县级财政资金\t\t80.00\t80.00\t\t72236\t\t\t\t90.45%\t\t—") + "\n";
    org.jixiao.schema.IndicatorRow read = RuleTestRows.row("受益农户满意度", "≥90%", "86.5%", "8", "7.69", null);
    org.jixiao.schema.IndicatorRow ocr = scanned(read);
    Budget whole = RuleTestRows.budget("1740.00", "1674.53", "96.24");
    AuditSubject typed = RuleTestRows.subject(whole, misread, read);
    AuditSubject scanned = RuleTestRows.subject(whole, misread, ocr);
    assertEquals(1, new BreakdownSumCheck().check(typed).size(), "typed, the spending column does not add up");
    assertEquals(2, new ExecutionRateCheck().check(typed).size(), "typed, two lines' rates are wrong");
    assertEquals(List.of(), new BreakdownSumCheck().check(scanned));
    assertEquals(List.of(), new ExecutionRateCheck().check(scanned));
    // every rate agrees, the 年初 column is off: the table was read well, the sum is the report's
    String initialOff = misread.replace("1635.52", "1163.52").replace("72236", "72.36").replace("1700.00", "1710.00");
    assertEquals(1, new BreakdownSumCheck().check(RuleTestRows.subject(whole, initialOff, ocr)).size());
    // h548: the rows withheld by the plausibility gate (a score read at confidence 14), the report still a scan by the
    // budget it was read with
    org.jixiao.schema.Evidence budgetCell = new org.jixiao.schema.Evidence("1740.00", new org.jixiao.schema.CellRef("t.jpg", 1, 1, 3, 6,
        org.jixiao.schema.TableMethod.OCR, new org.jixiao.schema.OcrRead(300, 130, 30, 8, 98.8), null, null),
        org.jixiao.schema.ExtractionMethod.TABLE);
    Budget scannedBudget = new Budget(null, whole.adjustedBudget(), whole.expenditure(), whole.executionRate(), null, null, null, null,
        Map.of(org.jixiao.schema.BudgetField.adjustedBudget, budgetCell));
    AuditSubject rowsWithheld = RuleTestRows.subject(scannedBudget, misread);
    assertEquals(List.of(), new BreakdownSumCheck().check(rowsWithheld));
    assertEquals(List.of(), new ExecutionRateCheck().check(rowsWithheld));
  }

  /**
   * h227: after 基本支出 and 项目支出, "其中：按二级预算单位" opens a second breakdown of the whole, its group label in a cell of
   * its own before the first unit; the units add up to the 合计 (not to 项目支出) in two columns and fall 100 short in the
   * third.
   */
  @Test
  void aSecondBreakdownOfTheWholeAfterItsPartsAddsUpToTheWhole() {
    String text = String.join("\n",
        "项目\t\t\t年初预算数\t全年预算数\t全年执行数\t执行率",
        "合计\t\t\t44,560.00\t48,716.40\t46,280.58\t95.00%",
        "其中：基本支出\t\t\t15,640.00\t15,820.30\t15,906.84\t100.55%",
        "项目支出\t\t\t28,920.00\t32,896.10\t30,373.74\t92.33%",
        "其中：按二级预算单位\t陕西省林业局机关\t\t21,436.20\t21,630.50\t20,618.37\t95.32%",
        "\t陕西省森林资源管理局\t\t9,012.40\t9,842.30\t9,315.62\t94.65%",
        "\t陕西省林业科学院\t\t14,111.40\t17,143.60\t16,346.59\t95.35%") + "\n";
    Budget whole = RuleTestRows.budget("48716.40", "46280.58", "95.00");
    List<Finding> found = new BreakdownSumCheck().check(RuleTestRows.subject(whole, text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("48616.4", found.get(0).recomputed());
    assertTrue(found.get(0).message().contains("陕西省林业科学院"), found.get(0).message());
  }

  /**
   * h514, a phone photo of a screen: the parts add up, so the lines were read well; the 年度资金总额's rate is wrong (96.60%
   * for 96.06%) and is a finding, but 基本支出's "99.199%" is its printed 99.19% with a character put in by the recognizer.
   */
  @Test
  void inAScanARateOneCharacterOffItsLinesRateIsAMisreading() {
    String text = String.join("\n",
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t6986.50\t7902.80\t7591.21\t10\t96.60%\t9.66",
        "其中：基本支出\t4126.50\t4388.20\t4352.76\t—\t99.199%\t—",
        "项目支出\t2860.00\t3514.60\t3238.45\t—\t92.14%\t—") + "\n";
    org.jixiao.schema.IndicatorRow read = RuleTestRows.row("患者满意度", "≥90%", "92.5%", "10", "10", null);
    org.jixiao.schema.IndicatorRow ocr = scanned(read);
    Budget whole = RuleTestRows.budget("7902.80", "7591.21", "96.60");
    List<Finding> typed = new ExecutionRateCheck().check(RuleTestRows.subject(whole, text, read));
    List<Finding> scanned = new ExecutionRateCheck().check(RuleTestRows.subject(whole, text, ocr));
    assertTrue(typed.stream().anyMatch(f -> f.stated().startsWith("99.199")), "typed, 99.199% is the report's: " + typed);
    assertTrue(scanned.stream().noneMatch(f -> f.stated().startsWith("99.199")), scanned.toString());
    assertTrue(scanned.stream().anyMatch(f -> f.recomputed() != null && f.recomputed().startsWith("96.06")), scanned.toString());
  }

  @Test
  void theMainUsesOfAnAmountCannotAddToMoreThanIt() {
    // h173's family: "项目支出主要用于：…" lists the main uses, which may leave some out but never add to more
    String over = "全年实际支出1,286.40万元，其中基本支出779.10万元、项目支出507.30万元。项目支出主要用于：文物保护修缮312.60万元、"
        + "公共文化服务体系建设146.20万元、文化旅游宣传推介58.50万元。";
    List<Finding> found = check(over);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("507.30万元", found.get(0).stated());
    assertEquals("517.3万元", found.get(0).recomputed());
    assertTrue(check(over.replace("312.60", "290.60")).isEmpty(), "uses adding to less than the whole say nothing");
  }

  @Test
  void partsNumberedOneTwoWithTheirOwnSubLinesAreNotAddedTwice() {
    // h87: 一、基本支出 with 人员经费 and 公用经费 under it, then 二、项目支出: 合计 = 基本 + 项目
    String text = """
        某某县自然资源局2024年度部门整体支出绩效自评表
        项目\t\t年初预算数\t全年预算数\t执行数\t执行率\t
        合计\t\t4200.00\t4536.80\t4402.16\t97.03%\t
        一、基本支出\t\t1780.00\t1836.80\t1852.40\t100.85%\t
        人员经费\t\t1,512.00\t1,556.30\t1,553.10\t99.79%\t
        公用经费\t\t268.00\t280.50\t299.30\t106.70%\t
        二、项目支出\t\t2420.00\t2700.00\t2549.76\t94.44%\t
        一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分\t
        """;
    assertTrue(check(text).isEmpty(), () -> check(text).toString());
    // the same table with 项目支出 off by 100 is found, by the numbered lines alone
    List<Finding> off = check(text.replace("二、项目支出\t\t2420.00", "二、项目支出\t\t2520.00"));
    assertEquals(1, off.size(), off.toString());
    assertTrue(off.get(0).message().contains("基本支出 1780.00 + 项目支出 2520.00"), off.get(0).message());
  }

  @Test
  void aRunOfSourcesHoldingItsOwnSubtotalIsNoFlatListOfParts() {
    // a 收支决算表: the sources, their 本年收入合计, then 年初结转结余, and the 总计 first
    String text = """
        项目\t全年预算数\t执行数\t执行率
        总计\t335.96\t330.12\t98.26%
        一般公共预算财政拨款收入\t278.64\t275.00\t98.69%
        政府性基金预算财政拨款收入\t32.00\t30.00\t93.75%
        本年收入合计\t310.64\t305.00\t98.18%
        年初结转结余\t25.32\t25.12\t99.21%
        """;
    assertTrue(check(text).isEmpty(), () -> check(text).toString());
  }

  @Test
  void bracketedHeadcountsThatDoNotAddUpAreErrors() {
    List<Finding> found = check("2022年末在职人员14人，编制数16人（行政编制8人，事业编制6人），在职人员控制率87.5%。");
    assertEquals(1, found.size(), found.toString());
    assertEquals("16人", found.get(0).stated());
    assertEquals("14人", found.get(0).recomputed());
    List<Finding> h41 = check(BudgetTexts.H41);
    assertEquals(1, h41.size(), h41.toString());
    assertEquals("56人", h41.get(0).stated());
    assertEquals("54人", h41.get(0).recomputed());
  }

  @Test
  void aBracketThatStartsWithQiZhongMayLeaveACategoryOutSoItIsAWarning() {
    List<Finding> h65 = check("崇左市江州区民政局核定编制21人（其中行政编制9人、事业编制10人），实有人员18人。");
    assertEquals(1, h65.size(), h65.toString());
    assertEquals(Severity.WARNING, h65.get(0).severity());
    assertEquals("19人", h65.get(0).recomputed());
    List<Finding> h66 = check("\t\t受益人口3.42万人（其中城区周边1.10万人，农村2.12万人）\t");
    assertEquals(1, h66.size(), h66.toString());
    assertEquals("3.22万人", h66.get(0).recomputed());
  }

  @Test
  void aCountThenQiZhongAndItsKindsIsAWarningWhenTheKindsFallShort() {
    List<Finding> found = check("本单位核定编制48人，其中行政编制21人、事业编制25人，实有在编人员44人。");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("48人", found.get(0).stated());
    assertEquals("46人", found.get(0).recomputed());
    // the kinds that add up, and a clause that goes on with another count of the same unit, are silent
    assertTrue(check("本单位核定编制46人，其中行政编制21人、事业编制25人，实有人员44人。").isEmpty());
    assertTrue(check("编制数30人，其中行政编制12人、工勤编制6人、事业编制12人。").isEmpty());
    // a count whose 其中 items are not kinds of it (人员 of 编制) is not a breakdown
    assertTrue(check("核定编制48人，其中在职人员40人、退休人员6人。").isEmpty());
    // unless the count is said to be the whole (共): then its kinds go by any name, quoted ones too (h168)
    List<Finding> whole = check("全区享受定期抚恤补助的优抚对象共1,286人，其中伤残军人312人、“三属”148人、在乡老复员军人46人、"
        + "带病回乡退伍军人760人。");
    assertEquals(1, whole.size(), whole.toString());
    assertEquals("1266人", whole.get(0).recomputed().replace(",", ""));
    assertTrue(check("优抚对象共1,266人，其中伤残军人312人、“三属”148人、在乡老复员军人46人、带病回乡退伍军人760人。").isEmpty());
  }

  @Test
  void listsThatSayTheyAreNotCompleteAreSilent() {
    assertTrue(check("编制数16人（包括行政编制8人、事业编制6人等），实有人员14人。").isEmpty());
    assertTrue(check("编制数16人（含行政编制8人、事业编制6人），实有人员14人。").isEmpty());
    assertTrue(check("项目支出4078.68万元，其中：政风热线269万元、政务服务业务专项费用390.71万元。").isEmpty());
  }

  @Test
  void aProseSplitIntoBasicAndProjectMustAddUp() {
    String wrong = "2022年预算总收入为705.92万元，总支出为 705.92万元，其中，基本支出203.03万元，项目支出500.89万元。";
    List<Finding> found = check(wrong);
    assertEquals(1, found.size(), found.toString());
    assertEquals("703.92万元", found.get(0).recomputed());
    assertTrue(check(wrong.replace("500.89", "502.89")).isEmpty());
  }

  @Test
  void fundingSourcesThatAddUpAndAProseTotalTheTableContradictsAreSilentHere() {
    // 3200.00 + 360.80 + 0.00 = 3560.80; 年初 3200.00 + — + 0.00 is not read (a dash is no figure)
    assertTrue(check(BudgetTexts.H38).isEmpty());
    // h41's prose 5,263.40 against parts that make the table's 5,236.40 is FigureAgreementCheck's
    assertTrue(check(BudgetTexts.H41).stream().noneMatch(f -> f.stated().contains("5,263.40")));
  }

  @Test
  void aBudgetRecordWithoutItsTableIsCheckedAsAMediumWarningAndOnlyThen() {
    // h34's figures with 全年执行数 38,644.74 (the 合计 of another column) where the parts give 38,652.47
    Budget budget = new Budget(null, new BigDecimal("38652.47"), new BigDecimal("38644.74"), null,
        new BigDecimal("6215.30"), new BigDecimal("6215.30"), new BigDecimal("32437.17"), new BigDecimal("32437.17"),
        Map.of());
    var report = BudgetTexts.report("t.pdf", budget, null);
    List<Finding> found = new BreakdownSumCheck().check(new AuditSubject(report, "全年预算数38,652.47万元。"));
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(Certainty.MEDIUM, found.get(0).certainty());
    assertEquals("38652.47", found.get(0).recomputed());
    // with the table in the text, the table's lines are checked instead (and they add up)
    assertTrue(new BreakdownSumCheck().check(new AuditSubject(report, BudgetTexts.H34)).isEmpty());
  }

  @Test
  void fundingSourcesThatDoNotAddUpAreAnError() {
    String text = BudgetTexts.H38.replace("\t3200.00\t2834.98", "\t3100.00\t2834.98");
    List<Finding> found = check(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("3560.80万元", found.get(0).stated());
    assertEquals("3460.8", found.get(0).recomputed());
  }

  @Test
  void aBudgetRecordReadFromTheProseListIsOneProblemWithIt() {
    // h193: the record's 全年预算 and its parts come from the sentence the prose check quotes: one finding, the quoted one
    Budget budget = new Budget(new BigDecimal("2210.00"), new BigDecimal("2386.50"), new BigDecimal("2298.74"), null,
        new BigDecimal("1126.30"), new BigDecimal("1118.62"), new BigDecimal("1240.20"), new BigDecimal("1180.12"), Map.of());
    var report = BudgetTexts.report("t.doc", budget, null);
    String text = "2021年年初预算2,210.00万元。全年预算2,386.50万元，其中基本支出1,126.30万元、项目支出1,240.20万元。"
        + "全年支出2,298.74万元，其中基本支出1,118.62万元、项目支出1,180.12万元，预算执行率96.32%。";
    List<Finding> found = new BreakdownSumCheck().check(new AuditSubject(report, text));
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals("2,386.50万元", found.get(0).stated());
    assertEquals("2366.5万元", found.get(0).recomputed());
  }

  /** h309: each line names its unit in a 单位 column, 亿元 and 万元 mixed; 项目支出 lists its items under it. */
  static final String H309 = "项　　目\t单位\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
      + "部门支出合计\t万元\t924,080.60\t1,003,170.35\t970,061.78\t96.70%\n"
      + "其中：基本支出\t万元\t37,980.60\t38,642.35\t38,215.78\t98.90%\n"
      + "项目支出\t亿元\t88.6100\t96.4528\t93.1846\t96.61%\n"
      + "其中：公路建设及养护\t亿元\t76.5200\t82.3615\t79.5271\t96.56%\n"
      + "水运建设\t亿元\t11.2800\t12.8760\t12.4531\t96.72%\n"
      + "运输服务与安全监管\t万元\t6,180.00\t7,412.50\t6,928.40\t93.47%\n"
      + "信息化建设\t万元\t1,920.00\t4,740.50\t4,215.60\t88.93%\n";

  @Test
  void linesInTheirOwnUnitsAddUpAndAPartsItemsThatAddUpElsewhereMustAddUpInEveryColumn() {
    List<Finding> found = check(H309);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).indicator().startsWith("项目支出"), found.get(0).indicator());
    assertEquals("930946", found.get(0).recomputed(), "79.5271亿 + 12.4531亿 + 6,928.40万 + 4,215.60万, in 万元");
    assertTrue(check(H309.replace("93.1846", "93.0946").replace("970,061.78", "969,161.78")).isEmpty(), "all adding up");
    // items that add up in no column may be the main ones only: not an error
    assertTrue(check(H309.replace("82.3615", "82.0000").replace("76.5200", "76.0000")).isEmpty());
  }

  @Test
  void linesBySubjectCodeAddUpLevelByLevel() {
    // h336's family: 类 208 / 款 20801 / 项 2080101 under one 合计; the 合计 adds the 类 lines only, each 类 or 款 its own lines
    String text = """
        表1　2024年度部门预算执行情况（按支出功能分类科目）
        单位：万元
        科目编码\t科目名称\t年初预算数\t全年预算数\t全年执行数\t执行率
        合计\t\t900.00\t1000.00\t950.00\t95.00%
        208\t社会保障和就业支出\t800.00\t880.00\t836.00\t95.00%
        20801\t人力资源和社会保障管理事务\t500.00\t560.00\t530.00\t94.64%
        2080101\t行政运行\t300.00\t330.00\t320.00\t96.97%
        2080102\t一般行政管理事务\t200.00\t230.00\t210.00\t91.30%
        20805\t行政事业单位养老支出\t300.00\t320.00\t306.00\t95.63%
        2080505\t机关事业单位基本养老保险缴费支出\t300.00\t320.00\t306.00\t95.63%
        221\t住房保障支出\t100.00\t120.00\t114.00\t95.00%
        2210201\t住房公积金\t100.00\t120.00\t114.00\t95.00%
        """;
    assertTrue(check(text).isEmpty(), () -> check(text).toString());
    List<Finding> found = check(text.replace("2080102\t一般行政管理事务\t200.00\t230.00\t210.00", "2080102\t一般行政管理事务\t200.00\t230.00\t201.00"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("530.00万元", found.get(0).stated());
    assertEquals("521", found.get(0).recomputed());
    assertTrue(found.get(0).indicator().startsWith("人力资源和社会保障管理事务"), found.get(0).indicator());
  }
  /** h340: a table of schools nested in a Word cell, read as lines after the table, closed by its 合计. */
  static final String SCHOOLS = """
      学校	改造内容	计划面积（平方米）	完成面积（平方米）
      龙泉镇中心小学	教学楼抗震加固	3200	3260
      金宝镇初级中学	学生宿舍改造	4100	4180
      大通镇中心学校	食堂及餐厅改造	2800	2820
      李渡镇中心小学	厕所及附属用房改造	2100	2100
      合计	—	12200	12360
      """;

  @Test
  void anItemTablesColumnsAddUpToItsTotalLine() {
    assertEquals(List.of(), check(SCHOOLS));
    List<Finding> found = check(SCHOOLS.replace("12200\t12360", "12200\t12630"));
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("12630", f.stated());
    assertEquals("12360", f.recomputed());
    assertTrue(f.indicator().startsWith("完成面积"), f.indicator());
    // columns that are no amounts, points (the score checks' own) and an indicator table's lines are not added
    String rates = "学校\t计划面积\t完成率\n甲校\t100\t98%\n乙校\t200\t99%\n合计\t300\t98%\n";
    assertEquals(List.of(), check(rates));
    String points = "指标\t分值\t得分\n甲\t5\t5\n乙\t5\t4\n合计\t100\t97\n";
    assertEquals(List.of(), check(points));
    String scored = "项目\t分值\t得分\n甲\t5\t5\n乙\t5\t4\n合计\t100\t97\n";
    assertEquals(List.of(), check(scored), "scores are the score checks' to add");
    String units = "学校\t配备\n甲校\t20所\n乙校\t180间\n合计\t300\n";
    assertEquals(List.of(), check(units), "figures in different units are not added");
  }

  @Test
  void aWholeBesideItsPartsInOneHeaderLine() {
    // h460: a 专项债券 form's 项目总投资 block, its parts under 其中 in the cells after the whole, the rest last
    String bond = "项目总投资\t总投资\t其中：专项债券资金\t财政预算资金\t其他资金\t备注\n"
        + "\t12,600.00\t8,000.00\t2,400.00\t2,000.00\t其他资金为项目单位自筹\n";
    List<Finding> f = check(bond);
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals("12,600.00", f.get(0).stated());
    assertEquals("12400", f.get(0).recomputed());
    assertEquals(List.of(), check(bond.replace("12,600.00", "12,400.00")), "the parts make the whole");
    // without the rest, a shorter sum may leave a part out; a longer one never is right
    String some = "项目总投资\t总投资\t其中：专项债券资金\t财政预算资金\t备注\n\t12,600.00\t8,000.00\t2,400.00\t\n";
    assertEquals(List.of(), check(some));
    assertEquals(1, check(some.replace("2,400.00", "6,400.00")).size());
  }
}
