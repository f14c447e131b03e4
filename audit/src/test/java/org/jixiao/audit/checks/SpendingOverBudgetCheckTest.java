package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.ReportPart;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.junit.jupiter.api.Test;

class SpendingOverBudgetCheckTest {
  private static List<Finding> check(AuditSubject subject) {
    return new SpendingOverBudgetCheck().check(subject);
  }

  @Test
  void basicExpenditureOverItsAdjustedBudgetIsAHighWarningWithBothCells() {
    List<Finding> found = check(BudgetTexts.subject(BudgetTexts.H35));
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("基本支出", f.indicator());
    assertEquals("2190.71万元", f.stated());
    assertEquals("≤ 1859.13万元", f.recomputed());
    assertTrue(f.message().contains("超 331.58 万元，执行率 117.84%"), f.message());
    TextSpan where = assertInstanceOf(TextSpan.class, f.location());
    assertEquals("2190.71", BudgetTexts.H35.substring(where.start(), where.end()));
  }

  @Test
  void aFundingLineOverItsBudgetIsFoundAndScoreColumnsAreNotRead() {
    // 年度资金总额 prints 分值 10 and 得分 9.68 beside it: neither is a budget figure
    List<Finding> found = check(BudgetTexts.subject(BudgetTexts.H43));
    assertEquals(1, found.size(), found.toString());
    assertEquals("上年结转资金", found.get(0).indicator());
    assertTrue(found.get(0).message().contains("超 15.6 万元，执行率 113%"), found.get(0).message());
  }

  @Test
  void aSourcePrintingItsWholesFiguresIsTheSameOverspendingSaidOnce() {
    // h180: 当年财政拨款 is the fund's only source, its figures those of 年度资金总额
    String one = "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "年度资金总额\t\t1,200.00\t1,150.00\t1,168.40\t10\t101.60%\t10.0\n"
        + "其中：当年财政拨款\t\t1,200.00\t1,150.00\t1,168.40\t—\t101.60%\t—\n";
    List<Finding> found = check(BudgetTexts.subject(one));
    assertEquals(1, found.size(), found.toString());
    assertEquals("年度资金总额", found.get(0).indicator());
  }

  @Test
  void linesWithinBudgetAndZeroBudgetsAreSilent() {
    assertTrue(check(BudgetTexts.subject(BudgetTexts.H38)).isEmpty()); // 0.00 of 0.00 is ZeroBaseRateCheck's
    assertTrue(check(BudgetTexts.subject(BudgetTexts.H41)).isEmpty());
  }

  @Test
  void aRateThatDoesNotFollowFromTheCellsMeansTheyAreMisreadAndSilences() {
    String shifted = "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n合计\t4,980.00\t5,236.40\t5,102.68\t97.45%\n"
        + "基本支出\t1,352.60\t1,386.25\t1,480.12\t99.56%\n";
    assertTrue(check(BudgetTexts.subject(shifted)).isEmpty());
  }

  @Test
  void aReportOfSeveralInAFileReadsOnlyItsOwnTable() {
    String two = BudgetTexts.H43 + BudgetTexts.H38;
    ReportPart second = new ReportPart(2, 2, null, null, null, List.of(1), null);
    var own = BudgetTexts.report("t.docx", BudgetTexts.budget("3560.80", "3134.98"), second);
    assertTrue(check(new AuditSubject(own, two)).isEmpty());
    var first = BudgetTexts.report("t.docx", BudgetTexts.budget("2075.60", "2009.96"), new ReportPart(1, 2, null, null, null, List.of(0), null));
    assertEquals(1, check(new AuditSubject(first, two)).size());
  }

  /** Parts of a budget stated only in prose (h123's family): HIGH when both sides' parts add up to their wholes. */
  @Test
  void aPartOverspentInAProseBudget() {
    String text = "2023年我局全年预算5,230.00万元，其中基本支出1,460.00万元、项目支出3,770.00万元；全年支出5,018.40万元，"
        + "其中基本支出1,472.30万元、项目支出3,546.10万元。";
    List<Finding> found = check(new AuditSubject(BudgetTexts.report("t.doc", prose("5230", "5018.4", "1460", "1472.3",
        "3770", "3546.1"), null), text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("基本支出", found.get(0).indicator());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    assertEquals(Severity.WARNING, found.get(0).severity());
    // parts that do not add up to their whole may be misread: MEDIUM
    List<Finding> loose = check(new AuditSubject(BudgetTexts.report("t.doc", prose("5230", "5018.4", "1460", "1472.3",
        "3700", "3546.1"), null), text));
    assertEquals(Certainty.MEDIUM, loose.get(0).certainty());
    assertTrue(check(new AuditSubject(BudgetTexts.report("t.doc", prose("5230", "5018.4", "1460", "1452.3",
        "3770", "3566.1"), null), text)).isEmpty(), "parts within their budgets");
    // a list of measures down a table's side (h136) gives no budget-table line: its parts are checked the same way
    String list = "全年预算数\t486,532,100.00\n其中：基本支出\t402,118,600.00\n全年执行数\t479,234,500.00\n"
        + "其中：基本支出\t405,276,300.00\n";
    assertEquals(1, check(new AuditSubject(BudgetTexts.report("t.xlsx", prose("48653.21", "47923.45", "40211.86",
        "40527.63", "8441.35", "7395.82"), null), list)).size());
  }

  private static org.jixiao.schema.Budget prose(String budget, String spent, String basic, String basicSpent,
      String project, String projectSpent) {
    TextSpan at = new TextSpan("t.doc", null, 0, 4);
    java.util.Map<org.jixiao.schema.BudgetField, org.jixiao.schema.Evidence> ev = new java.util.EnumMap<>(org.jixiao.schema.BudgetField.class);
    for (org.jixiao.schema.BudgetField f : org.jixiao.schema.BudgetField.values()) {
      ev.put(f, new org.jixiao.schema.Evidence("…", at, org.jixiao.schema.ExtractionMethod.PROSE));
    }
    return new org.jixiao.schema.Budget(null, n(budget), n(spent), null, n(basic), n(basicSpent), n(project), n(projectSpent), ev);
  }

  private static java.math.BigDecimal n(String s) {
    return org.jixiao.text.number.Numbers.of(s);
  }

  @Test
  void itemsOverBudgetInsideTheOnePartOverBudgetAreThatPartsFindingWithAllItsPlaces() {
    // h108: the 项目支出 line over, and the 年度主要任务 lines that show where: one problem, three places
    String h108 = "年度主要任务\t主要内容\t全年预算数（万元）\t全年执行数（万元）\n"
        + "部门日常运转\t人员及公用经费\t1500.00\t1480.20\n"
        + "基本公共卫生服务\t居民健康档案等\t1126.30\t1152.84\n"
        + "计划生育家庭扶助\t扶助金发放\t275.00\t278.60\n"
        + "\n项目\t全年预算数\t全年执行数\t执行率\n"
        + "年度资金总额\t3413.70\t3417.86\t100.12%\n"
        + "其中：基本支出\t1500.00\t1480.20\t98.68%\n"
        + "项目支出\t1913.70\t1937.66\t101.25%\n";
    List<Finding> found = check(BudgetTexts.subject(h108));
    List<Finding> project = found.stream().filter(f -> "项目支出".equals(f.indicator())).toList();
    assertEquals(1, project.size(), found.toString());
    assertEquals(2, project.get(0).alsoAt().size(), project.get(0).toString());
    assertTrue(project.get(0).message().contains("其中 居民健康档案等 1152.84万元 超过 1126.30万元"), project.get(0).message());
    assertTrue(found.stream().noneMatch(f -> f.indicator().contains("扶助金")), found.toString());
  }

  @Test
  void aSubLineOverBudgetUnderATwoMeasureHeaderIsFoundWhileItsWholeIsNot() {
    // h297's third project: "全年执行数/执行率" over "135.10/103.92%" on its 县级资金 line; the whole under budget
    String h297 = "项目资金（万元）\t\t\t年初预算数\t全年预算数\t分值\t得分\t全年执行数/执行率\n"
        + "\t年度资金总额\t\t300.00\t330.00\t10\t9.74\t321.56/97.44%\n"
        + "\t其中：省级资金\t\t180.00\t200.00\t—\t—\t186.46/93.23%\n"
        + "\t其中：县级资金\t\t120.00\t130.00\t—\t—\t135.10/103.92%\n";
    List<Finding> found = check(BudgetTexts.subject(h297));
    assertEquals(1, found.size(), found.toString());
    assertEquals("县级资金", found.get(0).indicator());
    TextSpan where = assertInstanceOf(TextSpan.class, found.get(0).location());
    assertEquals("135.10", h297.substring(where.start(), where.end()), "the amount's half of the cell");
  }

  @Test
  void thisYearsColumnsOfAProjectOverSeveralYears() {
    // h330: 项目总投资 and 截至上年累计执行数 before this year's 本年全年预算数 | 本年执行数, a running total after
    String text = "项目资金（万元）\t\t\t项目总投资\t截至上年累计执行数\t本年年初预算数\t本年全年预算数\t本年执行数\t本年执行率\t累计执行数\n"
        + "年度资金总额\t\t\t12,600.00\t6,260.00\t3,800.00\t4,110.00\t4,043.30\t98.38%\t10,303.30\n"
        + "其中：中央预算内投资\t\t\t4,000.00\t1,600.00\t1,500.00\t1,500.00\t1,425.60\t95.04%\t3,025.60\n"
        + "区级财政资金\t\t\t3,200.00\t860.00\t1,400.00\t1,650.00\t1,712.46\t103.79%\t2,572.46\n";
    var found = new SpendingOverBudgetCheck().check(BudgetTexts.subject(text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("区级财政资金", found.get(0).indicator());
  }
}
