package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

class FigureAgreementCheckTest {
  private static List<Finding> check(String text) {
    return new FigureAgreementCheck().check(BudgetTexts.subject(text));
  }

  @Test
  void aRateThatDropsADigitIsNotARoundingDifference() {
    List<Finding> found = check(BudgetTexts.H34);
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("99.8%", f.stated());
    assertEquals("99.98%", f.recomputed());
  }

  @Test
  void aPlacesFigureInASentenceAgainstItsLineOfTheBreakdownTable() {
    // h536: 凤庆县's 1.58万亩 in 表1 (the column adds to its 合计 7.00) is 1.85万亩 in the sentence; 双江县 and 云县 agree
    String table = "县（区）\t分配资金\t实际支出\t生态茶园改造（万亩）\t初制所规范化改造（个）\n"
        + "临翔区\t200.00\t192.36\t0.62\t4\n凤庆县\t380.00\t362.80\t1.58\t8\n云县\t300.00\t281.54\t1.06\t6\n"
        + "双江县\t280.00\t268.90\t1.12\t6\n合计\t1,160.00\t1,105.60\t4.38\t24\n";
    String prose = "全市改造生态茶园4.38万亩，其中凤庆县改造生态茶园1.85万亩、双江县1.12万亩、云县1.06万亩；规范化改造初制所24个。";
    List<Finding> found = check(table + prose);
    assertEquals(1, found.size(), found.toString());
    assertEquals("1.85万亩", found.get(0).stated());
    assertEquals("1.58万亩", found.get(0).recomputed());
    assertTrue(found.get(0).message().contains("即其合计"), found.get(0).message());
    assertEquals(List.of(), check(table + "凤庆县新植茶苗1.85万亩。"), "another measure in the same unit");
    assertEquals(List.of(), check(table + prose.replace("1.85", "1.58")));
  }

  /** h241: the prose in 万元 lists the parts of 全年执行数; the budget table, captioned in 千元, prints them too. */
  static final String H241 = "2023年全年执行数17,986.14万元，其中基本支出12,169.90万元、项目支出5,812.64万元。\n"
      + "表1  2023年度部门预算执行情况（金额单位：千元）\n"
      + "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
      + "合计\t168,200.0\t186,425.0\t179,861.4\t96.48%\n"
      + "其中：基本支出\t119,600.0\t124,063.0\t121,699.0\t98.09%\n"
      + "项目支出\t48,600.0\t62,362.0\t58,162.4\t93.27%\n";

  @Test
  void aSentenceGoingOnAboutTheAccountTheSentenceBeforeNamedIsThatAccounts() {
    // h425: a 部门决算's 情况说明 names its 一般公共预算财政拨款 支出, then goes on about that account's budget
    String table = "项目\t年初预算数\t调整后预算数\t全年支出数\t预算执行率\n"
        + "支出合计\t18,650.00\t19,872.36\t19,024.90\t95.74%\n"
        + "1.基本支出\t12,106.00\t12,418.20\t12,397.64\t99.83%\n"
        + "2.项目支出\t6,544.00\t7,354.16\t6,627.26\t90.12%\n";
    String own = "2025年度部门年初预算18,650.00万元，调整后预算19,872.36万元，全年支出19,204.90万元，预算执行率95.74%。单位：万元\n";
    assertEquals(1, check(own + table).size(), "the department's own sentence, one digit pair swapped");
    String other = "2025年度一般公共预算财政拨款支出18,102.30万元。调整后预算19,872.36万元，全年支出19,204.90万元。单位：万元\n";
    assertEquals(List.of(), check(other + table));
  }

  @Test
  void aPartTheProseListsOtherwiseThanTheTableIsOneFindingNotAWrongSum() {
    List<Finding> found = check(H241);
    assertEquals(1, found.size(), found.toString());
    assertEquals("5812.64万元", found.get(0).stated());
    assertTrue(found.get(0).indicator().startsWith("项目支出"), found.get(0).indicator());
    assertTrue(new BreakdownSumCheck().check(BudgetTexts.subject(H241)).isEmpty(), "the list's sum is not the problem");
    // both parts off: no one figure to blame, the sum is reported
    String both = H241.replace("基本支出12,169.90万元", "基本支出12,160.90万元");
    assertTrue(check(both).isEmpty());
    assertEquals(1, new BreakdownSumCheck().check(BudgetTexts.subject(both)).size());
  }

  @Test
  void aRateRoundedToThePrintedPrecisionAgrees() {
    String rounded = BudgetTexts.H34.replace("预算执行率99.8%", "预算执行率100.0%");
    assertTrue(check(rounded).isEmpty());
    assertTrue(check(rounded.replace("全年预算数38,652.47万元", "全年预算数3.87亿元")).isEmpty());
    assertEquals(1, check(rounded.replace("全年预算数38,652.47万元", "全年预算数3.85亿元")).size());
  }

  @Test
  void aSentenceInATableCellIsProseAndARowPrintedWithSpacesIsNot() {
    // h61_chongchuan_weijian.docx: the 实际完成情况 cell swaps two digits of the head block's rate
    String h61 = "年度预算资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t11863.40\t12486.30\t11525.63\t10\t92.31%\t10\n"
        + "\t按收入性质分\t\t\t\t\t\t\n"
        + "\t其中：一般公共预算\t11263.40\t11806.30\t10915.63\t—\t92.46%\t—\n"
        + "年度总体目标\t预期目标\t\t\t实际完成情况\n"
        + "\t做实家庭医生签约服务，保障辖区医疗卫生安全。\t\t\t全年执行11525.63万元，预算执行率93.21%；家庭医生签约率提升。\n";
    List<Finding> found = check(h61);
    assertEquals(1, found.size(), found.toString());
    assertEquals("93.21%", found.get(0).stated());
    // h55_fengrun_weijian.pdf: an indicator row (target 100%, actual 95.72%) flattened with spaces
    assertTrue(check(h61.replace("预算执行率93.21%", "预算执行率92.31%") + "1 预算执行率 100% 95.72% 10 9.57\n").isEmpty());
  }

  @Test
  void anAmountInCapitalsIsTheFigureAboveIt() {
    // h296: a 项目 form's 金额大写 line under its 年度资金总额 line, the capitals in 元, the table in 万元
    String h296 = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "年度资金总额\t1180\t1286.5\t1236.48\t10\t96.11%\t9.61\n"
        + "金额大写\t年初预算数（大写）：人民币壹仟壹佰捌拾万元整；全年预算数（大写）：人民币壹仟贰佰捌拾陆万伍仟元整；"
        + "全年执行数（大写）：人民币壹仟贰佰陆拾叁万肆仟捌佰元整\n"
        + "其中：中央资金\t600\t600\t600\t—\t100%\t—\n";
    List<Finding> found = check(h296);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    assertTrue(found.get(0).indicator().contains("执行"), found.get(0).indicator());
    assertEquals("人民币壹仟贰佰陆拾叁万肆仟捌佰元整（12634800元）", found.get(0).stated());
    assertTrue(check(h296.replace("贰佰陆拾叁万肆仟捌佰", "贰佰叁拾陆万肆仟捌佰")).isEmpty(), "capitals that agree");
  }

  @Test
  void aTransposedBudgetTotalInProse() {
    List<Finding> found = check(BudgetTexts.H41);
    assertEquals(1, found.size(), found.toString());
    assertEquals("5,263.40万元", found.get(0).stated());
    assertEquals("5,236.40万元", found.get(0).recomputed());
  }

  @Test
  void aFigureLabelledOtherwiseThanTheTableIsMedium() {
    String text = "2022年我局全年财政下达预算指标9893.12万元，根据工作需求实际使用9452.13万元，部门预算完成率91.38%。\n"
        + "\t\t\t\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "整体支出规模(万元)\t年度资金总额\t\t\t10343.6719\t9452.1302\t10\t91.38\t7\n"
        + "\t资金来源：（1）财政拨款\t\t\t9617.6719\t8771.4402\t-\t91.20\t7\n";
    List<Finding> found = check(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Certainty.MEDIUM, found.get(0).certainty());
    assertEquals("9893.12万元", found.get(0).stated());
  }

  @Test
  void partsAndOtherBudgetsNamedInTheSentenceAreComparedWithTheirOwnLineOrNotAtAll() {
    String text = "全年预算79,836.12万元，全年实际支出74,508.69万元，预算执行率93.33%。其中：基本支出调整后预算15,236.48万元，实际支出15,102.77万元；"
        + "项目支出调整后预算64,599.64万元，实际支出59,405.92万元。\n"
        + "10.“三公经费”控制率。“三公经费”预算86.4万元，实际支出71.25万元，控制率82.47%。\n"
        + "项目\t年初预算数\t调整后预算数\t实际支出数\t预算执行率\n"
        + "合计\t68,452.36\t79,836.12\t74,508.69\t93.33%\n"
        + "基本支出\t14,980.20\t15,236.48\t15,102.77\t99.12%\n"
        + "项目支出\t53,472.16\t64,599.64\t59,405.92\t91.96%\n";
    assertTrue(check(text).isEmpty(), () -> check(text).toString());
  }
  @Test
  void aTotalLineNamedSpendingTotal() {
    // h80_kaili_jiaoyu.html: the 合计 line is labelled 支出合计; the prose swaps two digits of its 全年支出数
    String h80 = "2025年度部门年初预算18,650.00万元，调整后预算19,872.36万元，全年支出19,204.90万元，预算执行率95.74%。单位：万元\n"
        + "项目\t年初预算数\t调整后预算数\t全年支出数\t预算执行率\n"
        + "支出合计\t18,650.00\t19,872.36\t19,024.90\t95.74%\n"
        + "1.基本支出\t12,106.00\t12,418.20\t12,397.64\t99.83%\n"
        + "2.项目支出\t6,544.00\t7,354.16\t6,627.26\t90.12%\n";
    List<Finding> found = check(h80);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    assertEquals("19,204.90万元", found.get(0).stated());
    assertEquals("19,024.90万元", found.get(0).recomputed());
    // a 支出总计 line, the figure agreeing: silent; disagreeing: found
    String total = h80.replace("支出合计", "支出总计");
    assertTrue(check(total.replace("全年支出19,204.90万元", "全年支出19,024.90万元")).isEmpty());
    assertEquals(1, check(total).size());
  }

  /** A report with no budget table states its total spending twice in prose, with two values (h126's family). */
  @Test
  void aTotalStatedTwiceInProseWithTwoValues() {
    String text = """
        一、部门基本情况
        我局2024年全年预算数为3,265.80万元，全年支出3,151.50万元，预算执行率为96.50%。
        三、自评结论
        综上，我局2024年度部门整体支出绩效自评得分98.65分。全年支出3,115.50万元，主要用于食品安全抽检。
        """;
    List<Finding> found = new FigureAgreementCheck().check(new org.jixiao.audit.AuditSubject(year(2024), text));
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("3,115.50万元", f.stated());
    assertEquals("3,151.50万元", f.recomputed());
    assertEquals(1, f.alsoAt().size(), "the earlier statement is named too");
    // another year's figure, a change on the year before, a part's figure: none is the same figure
    for (String other : List.of("2023年全年支出3,115.50万元", "较上年全年支出3,115.50万元", "其中基本支出全年支出3,115.50万元")) {
      String t = text.replace("全年支出3,115.50万元", other);
      assertTrue(new FigureAgreementCheck().check(new org.jixiao.audit.AuditSubject(year(2024), t)).isEmpty(), other);
    }
    assertTrue(new FigureAgreementCheck().check(new org.jixiao.audit.AuditSubject(year(2024),
        text.replace("3,115.50万元", "3,151.5万元"))).isEmpty(), "the same figure at another precision agrees");
  }

  private static org.jixiao.schema.Report year(int fiscalYear) {
    return new org.jixiao.schema.Report("t.docx", null, fiscalYear, null, null, null, null, null, null, null, null,
        List.of(), List.of(), null, null, null, null, java.util.Map.of(), List.of(), null, null, null);
  }

  /** A project's report (h139): "项目…资金" name its whole; the figure the extraction kept is the reference. */
  @Test
  void aProjectsSpendingStatedTwiceAgainstTheFigureItsRateConfirms() {
    String text = "摘要：该项目全年预算资金132.00万元，实际支出128.36万元。\n"
        + "（二）资金使用情况。项目全年预算132.00万元，实际支出123.86万元，预算执行率93.83%。\n";
    var budget = new org.jixiao.schema.Budget(null, new java.math.BigDecimal("132"), new java.math.BigDecimal("123.86"),
        new java.math.BigDecimal("93.83"), null, null, null, null, java.util.Map.of());
    var report = new org.jixiao.schema.Report("t.pdf", null, 2021, null, null, null, null, null, null, null, budget,
        List.of(), List.of(), null, null, null, null, java.util.Map.of(), List.of(), "文化场馆免费开放补助项目", null, null);
    List<Finding> found = new FigureAgreementCheck().check(new org.jixiao.audit.AuditSubject(report, text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("128.36万元", found.get(0).stated());
    assertEquals("123.86万元", found.get(0).recomputed());
  }

  @Test
  void aFormsHeadCellAgainstTheBudgetTable() {
    // h191: the indicator sheet's head repeats the budget sheet's 全年执行数 with two digits swapped
    String workbook = """
        表一　部门预算执行情况\t\t\t\t单位：万元
        项目\t年初预算数\t全年预算数\t全年执行数\t执行率\t备注
        合计\t2,302.00\t2,400.00\t2,390.52\t99.61%\t
        基本支出\t842.00\t865.20\t842.16\t97.34%\t
        项目支出\t1,460.00\t1,534.80\t1,548.36\t100.88%\t
        部门名称：锦州市太和区农业农村局\t\t\t全年预算数（万元）\t2,400.00\t全年执行数（万元）\t\t2,309.52
        一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t评分\t\t扣分原因
        """;
    List<Finding> found = check(workbook);
    assertEquals(1, found.size(), found.toString());
    assertEquals("2,309.52万元", found.get(0).stated());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    assertTrue(found.get(0).recomputed().startsWith("2,390.52"), found.get(0).recomputed());
    assertTrue(check(workbook.replace("\t2,309.52", "\t2,390.52")).isEmpty());
    assertTrue(check(workbook.replace("全年执行数（万元）", "上年执行数（万元）")).isEmpty(), "another year's figure");
  }

  @Test
  void aCardsFigureBeforeItsCaptionAgainstTheBudgetTable() {
    // h445: a portal's 图解 page, each card a figure over its caption, then the 自评表 with two digits of 全年执行数 swapped
    String page = """
        2,986.40	全年预算（万元）
        2,814.73	全年支出（万元）
        95.2%	预算执行率
        年度预算执行情况（万元）		年初预算数	全年预算数	全年执行数	分值	执行率	得分
        	年度资金总额	2,480.00	2,986.40	2,841.73	10	95.16%	9.52
        """;
    List<Finding> found = check(page);
    assertEquals(1, found.size(), found.toString());
    assertEquals("2,814.73万元", found.get(0).stated());
    assertTrue(found.get(0).message().startsWith("数字卡片"), found.get(0).message());
    assertTrue(check(page.replace("2,814.73", "2,841.73")).isEmpty());
  }

  @Test
  void aWholeMadeUpWithLastYearsCarryOverIsStillThisYearsWhole() {
    // h452: a reply letter, "年初安排资金1,200.00万元，加上上年结转资金，全年预算1,280.00万元，实际支出1,220.87万元" beside the
    // form's 年度资金总额 line of 1,220.78
    String text = "一、关于加大养护资金投入。2024年县级统筹实施2024年某某县农村公路养护工程，年初安排资金1,200.00万元，加上上年结转资金，"
        + "全年预算1,280.00万元，实际支出1,220.87万元。\n"
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t1,200.00\t1,280.00\t1,220.78\t10\t95.37%\t9.54\n";
    java.util.function.Function<String, List<Finding>> of = t -> new FigureAgreementCheck().check(new org.jixiao.audit.AuditSubject(
        new org.jixiao.schema.Report("t.html", null, 2024, null, null, null, null, null, null, null, null, List.of(), List.of(), null,
            null, null, null, java.util.Map.of(), List.of(), "2024年某某县农村公路养护工程", null, null), t));
    List<Finding> found = of.apply(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("1,220.87万元", found.get(0).stated());
    assertTrue(of.apply(text.replace("1,220.87万元", "1,220.78万元")).isEmpty());
    assertTrue(of.apply(text.replace("加上上年结转资金，全年预算1,280.00万元，实际支出", "上年结转资金实际支出")).isEmpty(),
        "a figure of the carry-over itself is a part's");
  }

  @Test
  void aProjectReportsProseNamingItsFundAsTheWholeAgainstItsFormsLine() {
    // h199: "…补助资金由…主管…，年中追加后全年预算365.00万元" beside the form's 年度资金总额 line of 356.00
    String text = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "年度资金总额\t320.00\t356.00\t341.82\t10\t96.02%\t9.26\n"
        + "一、项目概况：某某区2023年城市社区居家养老服务补助资金由某某区民政局主管，2023年年初预算320.00万元，"
        + "年中追加后全年预算365.00万元，全年实际支出341.82万元。\n";
    var report = new org.jixiao.schema.Report("t.docx", null, 2023, null, null, null, null, null, null, null, null, List.of(),
        List.of(), null, null, null, null, java.util.Map.of(), List.of(), "某某区2023年城市社区居家养老服务补助资金", null, null);
    List<Finding> found = new FigureAgreementCheck().check(new org.jixiao.audit.AuditSubject(report, text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("365.00万元", found.get(0).stated());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
  }

  @Test
  void aRateTheTablesOwnLineGivesIsRightInTheProse() {
    // h328: the 合计 line prints 96.98% where its own 2,236.78 ÷ 2,380.00 is 93.98%, the prose's figure
    String text = "项目全年预算2,380.00万元，实际支出2,236.78万元，预算执行率93.98%。\n"
        + "表1 项目资金执行情况（单位：万元）\n"
        + "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
        + "合计\t2,300.00\t2,380.00\t2,236.78\t96.98%\n"
        + "中央资金\t1,500.00\t1,500.00\t1,412.46\t94.16%\n";
    assertEquals(List.of(), check(text), "the line's rate is ExecutionRateCheck's finding");
  }

  @Test
  void aRateAfterTheListOfPartsThatIsTheTotalsIsTheTotals() {
    // h397: the rate closes a sentence that lists the parts after the whole; it is the 合计's, not the 项目支出 named last
    String text = "全年执行2,200.57万元，其中基本支出851.20万元、项目支出1,349.37万元，预算执行率95.71%。\n"
        + "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
        + "合计\t1,906.00\t2,299.25\t2,200.57\t95.71%\n"
        + "基本支出\t786.00\t862.45\t851.20\t98.70%\n"
        + "项目支出\t1,120.00\t1,436.80\t1,349.37\t93.91%\n";
    assertEquals(List.of(), check(text));
    assertEquals(1, check(text.replace("预算执行率95.71%", "预算执行率95.17%")).size(), "no line's rate: still a finding");
  }

  /** h530: the form counts 42户 done, its payment roll, whose sum is the whole 全年执行数, pays 40. */
  @Test
  void aCountAgainstThePaymentRollThatAccountsForTheSpending() {
    String roll = "紫阳县2024年农村低收入群体等重点对象农房危房改造补助资金发放花名册\n"
        + "序号\t镇\t村\t户主姓名\t改造方式\t补助金额\n"
        + "1\t洞河镇\t小河村\t王*明\t拆除重建\t35,000.00\n"
        + "合计\t\t\t40户\t\t1,010,000.00\n";
    java.util.function.BiFunction<String, String, List<Finding>> check = (actual, paid) -> new FigureAgreementCheck().check(
        RuleTestRows.subject(RuleTestRows.budget("110", paid, null), roll,
            RuleTestRows.row("完成危房改造户数", "≥42户", actual, "10", "10", null),
            RuleTestRows.row("入户房屋安全鉴定户数", "≥60户", "63户", "5", "5", null)));
    List<Finding> f = check.apply("42户", "101");
    assertEquals(1, f.size(), f.toString());
    assertEquals("42户", f.get(0).stated());
    assertEquals("40户（花名册）", f.get(0).recomputed());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(Certainty.HIGH, f.get(0).certainty());
    assertTrue(check.apply("40户", "101").isEmpty(), "the same count");
    assertTrue(check.apply("42户", "105").isEmpty(), "a roll that is not the whole spending may be part of it");
  }
}
