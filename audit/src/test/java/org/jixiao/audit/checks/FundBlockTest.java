package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.junit.jupiter.api.Test;

/** A 社会保险基金's 基金收支 block (h476): income and expenditure totals with their 其中 lines, last year and growth. */
class FundBlockTest {
  private static final String BLOCK = """
      基金收支情况（万元）\t项目\t上年决算数\t本年预算数\t本年执行数\t执行率\t增长率\t备注
      \t一、基金收入合计\t6,543.70\t6,780.00\t6,785.76\t100.08%\t3.70%\t
      \t其中：个人缴费收入\t1,486.20\t1,550.00\t1,562.38\t100.80%\t5.13%\t
      \t财政补贴收入\t4,862.50\t5,020.00\t5,006.72\t99.74%\t2.97%\t
      \t利息收入\t186.40\t190.00\t194.26\t102.24%\t4.22%\t
      \t集体补助收入\t0.00\t10.00\t12.60\t126.00%\t100.00%\t2024年新增村集体补助
      \t转移收入\t8.60\t10.00\t9.80\t98.00%\t13.95%\t
      \t二、基金支出合计\t5,581.30\t5,870.00\t5,838.18\t99.46%\t4.60%\t
      \t其中：基础养老金支出\t4,920.30\t5,160.00\t5,142.66\t99.66%\t4.52%\t
      \t个人账户养老金支出\t612.40\t660.00\t648.32\t98.23%\t5.87%\t
      \t丧葬补助金支出\t48.60\t50.00\t47.20\t94.40%\t-2.88%\t
      \t三、本年收支结余\t962.40\t910.00\t947.58\t—\t—\t
      """;

  private static List<Finding> audit(String text) {
    return Auditor.standard().audit(BudgetTexts.subject(text)).findings();
  }

  @Test
  void incomeAboveItsBudgetIsNoOverspending() {
    assertTrue(audit(BLOCK).stream().noneMatch(f -> f.check() == CheckId.SPENDING_OVER_BUDGET), audit(BLOCK).toString());
  }

  @Test
  void aTotalWhoseItemsDoNotAddUp() {
    // the income total printed 6,758.76 for its items' 6,785.76 (which its 100.08% follows): one finding
    List<Finding> found = audit(BLOCK.replace("\t6,785.76\t", "\t6,758.76\t"));
    List<Finding> sums = found.stream().filter(f -> f.check() == CheckId.BREAKDOWN_SUM).toList();
    assertEquals(1, sums.size(), found.toString());
    assertTrue(sums.get(0).recomputed().contains("6785.76") || sums.get(0).recomputed().contains("6,785.76"), sums.toString());
    assertTrue(found.stream().noneMatch(f -> f.check() == CheckId.EXECUTION_RATE), "the rate follows the items: " + found);
    assertTrue(audit(BLOCK).stream().noneMatch(f -> f.check() == CheckId.BREAKDOWN_SUM));
  }

  @Test
  void aRateRowScoredByItsOwnRuleIsNotExpectedFullWhenItsTargetIsMet() {
    // h476: "基金支出预算执行率 | ≥95% | 99.46% | 分值 10 | 9.95 | 得分＝执行率×10": 9.95 is its rule's, not points lost
    IndicatorRow rate = RuleTestRows.row("基金支出预算执行率", "≥95%", "99.46%", "10", "9.95", "得分＝执行率×10");
    assertTrue(new RowScoreCheck().check(RuleTestRows.subject(null, null, rate)).isEmpty());
    IndicatorRow plain = RuleTestRows.row("参保人数增长率", "≥5%", "6%", "10", "9.5", null);
    assertEquals(1, new RowScoreCheck().check(RuleTestRows.subject(null, null, plain)).size(), "no rule: points lost");
  }

  @Test
  void aRateRowScoredAsItsRemarkSaysIsNoFinding() {
    // h486: no rule column; the 偏差原因分析 cell says "按执行率×分值计分" (97.39% × 6 = 5.84) while a note's class rule
    // would pay the met target in full
    IndicatorRow r = RuleTestRows.row("预算执行率", "≥95%", "97.39%", "6", "5.84", null);
    IndicatorRow remarked = new IndicatorRow(null, null, null, null, r.level3(), r.target(), r.actual(), r.weight(), r.score(),
        r.targetValue(), r.actualValue(), null, "按执行率×分值计分", null, null, null, Map.of(), List.of());
    assertTrue(new RowScoreCheck().check(RuleTestRows.subject(null, null, remarked)).isEmpty());
    assertEquals(1, new RowScoreCheck().check(RuleTestRows.subject(null, null, r)).size(), "no remark: points lost");
  }

  @Test
  void aGrowthRateOverLastYearsZeroInItsOwnColumn() {
    List<Finding> found = new ZeroBaseRateCheck().check(new AuditSubject(BudgetTexts.report("t.xlsx", null, null), BLOCK));
    assertEquals(1, found.size(), found.toString());
    assertEquals("集体补助收入", found.get(0).indicator());
    assertEquals("100.00%", found.get(0).stated());
  }

  @Test
  void aChangeRateOverLastYearsZeroInTheIndicatorTableUnderTheBudgetBlock() {
    // h486: the budget block's header, a heading across the sheet, then the indicators' own header with 上年 and 增减率
    String text = """
        项目		上年决算数		年初预算数	全年预算数	全年执行数	执行率		增减率（与上年决算比）
        部门预算合计		2,684.30		2,460.00	2,918.60	2,842.39	97.39%		5.89%
        二、绩效指标完成情况									
        一级指标	二级指标	三级指标	分值	年度指标值	上年实际完成值	本年实际完成值	增减率	得分	偏差原因分析
        产出	数量指标	完成人工造林面积	6	≥1.2万亩	1.05万亩	1.26万亩	20.00%	6.00	
        		新建林区智能视频监控点	6	≥12个	0个	12个	100.00%	6.00	
        		古树名木挂牌保护	6	≥150株	0株	162株	—	6.00	
        """;
    List<Finding> found = new ZeroBaseRateCheck().check(new AuditSubject(BudgetTexts.report("t.xlsx", null, null), text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("新建林区智能视频监控点", found.get(0).indicator());
    assertEquals("100.00%", found.get(0).stated());
  }

  @Test
  void aCompletionRateOverAZeroBudgetInAnIncomeBlock() {
    // h504: 其他收入 budgeted 0.00 and 0.00, 48.60 received, printed 100.00% under 收入完成率
    String text = """
        一、收入预算执行情况\t\t\t年初预算数\t全年预算数\t实际收入数\t收入完成率\t备注
        收入合计\t\t\t9,060.00\t9,620.50\t9,853.70\t102.42%\t
        其中：财政拨款收入\t\t\t5,860.00\t6,420.50\t6,420.50\t100.00%\t
        其他收入\t\t\t0.00\t0.00\t48.60\t100.00%\t非同级财政拨款
        """;
    List<Finding> found = new ZeroBaseRateCheck().check(new AuditSubject(BudgetTexts.report("t.xlsx", null, null), text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("其他收入", found.get(0).indicator());
    assertEquals("100.00%", found.get(0).stated());
  }

  @Test
  void aChangeRateOverAZeroAtTheStartOfTheYearInAColumnNamingThatBase() {
    // h496: "全年较年初增减率" is over 年初预算数, not last year; the 上年结转 line starts the year at 0.00
    String text = """
        资金来源\t年初预算数\t全年预算数\t全年支出数\t执行率\t全年较年初增减率
        合计\t312.00\t348.60\t341.33\t97.91%\t11.73%
        中央财政拨款\t236.00\t248.00\t244.12\t98.44%\t5.08%
        上年结转\t0.00\t18.60\t17.86\t96.02%\t100.00%
        """;
    List<Finding> found = new ZeroBaseRateCheck().check(new AuditSubject(BudgetTexts.report("t.docx", null, null), text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("上年结转", found.get(0).indicator());
    assertEquals("100.00%", found.get(0).stated());
    assertTrue(found.get(0).message().contains("年初为 0.00"), found.get(0).message());
    String started = text.replace("上年结转\t0.00", "上年结转\t9.30");
    assertTrue(new ZeroBaseRateCheck().check(new AuditSubject(BudgetTexts.report("t.docx", null, null), started)).isEmpty());
  }
}
