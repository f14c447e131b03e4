package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

class ZeroBaseRateCheckTest {
  private static List<Finding> check(String text) {
    return new ZeroBaseRateCheck().check(BudgetTexts.subject(text));
  }

  @Test
  void aRatePrintedOnABudgetLineOfZeroIsAWarning() {
    List<Finding> found = check(BudgetTexts.H38);
    assertEquals(1, found.size(), found.toString());
    assertEquals("其他资金", found.get(0).indicator());
    assertEquals("100.00%", found.get(0).stated());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
  }

  @Test
  void aBudgetTableHeaded调整预算And决算支出() {
    String workbook = """
        项目\t年初预算\t调整预算\t决算支出\t执行率
        合计\t1,500.00\t1,600.00\t1,560.00\t97.50%
        一般公共预算拨款\t1,500.00\t1,600.00\t1,560.00\t97.50%
        政府性基金预算拨款\t0.00\t0.00\t0.00\t100.00%
        """;
    List<Finding> found = check(workbook);
    assertEquals(1, found.size(), found.toString());
    assertEquals("政府性基金预算拨款", found.get(0).indicator());
  }

  @Test
  void aCompletionRateOverAZeroBudgetInProse() {
    List<Finding> found = check("2022年度“三公经费”财政拨款支出预算为0万元，支出决算为0万元，完成预算的0%。2022年度“三公经费”支出决算数与预算数不存在差异。");
    assertEquals(1, found.size(), found.toString());
    assertEquals("0%", found.get(0).stated());
  }

  @Test
  void aRateIndicatorScoredOverAZeroBudget() {
    List<Finding> found = check("非税收入预算完成率：2022年非税收入15万元，非税收入预算数为0。（设置分值1分，得1分）");
    assertEquals(1, found.size(), found.toString());
    assertEquals("非税收入预算完成率", found.get(0).indicator());
  }

  @Test
  void aGrowthRateOverAPreviousYearOfZero() {
    List<Finding> found = check("\t\t\t新增A级旅游景区数量增长率\t≥10%\t100%（上年新增0家，本年新增2家）\t6\t6\t");
    assertEquals(1, found.size(), found.toString());
    assertEquals("新增A级旅游景区数量增长率", found.get(0).indicator());
    assertEquals("100%", found.get(0).stated());
  }

  @Test
  void aGrowthRateReadInItsRowWhereTheTableIsPrintedSideways() {
    // h213: the name on the 三级指标 line, its actual on the 实际完成值 line below
    var row = RuleTestRows.row("植保服务组织服务收入增长率", "≥10%", "100%（2023年0元，2024年38万元）", "8", "8", null);
    String text = "三级指标\t绿色防控技术到位率\t植保服务组织服务收入增长率\n实际完成值\t93.5%\t100%（2023年0元，2024年38万元）";
    List<Finding> found = new ZeroBaseRateCheck().check(RuleTestRows.subject(null, text, row));
    assertEquals(1, found.size(), found.toString());
    assertEquals("植保服务组织服务收入增长率", found.get(0).indicator());
    assertEquals("100%", found.get(0).stated());
    // printed upright, the line reading finds it and the row does not find it again
    String upright = "\t\t植保服务组织服务收入增长率\t≥10%\t100%（2023年0元，2024年38万元）\t8\t8";
    assertEquals(1, new ZeroBaseRateCheck().check(RuleTestRows.subject(null, upright, row)).size());
  }

  @Test
  void aFallRateOverNoAccidentsLastYear() {
    // h69_xianan_jiaotong.html
    List<Finding> found = check("\t\t港口危险货物安全事故下降率\t较上年下降\t100%（上年发生0起，本年0起）\t5\t5");
    assertEquals(1, found.size(), found.toString());
    assertEquals("港口危险货物安全事故下降率", found.get(0).indicator());
  }

  @Test
  void aGrowthRateWhoseEarlierYearIsZero() {
    // h192: the two years named in the bracket, the earlier one the base, in either order
    List<Finding> found = check("\t生态效益\t立体绿化面积增长率\t8\t≥20%\t100%（2022年0平方米，2023年3,200平方米）\t8\t达到目标值得满分");
    assertEquals(1, found.size(), found.toString());
    assertEquals("立体绿化面积增长率", found.get(0).indicator());
    assertEquals("100%", found.get(0).stated());
    assertTrue(found.get(0).message().contains("2022年为 0"), found.get(0).message());
    assertEquals(1, check("\t立体绿化面积增长率\t≥20%\t100%（2023年3,200平方米，2022年0平方米）\t8\t8").size());
    assertTrue(check("\t立体绿化面积增长率\t≥20%\t33%（2022年2,400平方米，2023年3,200平方米）\t8\t8").isEmpty());
    assertTrue(check("\t立体绿化面积增长率\t≥20%\t100%（2023年0平方米，2023年3,200平方米）\t8\t8").isEmpty(),
        "one year twice: no base named");
  }

  @Test
  void aGrowthStatedInASentenceOverAYearOfZero() {
    // h466: the change in words, the two years' figures in brackets; named as the row of that change
    var row = RuleTestRows.row("家庭农场补贴户数增长率", "≥20%", "100%", "4", "4", null);
    String text = "（三）政策产出。全县补贴面积98.06万亩；家庭农场补贴户数较上年增长100%（2023年0户，2024年126户）；耕地质量监测点建成9个。";
    List<Finding> found = new ZeroBaseRateCheck().check(RuleTestRows.subject(null, text, row));
    assertEquals(1, found.size(), found.toString());
    assertEquals("家庭农场补贴户数增长率", found.get(0).indicator());
    assertEquals("100%", found.get(0).stated());
    // no such row: the sentence's own words
    assertEquals("家庭农场补贴户数增长", check(text).get(0).indicator());
    assertTrue(check("家庭农场补贴户数较上年增长26%（2023年100户，2024年126户）。").isEmpty(), "a base that is not 0");
  }

  @Test
  void aGrowthRateWhoseOneYearNamedBeforeTheReportsIsZero() {
    // h200 (a 2022 report): "100 %（2021年0万平方米）", the cell wrapped in the PDF
    String line = "\t\t既有建筑节能改造面积增长率\t5\t≥15%\t100 %（2021年0万平方米）\t5\t";
    java.util.function.Function<Integer, org.jixiao.audit.AuditSubject> of = year -> new org.jixiao.audit.AuditSubject(
        new org.jixiao.schema.Report("t.pdf", null, year, null, null, null, null, null, null, null, null, List.of(), List.of(),
            null, null, null, null, java.util.Map.of(), List.of(), null, null, null), line);
    List<Finding> found = new ZeroBaseRateCheck().check(of.apply(2022));
    assertEquals(1, found.size(), found.toString());
    assertEquals("既有建筑节能改造面积增长率", found.get(0).indicator());
    assertTrue(new ZeroBaseRateCheck().check(of.apply(2021)).isEmpty(), "the report's own year is no base");
    assertTrue(new ZeroBaseRateCheck().check(of.apply(null)).isEmpty(), "no year, no telling");
  }

  /** A report of {@code year} holding {@code row} alone, over {@code text}. */
  private static org.jixiao.audit.AuditSubject subject(IndicatorRow row, Integer year, String text) {
    return new org.jixiao.audit.AuditSubject(new org.jixiao.schema.Report("t.html", null, year, null, null, null, null, null,
        null, null, null, List.of(), List.of(row), null, null, null, null, java.util.Map.of(), List.of(), null, null,
        null), text);
  }

  @Test
  void aGrowthRateWhoseMeasureTheProseSaysWasNoneTheYearBefore() {
    // h249 (a 2023 report): the platform went live in 2023, "（2022年无访问量）", and its 访问量增长率 row prints 100%
    IndicatorRow row = RuleTestRows.row("数字文化服务平台访问量增长率", "≥20%", "100%", "6", "6", null);
    java.util.function.BiFunction<Integer, String, org.jixiao.audit.AuditSubject> of = (year, text) -> subject(row, year, text);
    String live = "“鄞州文化云”数字文化服务平台于2023年3月上线运行（2022年无访问量），全年访问量38.6万人次。";
    List<Finding> found = new ZeroBaseRateCheck().check(of.apply(2023, live));
    assertEquals(1, found.size(), found.toString());
    assertEquals("100%", found.get(0).stated());
    assertEquals("—（基数为 0）", found.get(0).recomputed());
    assertTrue(new ZeroBaseRateCheck().check(of.apply(2023, "平台上年访问量31.2万人次，本年38.6万人次。")).isEmpty());
    assertTrue(new ZeroBaseRateCheck().check(of.apply(2022, live)).isEmpty(), "the report's own year is no base");
    assertTrue(new ZeroBaseRateCheck().check(of.apply(2023, "平台上年无故障运行。")).isEmpty(), "not the rate's measure");
  }

  @Test
  void aGrowthRateWhoseActivityTheProseSaysWasNotYetOpen() {
    // h360 (a 2024 report): "（2023年未开放夜间游览）" under 古城夜间游览游客量增长率, which prints 100%
    IndicatorRow row = RuleTestRows.row("古城夜间游览游客量增长率", "≥10%", "100%", "5", "5", null);
    String text = "2024年5月起开放古城夜间游览（2023年未开放夜间游览），全年接待夜游游客31.6万人次。";
    List<Finding> found = new ZeroBaseRateCheck().check(subject(row, 2024, text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("100%", found.get(0).stated());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, "2023年未开放城墙登临，2024年开放。")).isEmpty(),
        "another activity");
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, "2024年未开放夜间游览的景区3处。")).isEmpty(),
        "the report's own year");    // h364: the activity named by two characters of the rate's subject
    IndicatorRow study = RuleTestRows.row("茶旅研学接待人次增长率", "≥10%", "100%", "6", "6", null);
    assertEquals(1, new ZeroBaseRateCheck().check(subject(study, 2024,
        "2024年6月起依托茶园开办茶旅研学（2023年未开展研学活动），全年接待研学学生1.26万人次。")).size());
    // h393: the activity named before the words, "2023年零工市场尚未运营"
    IndicatorRow market = RuleTestRows.row("零工市场求职登记人次增长率", "≥20%", "100%", "5", "5", null);
    String note = "\t\t零工市场求职登记人次增长率\t%\t≥20\t100\t5\t5\t2023年零工市场尚未运营（求职登记0人次），2024年登记3862人次";
    assertEquals(1, new ZeroBaseRateCheck().check(subject(market, 2024, note)).size());
    String running = note.replace("2023年零工市场尚未运营", "2023年零工市场运营").replace("（求职登记0人次）", "（求职登记2960人次）");
    assertTrue(new ZeroBaseRateCheck().check(subject(market, 2024, running)).isEmpty());
  }

  @Test
  void aGrowthRateWhoseActivityThereWasNoneOfTheYearBefore() {
    // h312: its own 偏差原因 cell, "2023年无入境滑雪旅游团组" for 入境滑雪游客增长率 (the groups, not the visitors, named)
    IndicatorRow row = RuleTestRows.row("入境滑雪游客增长率", "≥20%", "100%", "6", "6", null);
    String note = "\t入境滑雪游客增长率\t≥20%\t100%\t6\t6\t2023年无入境滑雪旅游团组，2024年接待入境滑雪游客2360人次";
    assertEquals(1, new ZeroBaseRateCheck().check(subject(row, 2024, note)).size());
    // a bare 无 before fewer than four characters of the activity is no none of it: "无滑雪事故"
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, note.replace("无入境滑雪旅游团组", "无滑雪安全事故"))).isEmpty());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, note.replace("2023年无", "2023年接待"))).isEmpty());
  }

  @Test
  void aGrowthRateWhoseOwnReasonGivesLastYearsMeasureAsZero() {
    // h525: "上年库容0立方米，本年新增1500立方米" in the row's own reason, the measure named short (库容 of 冷链仓储库容)
    IndicatorRow row = new IndicatorRow(null, null, null, null, "县域冷链仓储库容较上年增长率", "≥50%", "100%", new java.math.BigDecimal("5"),
        new java.math.BigDecimal("5"), org.jixiao.text.number.ValueParser.parse("≥50%"), org.jixiao.text.number.ValueParser.parse("100%"), null, "上年库容0立方米，本年新增1500立方米",
        null, null, null, java.util.Map.of(), List.of());
    List<Finding> found = new ZeroBaseRateCheck().check(subject(row, 2024, "县域冷链仓储库容较上年增长率\t≥50%\t100%\t5\t5\n"));
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().startsWith("偏差原因"), found.get(0).message());
    IndicatorRow grown = new IndicatorRow(null, null, null, null, row.level3(), row.target(), "50%", row.weight(), row.score(),
        row.targetValue(), org.jixiao.text.number.ValueParser.parse("50%"), null, "上年库容1000立方米，本年新增500立方米", null, null, null,
        java.util.Map.of(), List.of());
    assertTrue(new ZeroBaseRateCheck().check(subject(grown, 2024, "")).isEmpty());
    // h547: the year in the clause before ("2023年基地未运营，接待人次为0，2024年接待2.82万人次")
    IndicatorRow visits = new IndicatorRow(null, null, null, null, "研学旅行接待人次较上年增长率", "≥10%", "100%", new java.math.BigDecimal("7"),
        new java.math.BigDecimal("7"), org.jixiao.text.number.ValueParser.parse("≥10%"), org.jixiao.text.number.ValueParser.parse("100%"), null,
        "2023年基地未运营，接待人次为0，2024年接待2.82万人次", null, null, null, java.util.Map.of(), List.of());
    assertEquals(1, new ZeroBaseRateCheck().check(subject(visits, 2024, "")).size());
  }

  @Test
  void aGrowthRateWhoseSubjectThereWasNotOneOfLastYear() {
    // h447, an interview's transcript: "上年全县还没有一名专职心理健康教师，2024年我们通过公开招聘配备了12名，增长了100%"
    IndicatorRow row = RuleTestRows.row("专职心理健康教师配备增长率", "≥50%", "100%", "5", "5", null);
    String said = "[汪志勇]　这是我们去年的一项重点工作。上年全县还没有一名专职心理健康教师，2024年我们通过公开招聘配备了12名，增长了100%。";
    assertEquals(1, new ZeroBaseRateCheck().check(subject(row, 2024, said)).size());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, said.replace("还没有一名", "只有6名"))).isEmpty());
    // "没有" before another word is no count of none: the task, not the teachers, was not done
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, said.replace("还没有一名专职", "没有完成专职"))).isEmpty());
  }

  @Test
  void aGrowthRateWhoseMeasureWasNoneAtTheEndOfTheYearBefore() {
    // h270 (a 2024 report): its own 偏差原因 cell, "2023年末无智能监测点位，2024年新建126个"
    IndicatorRow row = RuleTestRows.row("燃气管网智能监测点位增长率", "≥50%", "100%", "6", "6", null);
    java.util.function.BiFunction<Integer, String, org.jixiao.audit.AuditSubject> of = (year, text) -> subject(row, year, text);
    String line = "		燃气管网智能监测点位增长率	≥50%	100%	6	6	2023年末无智能监测点位，2024年新建126个";
    assertEquals(1, new ZeroBaseRateCheck().check(of.apply(2024, line)).size());
    assertTrue(new ZeroBaseRateCheck().check(of.apply(2024, line.replace("2023年末无", "2023年末有12个"))).isEmpty());
  }

  @Test
  void aGrowthRateWhoseMeasureWasCountedAsZeroAtTheEndOfTheYearBefore() {
    // h385 (a 2024 report): its own 偏差原因 cell, "2023年末全县乡村博物馆0家，2024年新建8家"
    IndicatorRow row = RuleTestRows.row("乡村博物馆数量增长率", "≥50%", "100%", "5", "5", null);
    String line = "\t\t乡村博物馆数量增长率\t≥50%\t100%\t5\t5\t2023年末全县乡村博物馆0家，2024年新建8家";
    assertEquals(1, new ZeroBaseRateCheck().check(subject(row, 2024, line)).size());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, line.replace("博物馆0家", "博物馆10家"))).isEmpty());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, line.replace("博物馆0家", "博物馆0.5万人次"))).isEmpty());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, line.replace("2023年末", "2024年末"))).isEmpty(),
        "the report's own year");
  }

  @Test
  void aGrowthRateWhoseMeasureLastYearIsStatedAsZeroWithoutAUnit() {
    // h437 (a 2024 report): "上年电商销售额为0，增长率100%" beside 小米电商销售额增长率 100%
    IndicatorRow row = RuleTestRows.row("小米电商销售额增长率", "≥20%", "100%", "6", "6", null);
    String text = "2024年通过电商渠道销售小米152万元，上年电商销售额为0，增长率100%；受益农户满意度87.6%。";
    assertEquals(1, new ZeroBaseRateCheck().check(subject(row, 2024, text)).size());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, text.replace("为0，", "为0.5万元，"))).isEmpty());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, text.replace("为0，", "为80，"))).isEmpty());
  }

  @Test
  void aGrowthRateWhoseMeasureWasNoneWithWhoHadNoneNamedAndItsAmountWordLeftOut() {
    // h299 (a 2024 report): "2023年项目村无网络销售" beside 莓茶网络销售额增长率 100%
    IndicatorRow row = RuleTestRows.row("莓茶网络销售额增长率", "≥30%", "100%", "6", "6", null);
    String line = "\t\t莓茶网络销售额增长率\t≥30%\t100%\t6\t6\t2023年项目村无网络销售，2024年实现网络销售额186万元";
    assertEquals(1, new ZeroBaseRateCheck().check(subject(row, 2024, line)).size());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, line.replace("2023年项目村无网络销售", "2023年项目村有网络销售93万元"))).isEmpty());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, "2023年项目村无网络，2024年网络销售额186万元")).isEmpty(),
        "none of something else");
  }

  @Test
  void aGrowthRateWhoseMeasureWasNoneWithWhatWasSoldNamedBetween() {
    // h342 (a 2024 report): "项目区2023年无农产品电商销售（销售额为0）" beside 项目区农产品电商销售额增长率 100%
    IndicatorRow row = RuleTestRows.row("项目区农产品电商销售额增长率", "≥20%", "100%", "5", "5", null);
    String text = "项目区2023年无农产品电商销售（销售额为0），2024年通过电商平台销售农产品286万元。";
    assertEquals(1, new ZeroBaseRateCheck().check(subject(row, 2024, text)).size());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, text.replace("2023年无", "2023年有"))).isEmpty());
    assertTrue(new ZeroBaseRateCheck().check(subject(row, 2024, "项目区2023年无法统计农产品电商销售额。")).isEmpty(),
        "无法 is no none");
    // h352: the amount word is two characters, "数量"
    IndicatorRow entities = RuleTestRows.row("参与种植新型经营主体数量增长率", "≥20%", "100%", "5", "5", null);
    assertEquals(1, new ZeroBaseRateCheck().check(subject(entities, 2024,
        "2023年我县无新型经营主体开展带状复合种植（0家），2024年发展合作社、家庭农场等18家。")).size());
  }

  @Test
  void sharesOfANonZeroTotalBlankRatesAndNonZeroBasesAreSilent() {
    // 001: 0万元 is a share of a total that is not 0
    assertTrue(check("其中：本年收入9893.12万元，占收入预算总额的100%；上年结转结余资金0万元，占收入预算总额的0%。").isEmpty());
    // h45: a zero line with its rate left blank
    assertTrue(check("项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\n年度资金总额\t800\t760\t731.52\t96.25%\n"
        + "其他资金\t0\t0\t0\t\n").isEmpty());
    assertTrue(check("\t新增A级旅游景区数量增长率\t≥10%\t20%（上年新增10家，本年新增12家）\t6\t6").isEmpty());
  }
}
