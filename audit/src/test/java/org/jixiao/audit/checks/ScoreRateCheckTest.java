package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.junit.jupiter.api.Test;

/** 得分率 = 得分 ÷ 分值, in a 得分率 column and in a sentence, on the corpus's wording and variants. */
class ScoreRateCheckTest {
  /** h34_xuchang_weijian.pdf: the 一级指标 summary, 产出 33.5 of 35 printed 97.14% (34 ÷ 35). */
  static final String H34 = """
      按照部门整体支出绩效评价指标体系，我委综合自评得分96.5分，自评等级为“优”。各一级指标得分情况如下：
      一级指标\t分值\t得分\t得分率
      决策\t15\t14\t93.33%
      过程\t25\t24\t96.00%
      产出\t35\t33.5\t97.14%
      效益\t15\t15\t100.00%
      满意度\t10\t10\t100.00%
      合计\t100\t96.5\t96.50%
      四、存在的问题及改进措施
      """;

  /** h63_anshan_ziran.xlsx: an indicator table whose 得分率 column restates each row; 预算执行率 4 of 5 printed 90.00%. */
  static final String H63 = """
      一级指标\t二级指标\t三级指标\t分值\t评分标准\t年度目标值\t实际完成值\t得分\t得分率
      决策\t项目立项\t绩效目标合理性\t3\t目标符合部门职责\t合理\t合理\t3\t100.00%
      决策\t项目立项\t绩效指标明确性\t3\t指标细化、量化\t明确\t基本明确\t2\t66.67%
      过程\t资金管理\t预算执行率\t5\t执行率≥95%得满分；每低1个百分点扣0.5分\t≥95%\t93.00%\t4\t90.00%
      过程\t资金管理\t结转结余率\t3\t结转结余率≤5%得满分\t≤5%\t7.0%\t2\t66.67%
      产出\t产出质量\t卫片执法图斑核查整改率\t4\t≥95%得满分\t≥95%\t97.3%\t4.5\t112.50%
      """;

  /** 003_9702beb4dfdda539: 表5-2 prints B6采购管理 2 | 1 | 50.00%; the prose under "6.采购管理" says 得分2分 with 50.00%. */
  static final String S003 = """
      指标名称\t权重\t得分\t得分率
      B5人员管理\t2\t2\t100.00%
      B51在职人数控制率\t2\t2\t100.00%
      B6采购管理\t2\t1\t50.00%
      B61政府采购规范性\t2\t1\t50.00%
      合计\t25\t22\t88.00%
      1.预算执行
      该二级指标满分5分，得分5分，得分率100.00%。包括预算调整率、预算执行率、结转结余变动情况3个三级指标。
      6.采购管理
      该二级指标满分2分，得分2分，得分率50.00%。包括政府采购规范性1个三级指标。
      """;

  private static List<Finding> check(String text) {
    return new ArithmeticCheck().check(BudgetTexts.subject(text));
  }

  @Test
  void aSummaryLineWhoseRateIsNotItsScoreOverItsWeightIsAnError() {
    List<Finding> found = check(H34);
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("产出", f.indicator());
    assertEquals("97.14%", f.stated());
    assertEquals("95.71%", f.recomputed());
    TextSpan at = assertInstanceOf(TextSpan.class, f.location());
    assertEquals("97.14%", H34.substring(at.start(), at.end()));
  }

  /**
   * h511's appendix: quantitative rows score the share their 完成率's tier pays (计分档位), printed per row; 学校食堂改造's
   * tier 80% gives 6 × 80% = 4.8, not the printed 5.4; qualitative rows print no tier.
   */
  @Test
  void aScoreOffItsPrintedTierIsScoredAgainstTheTier() {
    List<Finding> found = check("""
        一级指标\t三级指标\t分值\t指标值\t完成值\t完成率\t计分档位\t得分\t扣分说明
        决策\t绩效指标明确性\t3\t明确\t部分明确\t—\t—\t1.5\t效益指标未量化，扣1.5分
        过程\t预算执行率\t5\t100%\t88.60%\t88.60%\t60%\t3\t县级资金拨付滞后
        产出\t学校食堂改造\t6\t≥16所\t15所\t93.75%\t80%\t5.4\t1所学校食堂因选址调整未改造
        产出\t学生年供餐天数\t5\t≥200天\t196天\t98.00%\t90%\t4.5\t冬季流感停课4天
        产出\t受益学生人数\t8\t≥16,000人\t16,000人\t100.00%\t100%\t8\t
        """);
    assertEquals(1, found.size(), found.toString());
    assertEquals("学校食堂改造", found.get(0).indicator());
    assertEquals("5.4", found.get(0).stated());
    assertEquals("4.8", found.get(0).recomputed());
    assertEquals("得分 = 分值 × 计分档位", found.get(0).rule());
  }

  @Test
  void anIndicatorTableWithARateColumnIsReadRowByRow() {
    List<Finding> found = check(H63);
    assertEquals(1, found.size(), found.toString());
    assertEquals("预算执行率", found.get(0).indicator());
    assertEquals("90.00%", found.get(0).stated());
    assertEquals("80.00%", found.get(0).recomputed());
  }

  @Test
  void aVariantHeaderWithThePercentInTheHeaderAndOtherWords() {
    String variant = """
        评价维度\t权重分\t实际得分\t得分率（%）
        投入\t20\t18\t90
        管理\t30\t27\t80
        绩效\t50\t45\t90
        """;
    List<Finding> found = check(variant);
    assertEquals(1, found.size(), found.toString());
    assertEquals("管理", found.get(0).indicator());
    assertEquals("90.00%", found.get(0).recomputed());
  }

  @Test
  void pointsPrintedWithTheirUnitAndTheLineNamedByItsIndicatorNotItsValues() {
    String html = """
        一级指标\t二级指标\t三级指标\t年度目标值\t实际完成值\t分值\t得分\t得分率\t偏差原因
        产出指标\t数量指标\t培训场次\t≥12场\t12场\t8分\t8分\t100.00%\t
        满意度指标\t服务对象满意度指标\t企业满意度\t≥90%\t91.5%\t8分\t7分\t93.75%\t个别企业反映兑现慢
        \t\t群众满意度\t≥90%\t92%\t8分\t8分\t100.00%\t
        """;
    List<Finding> found = check(html);
    assertEquals(1, found.size(), found.toString());
    assertEquals("企业满意度", found.get(0).indicator());
    assertEquals("87.50%", found.get(0).recomputed());
  }

  @Test
  void aRateWorkedOutFromTwoNamedCountsInTheirUnit() {
    // h365: the operands named by their words and written with their unit
    List<Finding> found = check("重点人群家庭医生签约率＝已签约重点人群21.36万人÷重点人群总数27.42万人＝78.90%。\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals("78.90%", found.get(0).stated());
    assertEquals("77.9%", found.get(0).recomputed());
    assertTrue(check("签约率＝已签约重点人群21.36万人÷重点人群总数27.42万人＝77.90%。\n").isEmpty(), "right at its precision");
    assertTrue(check("比率＝已签约21.36万人÷总数27.42万户＝77.90%。\n").isEmpty(), "two units: not one ratio");
  }

  @Test
  void subtotalLinesAnnouncingTheirRateInTheirLabel() {
    // h207: no 得分率 column; each group's 小计（得分率%） line prints the rate after its score, in the remarks column
    String text = """
        一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\t扣分原因
        决策\t目标设定\t绩效目标合理性\t3\t合理\t合理\t3\t
        \t小计（得分率%）\t\t10\t\t\t8\t80.00
        产出\t数量指标\t乡镇卫生院标准化改造（所）\t8\t4\t4\t8\t
        \t小计（得分率%）\t\t40\t\t\t38.5\t95.25
        效益\t社会效益\t群众满意度\t10\t≥90%\t92%\t10\t
        \t小计（得分率%）\t\t30\t\t\t21\t70.00
        """;
    List<Finding> found = check(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("产出", found.get(0).indicator());
    assertEquals("95.25", found.get(0).stated(), "as printed");
    assertEquals("96.25%", found.get(0).recomputed());
    // a remark after the score on a line that announces no rate is no rate
    assertTrue(check(text.replace("小计（得分率%）", "小计")).isEmpty());
  }

  @Test
  void subtotalLinesStatingTheirRateWithItsLabelInTheRemarks() {
    // h239: each 小计 line's remarks cell says "得分率 82.80%"; 过程's 17.64 of 20 is 88.20% (two digits swapped)
    String text = """
        一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析
        决策\t小计\t\t\t\t15\t12\t得分率 80.00%
        过程\t小计\t\t\t\t20\t17.64\t得分率 82.80%
        产出\t小计\t\t\t\t40\t39.07\t得分率：97.68%
        效益\t小计\t\t\t\t25\t20.51\t得分率 82.04%
        """;
    List<Finding> found = check(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("过程", found.get(0).indicator());
    assertEquals("82.80%", found.get(0).stated());
    assertEquals("88.20%", found.get(0).recomputed());
    TextSpan at = assertInstanceOf(TextSpan.class, found.get(0).location());
    assertEquals("82.80%", text.substring(at.start(), at.end()), "the figure, not its label");
    // a remark that only mentions the rate among other words is not the line's rate
    assertTrue(check(text.replace("得分率 82.80%", "得分率82.80%，较上年下降")).isEmpty());
  }

  @Test
  void aGroupsPointsScoreAndRateInOneSentenceWithoutTheWordFullMark() {
    // h294: "过程指标25分，得23.92分，得分率95.86%": 23.92 ÷ 25 = 95.68%
    List<Finding> found = check("决策指标15分，得14.5分，得分率96.67%；过程指标25分，得23.92分，得分率95.86%；"
        + "产出指标35分，得34.74分，得分率99.26%。\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals("95.86%", found.get(0).stated());
    assertEquals("95.68%", found.get(0).recomputed());
  }

  @Test
  void aTableWhoseRatesMostlyDisagreeIsMisreadAndSaysNothing() {
    // the 得分 and 分值 columns swapped by the reading: every line disagrees
    String misread = """
        一级指标\t得分\t分值\t得分率
        决策\t15\t14\t93.33%
        过程\t25\t24\t96.00%
        产出\t35\t33.5\t95.71%
        """;
    assertTrue(check(misread).isEmpty());
  }

  @Test
  void aProseScoreThatDisagreesWithItsRateAndItsTableLineIsNamedAsTheDifferingFigure() {
    List<Finding> found = check(S003);
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("B6采购管理", f.indicator());
    assertEquals("2分", f.stated());
    assertEquals("1分", f.recomputed());
    assertTrue(f.message().contains("不符的是得分 2"), f.message());
  }

  @Test
  void aVariantSentenceNamingItsGroupItselfFindsTheTableLineToo() {
    String variant = """
        一级指标\t分值\t得分\t得分率
        产出指标\t35\t33.5\t95.71%
        效益指标\t25\t25\t100.00%
        产出指标满分35分，得分34分，得分率95.71%，主要扣分在质量指标。
        """;
    List<Finding> found = check(variant);
    assertEquals(1, found.size(), found.toString());
    assertEquals("产出指标", found.get(0).indicator());
    assertEquals("34分", found.get(0).stated());
    assertEquals("33.5分", found.get(0).recomputed());
  }

  @Test
  void aWrongSentenceWithoutATableLineStillGivesTheRateFinding() {
    List<Finding> found = check("6.采购管理\n该二级指标满分2分，得分2分，得分率50.00%。\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals("50.00%", found.get(0).stated());
    assertEquals("100%", found.get(0).recomputed());
  }

  @Test
  void aReportOfSeveralInAFileReadsOnlyLinesNamingItsOwnRowsOrSections() {
    var part = new org.jixiao.schema.ReportPart(1, 2, null, null, null, List.of(0), null);
    var report = BudgetTexts.report("t.docx", null, part);
    assertTrue(new ArithmeticCheck().check(new AuditSubject(report, H34)).isEmpty());
  }

  @Test
  void aRateOfTheUnroundedScoreIsNoFinding() {
    // h86's 年节电量: 96/110 × 10 = 8.727 printed 8.73, its rate 87.27%; a whole score is taken as exact
    String text = "三级指标\t分值\t得分\t得分率\n年节电量\t10\t8.73\t87.27%\n路灯数量\t10\t9\t90.00%\n"
        + "控制箱数量\t5\t5\t100.00%\n";
    assertTrue(check(text).isEmpty());
    assertEquals(1, check(text.replace("9\t90.00%", "9\t90.50%")).size());
  }

  @Test
  void aScorePrintedWithFewerDecimalsThanTheTablesOthersIsExact() {
    // h497: 14.5 beside 18.31 and 39.78 is 14.50, so 96.76% is no rate of a rounded score: 14.5 ÷ 15 = 96.67%
    String text = "一级指标\t分值\t得分\t得分率\n决策\t15\t14.5\t96.76%\n过程\t20\t18.31\t91.55%\n"
        + "产出\t40\t39.78\t99.45%\n效益\t25\t24\t96.00%\n";
    List<Finding> found = check(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("决策", found.get(0).indicator());
    assertEquals("96.67%", found.get(0).recomputed());
    // where every score has one decimal, 14.5 may round 14.514, whose rate is 96.76%
    assertTrue(check(text.replace("18.31", "18.3").replace("91.55%", "91.50%").replace("39.78", "39.8")
        .replace("99.45%", "99.50%")).isEmpty());
  }

  @Test
  void variantSentenceWordsAreRead() {
    List<Finding> found = check("该指标分值为10分，实际得分为9分，得分率为95.00%。\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals("95.00%", found.get(0).stated());
    assertEquals("90%", found.get(0).recomputed());
    assertTrue(check("标准分10分、自评得分9.5分、得分率95%。\n").isEmpty());
  }

  /** h136's family: the total's rate on a line of its own under the table's 合计. */
  @Test
  void theTotalsRateOnALineOfItsOwn() {
    String text = "合计\t\t100\t\t\t\t98.85\n综合得分率\t\t\t\t\t\t98.95%\n自评等级\t优\n";
    List<Finding> found = new ArithmeticCheck().check(RuleTestRows.subjectWithGrade(new java.math.BigDecimal("98.85"), "优", text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("98.95%", found.get(0).stated());
    assertEquals("98.85%", found.get(0).recomputed());
    assertTrue(new ArithmeticCheck().check(RuleTestRows.subjectWithGrade(new java.math.BigDecimal("98.85"), "优",
        text.replace("98.95%", "98.85%"))).isEmpty());
  }

  @Test
  void aSectionsRateStatedAloneInTheConclusion() {
    // h317: the 一级 headings state 权重 and 得分, the 自评结论 each 一级's 得分率 alone, in 中文数字
    var sections = List.of(
        new org.jixiao.schema.Section("决策指标", new java.math.BigDecimal("15"), new java.math.BigDecimal("14.5"), null, null),
        new org.jixiao.schema.Section("产出指标", new java.math.BigDecimal("35"), new java.math.BigDecimal("34.74"), null, null));
    var report = new org.jixiao.schema.Report("t.txt", null, null, null, null, null, null, null, null, null, null,
        sections, List.of(), null, null, null, null, java.util.Map.of(), List.of(), null, null);
    String text = "四、自评结论\n经自评，决策指标得分率百分之九十六点六七；产出指标得分率百分之九十九点六二；效益指标得分率百分之一百。\n";
    List<Finding> found = new ArithmeticCheck().check(new AuditSubject(report, text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("产出指标", found.get(0).indicator());
    assertEquals("99.62%", found.get(0).stated());
    assertEquals("99.26%", found.get(0).recomputed());
    // in figures, and with its name bare of 指标, the same; right, nothing
    assertEquals(1, new ArithmeticCheck().check(new AuditSubject(report, "产出得分率99.62%。")).size());
    assertTrue(new ArithmeticCheck().check(new AuditSubject(report, "产出指标得分率99.26%，决策指标得分率96.67%。")).isEmpty());
  }
}
