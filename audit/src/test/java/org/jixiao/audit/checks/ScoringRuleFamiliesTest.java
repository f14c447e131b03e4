package org.jixiao.audit.checks;

import static org.jixiao.audit.checks.RuleTestRows.row;
import static org.jixiao.audit.checks.RuleTestRows.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** The rule families on the wording of the samples and held-out reports. */
class ScoringRuleFamiliesTest {
  private final RuleParser parser = RuleParser.standard();

  private static List<Finding> check(IndicatorRow... rows) {
    return new ScoringRuleCheck().check(subject(null, null, rows));
  }

  private static Finding only(IndicatorRow row) {
    List<Finding> f = check(row);
    assertEquals(1, f.size(), f.toString());
    return f.get(0);
  }

  @Test
  void aDeductionPerPointAllowsEachReadingAndNothingBetween() {
    // h242: 99.2% against 100%, "每低1个百分点扣2分" on 6: 0.8 of a point takes 1.6 (4.4), or by whole points 0 or 2 (6, 4)
    IndicatorRow row = RuleTestRows.row("救助对象认定准确率", "100%", "99.2%", "6", "5.4", "抽查500户，4户认定依据不充分；每低1个百分点扣2分");
    List<Finding> f = new ScoringRuleCheck().check(RuleTestRows.subject(null, null, row));
    assertEquals(1, f.size(), f.toString());
    assertEquals("4、4.4 或 6", f.get(0).recomputed());
    for (String reading : List.of("4.4", "6", "4")) {
      IndicatorRow scored = RuleTestRows.row("救助对象认定准确率", "100%", "99.2%", "6", reading, "每低1个百分点扣2分");
      assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, null, scored)).isEmpty(), reading);
    }
  }

  @Test
  void aRowWithoutValuesIsMeasuredByItsRulesThresholdAndTheOneFigureItsNoteStates() {
    // h202: 评价标准 | 评价得分 | 得分说明 and no value columns; 3990 of 4200 户 under 按完成比例 on 8 gives 7.6, printed 7
    IndicatorRow row = remarked("改造惠及居民户数", "8", "7", "≥4200户得满分，未完成按完成比例计分", "完成3990户");
    // the table's scores are printed to two places (4.75): a 7 is not 7.6 rounded to a whole
    IndicatorRow spent = remarked("预算执行率", "5", "4.75", "执行率×分值", "执行率95.09%");
    List<Finding> found = check(row, spent);
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("7.6", f.recomputed());
    assertTrue(f.message().contains("3990户（说明中）"), f.message());
    assertTrue(check(remarked("改造惠及居民户数", "8", "7.6", "≥4200户得满分，未完成按完成比例计分", "完成3990户"), spent).isEmpty());
    // a rate stated in its note: 89% under ≥90% with 1 point a percentage point is 9 of 10, as printed
    assertTrue(check(remarked("居民满意度", "10", "9", "≥90%得满分，每低1个百分点扣1分", "问卷满意度89%")).isEmpty());
    // a change, two figures or another unit in the note give the row no actual
    assertTrue(check(remarked("改造惠及居民户数", "8", "7", "≥4200户得满分，未完成按完成比例计分", "较上年增加3990户"), spent).isEmpty());
    assertTrue(check(remarked("改造惠及居民户数", "8", "7", "≥4200户得满分，未完成按完成比例计分", "完成3990户，其中2个小区暂缓"), spent).isEmpty());
    assertTrue(check(remarked("户均改造成本", "6", "5", "≤3200元/户得满分，超出酌情扣分", "户均3380元")).isEmpty());
  }

  private static IndicatorRow remarked(String name, String weight, String score, String rule, String note) {
    IndicatorRow r = row(name, null, null, weight, score, rule);
    return new IndicatorRow(null, null, null, null, name, null, null, r.weight(), r.score(), null, null, rule, note, null, null,
        null, java.util.Map.of(), List.of());
  }

  @Test
  void aGradedRowScoresItsWeightTimesTheCoefficientTheReportPrintsForItsGrade() {
    // h217: 指标得分=分值×得分系数, 中 = 60%: 9 × 60% = 5.4, printed 7.2 (良's 80%)
    String text = "评价等级\t得分系数\t判定标准\n优\t100%\t达到或超过序时目标\n良\t80%\t基本达到序时目标\n中\t60%\t未达到序时目标\n差\t0\t明显滞后\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t6月末完成值\t分值\t评价等级\t得分\t情况说明\n"
        + "产出\t产出数量\t改造换热站（座）\t≥12\t5\t8\t中\t4.8\t设备到货延迟\n"
        + "\t产出时效\t施工作业段开工率\t100%\t55%\t9\t中\t7.2\t征地协调未完成\n";
    IndicatorRow stations = row("改造换热站（座）", "≥12", "5", "8", "4.8", null);
    IndicatorRow started = row("施工作业段开工率", "100%", "55%", "9", "7.2", null);
    List<Finding> f = new ScoringRuleCheck().check(subject(null, text, stations, started));
    assertEquals(1, f.size(), f.toString());
    assertEquals("施工作业段开工率", f.get(0).indicator());
    assertEquals("5.4", f.get(0).recomputed());
    assertEquals(Certainty.HIGH, f.get(0).certainty());
    // without the coefficients the grade says nothing of the score
    String noTable = text.substring(text.indexOf("一级指标"));
    assertTrue(new ScoringRuleCheck().check(subject(null, noTable, stations, started)).isEmpty());
  }

  @Test
  void aDeductionPerOccurrenceCountsTheOccurrencesTheActualStates() {
    // h542: 每超时1次扣1分 with 超时修复3次: 5 − 3 = 2, printed 4
    String rule = "故障48小时内修复得5分，每超时1次扣1分，扣完为止";
    Finding f = only(row("监测设备故障修复及时性", "48小时内修复", "超时修复3次", "5", "4", rule));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("2", f.recomputed());
    assertTrue(check(row("监测设备故障修复及时性", "48小时内修复", "超时修复3次", "5", "2", rule)).isEmpty());
    assertTrue(check(row("监测设备故障修复及时性", "48小时内修复", "超时修复7次", "5", "0", rule)).isEmpty(), "扣完为止: no less than 0");
    // a count not naming the event is a reading; a target allowing some, or two counts, give no one figure
    assertEquals(Severity.WARNING, only(row("监测设备故障修复及时性", "48小时内修复", "3次", "5", "4", rule)).severity());
    assertTrue(check(row("监测设备故障修复及时性", "≤2次", "超时修复3次", "5", "4", rule)).isEmpty());
    assertTrue(check(row("监测设备故障修复及时性", "48小时内修复", "修复120次，超时3次", "5", "4", rule)).isEmpty());
  }

  @Test
  void aBandScoredAlongALineIsInterpolated() {
    // h545: 80%（含）—90% pays (满意度 − 80%) ÷ 10% × 7: 86.2% gives 4.34, printed 6.70 (the plain proportion of 90)
    String rule = "满意度≥90%得7分；80%（含）—90%按（满意度－80%）÷10%×7计分；低于80%不得分";
    Finding f = only(row("沿线群众满意度", "≥90%", "86.2%", "7", "6.70", rule));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("4.34", f.recomputed());
    assertTrue(check(row("沿线群众满意度", "≥90%", "86.2%", "7", "4.34", rule)).isEmpty());
    assertTrue(check(row("沿线群众满意度", "≥90%", "91.0%", "7", "7", rule)).isEmpty(), "the band above pays the full 7");
    assertInstanceOf(ScoringRule.Interpolated.class, parser.parse(rule).clauses().get(1));
  }

  @Test
  void aDeductionPerMonthOverTheContractsDurationCountsTheMonthsOver() {
    // h531: 10 months against a contract's 8, 1 point a month over: 6 − 2 = 4; printed 5
    IndicatorRow row = RuleTestRows.row("工程按合同工期完工", "合同工期8个月", "实际工期10个月", "6", "5", "按期完工得6分，每超期1个月扣1分，扣完为止");
    List<Finding> f = new ScoringRuleCheck().check(RuleTestRows.subject(null, null, row));
    assertEquals(1, f.size(), f.toString());
    assertEquals("4", f.get(0).recomputed());
    IndicatorRow right = RuleTestRows.row("工程按合同工期完工", "合同工期8个月", "实际工期10个月", "6", "4", "按期完工得6分，每超期1个月扣1分，扣完为止");
    assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, null, right)).isEmpty());
    IndicatorRow days = RuleTestRows.row("工程按合同工期完工", "合同工期240天", "实际工期10个月", "6", "5", "按期完工得6分，每超期1个月扣1分");
    assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, null, days)).isEmpty(), "days against months: not compared");
  }

  @Test
  void aDelayIsScoredByTheBandItFallsInWhereTheRuleColumnHoldsARemark() {
    // h533: the rule column holds a remark; the 说明's item 4 bands the delay; 20 days is within a month, whatever its length
    String note = "说明：1.预算执行率得分＝执行率×分值；4.时效指标：按期完成的得满分；延期1个月以内（含）的得分值的80%；"
        + "延期3个月以上的不得分。";
    String remark = "受连续降雨影响延期20天，按说明4延期1个月以内得分值的80%";
    IndicatorRow paid = timed("延期20天（2024年12月20日完工）", "4.8", remark);
    assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, note, paid)).isEmpty(), "no rule-not-understood line");
    IndicatorRow full = timed("延期20天（2024年12月20日完工）", "6", remark);
    List<Finding> f = new ScoringRuleCheck().check(RuleTestRows.subject(null, note, full));
    assertEquals(1, f.size(), f.toString());
    assertEquals("4.8", f.get(0).recomputed());
    assertEquals(Severity.WARNING, f.get(0).severity());
    // 30 days may be a month or a day past it: no band is certain, so the rule is not applied
    IndicatorRow edge = timed("延期30天", "6", remark);
    assertEquals(Severity.INFO, only(edge, note).severity());
    IndicatorRow onTime = timed("按期完成", "6", remark);
    assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, note, onTime)).isEmpty());
    // "未按期完成" states no length of delay: no band, the rule not applied
    assertEquals(Severity.INFO, only(timed("未按期完成", "4.8", remark), note).severity());
  }

  /** A 时效指标 row of 6 points due by the end of November, its rule column holding {@code rule}. */
  private static IndicatorRow timed(String actual, String score, String rule) {
    IndicatorRow r = RuleTestRows.row("高标准农田建设项目完工时间", "2024年11月30日前", actual, "6", score, rule);
    return new IndicatorRow(null, null, null, "时效指标", r.level3(), r.target(), r.actual(), r.weight(), r.score(),
        r.targetValue(), r.actualValue(), r.rule(), null, null, null, null, java.util.Map.of(), List.of());
  }

  private static Finding only(IndicatorRow row, String text) {
    List<Finding> f = new ScoringRuleCheck().check(RuleTestRows.subject(null, text, row));
    assertEquals(1, f.size(), f.toString());
    return f.get(0);
  }

  @Test
  void aRuleTheProseQuotesForTheRowScoresItAsAPrintedRuleDoes() {
    // h355: the table's rule column says 按实际值÷目标值×分值计分 (5.76); the analysis quotes the row's 评分标准
    IndicatorRow row = RuleTestRows.row("灌溉保证率", "≥85%", "81.6%", "6", "5.76", "按实际值÷目标值×分值计分");
    String text = "灌溉保证率（6分）：评分标准为“≥85%得满分，每降低1个百分点扣0.5分”。经测算，项目区灌溉保证率81.6%，"
        + "得分=81.6%/85%×6=5.76。\n";
    List<Finding> f = new ScoringRuleCheck().check(RuleTestRows.subject(null, text, row));
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).recomputed().contains("4.3"), f.get(0).recomputed());
    assertTrue(f.get(0).message().contains("表中本行规则为"), f.get(0).message());
    // the quoted rule giving the score, or quoted for another weight, says nothing
    assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, text.replace("每降低1个百分点扣0.5分", "未达到的按比例计分"), row))
        .isEmpty());
    assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, text.replace("（6分）", "（8分）"), row)).isEmpty());
  }

  @Test
  void aNotesRuleForQualitativeRowsScoresTheirLevelInWords() {
    // h520: "定性指标完全达成得满分，基本达成得分值的80%，未达成不得分" in the 说明; 基本落实 against 全面落实 is 基本达成
    String note = "说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；"
        + "定性指标完全达成得满分，基本达成得分值的80%，未达成不得分；3.自评等级：90分（含）以上为“优”。\t\t\t\n";
    IndicatorRow duty = RuleTestRows.row("林长制责任落实", "全面落实", "基本落实", "6", "3", null);
    List<Finding> f = new ScoringRuleCheck().check(RuleTestRows.subject(null, note, duty));
    assertEquals(1, f.size(), f.toString());
    assertEquals("4.8", f.get(0).recomputed());
    IndicatorRow rules = RuleTestRows.row("森林资源管理制度", "健全", "基本健全", "5", "4", null);
    assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, note, rules)).isEmpty(), "基本健全 at 80%");
    IndicatorRow met = RuleTestRows.row("资金使用合规性", "合规", "合规", "4", "4", null);
    assertTrue(new ScoringRuleCheck().check(RuleTestRows.subject(null, note, met)).isEmpty());
  }

  @Test
  void aRuleTheRemarkStatesAfterItsReason() {
    // h172: no rule column; the 偏差原因 cell gives the reason, then the rule
    IndicatorRow r = row("服务对象满意度", "≥90%", "86%", "10", "7", null);
    IndicatorRow remarked = new IndicatorRow(null, null, null, null, r.level3(), r.target(), r.actual(), r.weight(), r.score(),
        r.targetValue(), r.actualValue(), null, "部分群众对办理时限有意见；≥90%得满分，每低1个百分点扣1分", null, null, null,
        java.util.Map.of(), List.of());
    Finding f = only(remarked);
    assertEquals("6", f.recomputed());
    IndicatorRow reasonOnly = new IndicatorRow(null, null, null, null, r.level3(), r.target(), r.actual(), r.weight(),
        r.score(), r.targetValue(), r.actualValue(), null, "部分群众对办理时限有意见，已整改", null, null, null,
        java.util.Map.of(), List.of());
    assertTrue(check(reasonOnly).isEmpty(), "a reason alone is no rule");
  }

  @Test
  void proportionalWithCap() {
    // 000: 政府采购执行率 70.06% of 1 point
    assertTrue(check(row("政府采购执行率", "=100%", "70.06%", "1", "0.7",
        "政府采购执行率=（实际政府采购金额/政府采购预算数）×100%。评分规则：得分=政府采购执行率×分值。")).isEmpty());
    // h43: 得分=完成值/指标值×分值 on 公里, not percent
    Finding f = only(row("改造供水管网长度", "≥86公里", "70.5公里", "10", "9", "得分=完成值/指标值×分值"));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("8.2", f.recomputed());
    assertTrue(check(row("改造供水管网长度", "≥86公里", "90公里", "10", "10", "得分=完成值/指标值×分值")).isEmpty(),
        "capped at the weight");
  }

  @Test
  void aCompletionRateOnARateRowMayBeItsShareOfTheTarget() {
    // h400: 工程按期完工率 78.6% against ≥90%, "完成率×分值" read as the report's count rows read it: 78.6 ÷ 90 × 6 = 5.24
    assertTrue(check(row("工程按期完工率", "≥90%", "78.6%", "6", "5.24", "完成率×分值")).isEmpty());
    // or as the rate itself: 78.6% × 6 = 4.72
    assertTrue(check(row("工程按期完工率", "≥90%", "78.6%", "6", "4.72", "完成率×分值")).isEmpty());
    // neither: the rate's own reading is the one named
    Finding f = only(row("工程按期完工率", "≥90%", "78.6%", "6", "3", "完成率×分值"));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("4.72", f.recomputed());
  }

  @Test
  void aBandPayingMoreThanTheWeightIsNoErrorInTheScoreItCaps() {
    // h400: "≥95%得7分" on a 分值 of 6 (MalformedRuleCheck's finding); 96.2% scored the whole 6
    String rule = "≥95%得7分；90%（含）—95%得5分；90%以下不得分";
    assertTrue(check(row("供水水质检测合格率", "≥95%", "96.2%", "6", "6", rule)).isEmpty());
    assertEquals("7", only(row("供水水质检测合格率", "≥95%", "96.2%", "6", "5", rule)).recomputed());
    assertEquals("5", only(row("供水水质检测合格率", "≥95%", "92%", "6", "6", rule)).recomputed());
  }

  @Test
  void percentBandsOfACountAreOnItsCompletionRate() {
    // h376: 54 of 60个 is a completion rate of 90%, in the proportion band (6 × 90% = 5.4), not "低于85%" as 54
    String rule = "完成率≥100%得满分；80%（含）—100%按完成比例计分；低于85%不得分";
    assertTrue(check(row("智慧景区监控点位", "60个", "54个", "6", "5.4", rule)).isEmpty());
    assertEquals("5.4", only(row("智慧景区监控点位", "60个", "54个", "6", "6", rule)).recomputed());
  }

  @Test
  void aCeilingsRatioTheOtherWay() {
    // h357: a cost ceiling scored by 指标值÷实际值×分值 when over it, full marks within it
    String rule = "评分标准：场均补助不超过0.8万元的得满分，超出的按“指标值÷实际值×分值”计分。";
    assertInstanceOf(ScoringRule.TargetOverActual.class, parser.parse(rule).clauses().get(0));
    assertTrue(check(row("送戏下乡场均补助", "≤0.8万元", "0.75万元", "5", "5", rule)).isEmpty(), "within the ceiling");
    // 0.8 ÷ 1 × 5 = 4; the formula quoted in prose is read as the ratio-to-target one is (a WARNING), printed as
    // 得分= an ERROR
    Finding over = only(row("送戏下乡场均补助", "≤0.8万元", "1万元", "5", "5", rule));
    assertEquals(Severity.WARNING, over.severity());
    assertEquals("4", over.recomputed());
    assertEquals(Severity.ERROR, only(row("送戏下乡场均补助", "≤0.8万元", "1万元", "5", "5", "得分=目标值/实际值×分值")).severity());
    assertTrue(check(row("送戏下乡场均补助", "≤0.8万元", "1万元", "5", "4", rule)).isEmpty());
    assertTrue(check(row("送戏下乡场均补助", "≤0.8万元", "1万元", "5", "4", "得分=目标值/实际值×分值")).isEmpty());
  }

  @Test
  void deductionsFromAThreshold() {
    // 000: 每减少1%，扣2%的权重分 → 1 − 10.97 × 0.02 = 0.78, not the printed rate × weight 0.89
    Finding f = only(row("支付进度符合率", "=100%", "89.03%", "1", "0.89",
        "评分规则：1.比率≥100%，得满分；2.比率<100%，每减少1%，扣2%的权重分，扣完为止。"));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    // h36: 每低于目标值1个百分点扣0.5分 from the target ≥95%
    assertEquals("4", only(row("公益林补偿资金兑付率", "≥95%", "93%", "5", "3", "每低于目标值1个百分点扣0.5分")).recomputed());
    assertTrue(check(row("公益林补偿资金兑付率", "≥95%", "93%", "5", "4", "每低于目标值1个百分点扣0.5分")).isEmpty());
    // h36: ≥90%得满分，每低1个百分点扣1分 at 87.4%: 7.4 exact, 7 or 8 counting whole points
    assertTrue(check(row("林农满意度", "≥90%", "87.4%", "10", "7.4", "≥90%得满分，每低1个百分点扣1分")).isEmpty());
    assertEquals(1, check(row("林农满意度", "≥90%", "87.4%", "10", "9", "≥90%得满分，每低1个百分点扣1分")).size());
    // 每上升1%，扣权重的3%
    assertTrue(check(row("预算调整率", "≤10%", "12%", "5", "4.7",
        "1.预算调整率小于等于10%的，得满分；2.预算调整率大于10%的，每上升1%，扣权重的3%，扣完为止。")).isEmpty());
  }

  @Test
  void aThresholdTheRuleNamesAsTheTargetNeedsNoReading() {
    // h318: "达到目标值得满分，每低1个百分点扣0.5分" at 92% against ≥95%: 4 − 1.5 = 2.5, the report took 1 off
    // (scores printed to one decimal, as the report prints 2.5 elsewhere: a whole 3 would agree with 2.5 rounded)
    Finding f = only(row("学生体质健康合格率", "≥95%", "92%", "4", "3.0", "达到目标值得满分，每低1个百分点扣0.5分"));
    assertEquals("2.5", f.recomputed());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    // with no word for where it counts from, the target as the threshold is a reading
    assertEquals(Severity.WARNING, only(row("学生体质健康合格率", "≥95%", "92%", "4", "3.0", "每低1个百分点扣0.5分")).severity());
  }

  @Test
  void wordingsOfRoundEighty() {
    // h454's rule column: the formula alone, a deduction above a limit, a deduction per item named by its measure word
    assertTrue(check(row("新建波形护栏", "≥86公里", "82.4公里", "8", "7.67", "完成值÷指标值×分值")).isEmpty());
    assertEquals("7.67", only(row("新建波形护栏", "≥86公里", "82.4公里", "8", "8.00", "完成值÷指标值×分值")).recomputed());
    assertTrue(check(row("沿线群众满意度", "≥90%", "87.6%", "6", "5.84", "满意度÷指标值×分值")).isEmpty());
    assertTrue(check(row("预算调整率", "≤10%", "13.64%", "3", "2", "追加超过年初10%的扣1分")).isEmpty());
    assertEquals("2", only(row("预算调整率", "≤10%", "13.64%", "3", "3", "追加超过年初10%的扣1分")).recomputed());
    assertTrue(check(row("预算调整率", "≤10%", "8%", "3", "3", "追加超过年初10%的扣1分")).isEmpty());
    // h454's own row prints its actual as words and a figure ("追加13.64%"): understood, and no figure to apply it to
    assertTrue(check(row("预算编制科学性", "科学", "追加13.64%", "3", "3", "追加超过年初10%的扣1分")).isEmpty());
    assertTrue(check(row("绩效指标明确性", "细化、量化", "2项未量化", "3", "2", "每项未量化扣0.5分")).isEmpty());
    assertFalse(parser.parse("每项未量化扣0.5分").all(ScoringRule.PerItem.class).isEmpty());
    // h318: "每有1所学校未按期完工扣1分" counts 所 as it counts 项
    assertTrue(check(row("项目完工及时率", "100%", "88.9%", "5", "4", "每有1所学校未按期完工扣1分")).isEmpty());
    // h318: "…以上的不扣分，80%（含）—85%的扣2分，80%以下的扣4分": bands by what they take off
    String offs = "满意度达到90%（含）以上的不扣分，80%（含）—85%的扣2分，80%以下的扣4分";
    assertTrue(check(row("学生及家长满意度", "≥90%", "91.6%", "8", "8", offs)).isEmpty());
    assertEquals("6", only(row("学生及家长满意度", "≥90%", "82%", "8", "8", offs)).recomputed());
    assertEquals("4", only(row("学生及家长满意度", "≥90%", "78%", "8", "8", offs)).recomputed());
  }

  @Test
  void bands() {
    String rule = "满意度≥90%得满分；85%≤满意度＜90%得5分；80%≤满意度＜85%得3分；满意度＜80%不得分。";
    assertTrue(check(row("满意度", "≥90%", "86%", "10", "5", rule)).isEmpty());
    assertEquals("3", only(row("满意度", "≥90%", "82%", "10", "5", rule)).recomputed());
    // "90%（含）-95%得4.5分": 含 on the lower bound
    String h29 = "执行率≥95%得5分；90%（含）-95%得4.5分；85%（含）-90%得4分；85%以下按比例得分。";
    assertTrue(check(row("预算执行率", "≥95%", "90%", "5", "4.5", h29)).isEmpty());
    assertEquals("4.5", only(row("预算执行率", "≥95%", "92%", "5", "3.5", h29)).recomputed());
    // "85%-90%得3分" without 含: on the boundary either neighbouring band passes, as a reading
    String open = "满意度≥90%得4分；85%-90%得3分；80%-85%得2.5分；80%以下不得分。";
    assertTrue(check(row("满意度", "≥90%", "85%", "4", "3", open)).isEmpty());
    assertTrue(check(row("满意度", "≥90%", "85%", "4", "2.5", open)).isEmpty());
    assertEquals(Severity.WARNING, only(row("满意度", "≥90%", "85%", "4", "1", open)).severity());
  }

  @Test
  void bandsTakingPointsOffAndDeductionsPerCountedUnit() {
    // "90%（含）-95%扣2分": the weight less 2 inside the band
    String off = "≥95%得满分；90%（含）-95%扣2分；90%以下不得分";
    assertTrue(check(row("安全检查覆盖率", "≥95%", "93%", "15", "13", off)).isEmpty());
    assertEquals("13", only(row("安全检查覆盖率", "≥95%", "93%", "15", "15", off)).recomputed());
    // h121: 每少1座扣2分 counts 座 as it counts 项 or 个
    assertTrue(check(row("新建集中供水站", "6座", "6座", "8", "8", "每少1座扣2分")).isEmpty());
    assertEquals("4", only(row("新建集中供水站", "6座", "4座", "8", "8", "每少1座扣2分")).recomputed());
    // h139: 按完成比例得分 on a count in 万册次: 10.8 ÷ 12 × 6 = 5.4
    assertEquals("5.4", only(row("图书外借册次", "≥12万册次", "10.8万册次", "6", "5.8", "按完成比例得分")).recomputed());
    // h136: 发生1起扣5分 is a per-item deduction, understood (no "rule not understood" line) and met by 未发生
    assertTrue(check(row("重大校园安全责任事故", "0起", "未发生", "10", "10", "发生1起扣5分")).isEmpty());
  }

  @Test
  void completionAndLevels() {
    assertTrue(check(row("政府采购执行率", "=100%", "100%", "5", "5", "达到目标值得满分")).isEmpty());
    Finding f = only(row("完工率", "≥90%", "80%", "5", "5", "达到目标值得满分，否则不得分"));
    assertEquals("0", f.recomputed());
    // h36: 编制科学得5分，基本科学得4分，不科学不得分
    String levels = "编制科学得5分，基本科学得4分，不科学不得分";
    assertTrue(check(row("预算编制科学性", "科学", "基本科学", "5", "4", levels)).isEmpty());
    assertEquals("4", only(row("预算编制科学性", "科学", "基本科学", "5", "5", levels)).recomputed());
    // h43: 健全得满分，基本健全得6分
    assertTrue(check(row("供水保障长效机制", "健全", "健全", "10", "10", "健全得满分，基本健全得6分")).isEmpty());
  }

  @Test
  void achievementFractions() {
    String rule = "全部达成得满分，部分达成得50%，未达成不得分";
    assertTrue(check(row("目标达成", null, "部分达成", "4", "2", rule)).isEmpty());
    assertEquals("2", only(row("目标达成", null, "部分达成", "4", "3", rule)).recomputed());
    assertEquals("0", only(row("目标达成", null, "未达成", "4", "1", rule)).recomputed());
    // h495: 完全达成 / 基本达成 with the share said after the weight ("得分值的60%")
    String fully = "完全达成得满分；基本达成得分值的60%；未达成不得分";
    assertTrue(check(row("基层公共卫生服务能力", "持续提升", "基本达成", "6", "3.6", fully)).isEmpty());
    Finding basic = only(row("基层公共卫生服务能力", "持续提升", "基本达成", "6", "4.5", fully));
    assertEquals("3.6", basic.recomputed());
    assertEquals(Certainty.HIGH, basic.certainty(), "the actual is the level's own word");
    assertTrue(check(row("基层公共卫生服务能力", "持续提升", "完全达成", "6", "6", fully)).isEmpty());
    // a 基本达成 the rule gives no share for is not read as 达成
    assertTrue(check(row("目标达成", null, "基本达成", "4", "3", rule)).isEmpty());
  }

  @Test
  void judgementAndSharesAreUnderstoodAndSilent() {
    ScoringRule judged = parser.parse("评分规则：以上评价要点各占1/2分值，每个要点执行情况分为达成、部分达成、未达成三档，"
        + "分别按分值的100%-80%（含）、80%-60%（含）、60%-0%合理确定分值。");
    assertTrue(judged.understood());
    assertTrue(judged.judgement());
    assertTrue(check(row("预算编制科学性", null, null, "3", "2.6", judged.text())).isEmpty());
    assertTrue(check(row("绩效目标合理性", "合理", "基本合理", "5", "3", "目标合理得5分，否则酌情扣分")).isEmpty());
    // 003: 具备一个要素得指标分值的50% — whole shares only
    assertTrue(check(row("绩效自评情况", null, null, "1", "0.5", "具备一个要素得指标分值的50%。")).isEmpty());
    Finding share = only(row("绩效自评情况", null, null, "1", "0.7", "具备一个要素得指标分值的50%。"));
    assertEquals(Severity.WARNING, share.severity(), "the count of elements is a reading");
    // a deduction within a range and a score "根据…情况" are the evaluator's (h437, h182): understood, so no "未能解析" line
    assertTrue(parser.parse("资料不全扣0.5—1.5分").judgement());
    assertTrue(parser.parse("根据保障情况评分").judgement());
    assertTrue(check(row("制度执行有效性", "有效", "部分验收资料不全", "4", "2.5", "资料不全扣0.5—1.5分")).isEmpty());
    // a deduction on a condition with no count (h177, h440): whether and how often it applies is the evaluator's reading
    assertTrue(parser.parse("发现问题扣2分").judgement());
    assertTrue(parser.parse("未落实管护经费扣2分，未落实管护人员扣1分").judgement());
    assertTrue(check(row("资金使用合规性", "合规", "2个管护站报账凭证不规范", "5", "3", "发现问题扣2分")).isEmpty());
    assertFalse(parser.parse("发现一处问题扣0.5分").judgement(), "a deduction per item counted is arithmetic");
  }

  @Test
  void aFlatDeductionWithAReasonAgainstAProportionalClassRule() {
    // h478: "定量指标未达到年度指标值的按…计分" gives 6 × 90 ÷ 95 = 5.68; the row took a flat 2 with a reason, 4 of 6, in a
    // report printing its scores to two decimals: 4 and 2 make 6.00, not 5.68 rounded to a whole
    String note = "说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分。\n";
    IndicatorRow late = new IndicatorRow(null, null, null, null, "项目按期完工率", "≥95%", "90%", new java.math.BigDecimal("6"),
        new java.math.BigDecimal("4"), org.jixiao.text.number.ValueParser.parse("≥95%"),
        org.jixiao.text.number.ValueParser.parse("90%"), null, "1座冷藏保鲜库因设备到货延迟推迟至12月完工，扣2分", null, null, null,
        java.util.Map.of(), List.of());
    IndicatorRow other = row("资金使用合规性", "合规", "合规", "5", "4.75", null);
    List<Finding> found = new ScoringRuleCheck().check(subject(null, note, late, other));
    assertEquals(1, found.size(), found.toString());
    assertEquals("5.68", found.get(0).recomputed());
  }

  @Test
  void aRatioToATargetPrintedAsItsFigure() {
    // h465: "满意度÷90%×分值" on ≥90% and 88.2%: 88.2 ÷ 90 × 4 = 3.92
    String rule = "满意度÷90%×分值";
    assertTrue(check(row("群众满意度", "≥90%", "88.2%", "4", "3.92", rule)).isEmpty());
    assertEquals("3.92", only(row("群众满意度", "≥90%", "88.2%", "4", "3.50", rule)).recomputed());
    assertTrue(check(row("群众满意度", "≥95%", "88.2%", "4", "3.50", rule)).isEmpty(), "another target: not this row's rule");
  }

  @Test
  void oneOccurrenceCostsTheWholeWeight() {
    // h465: "发生1起不得分" on a count of accidents: full marks or none
    String rule = "发生1起不得分";
    assertTrue(parser.parse(rule).understood());
    assertTrue(check(row("较大及以上交通安全责任事故", "0起", "0起", "5", "5", rule)).isEmpty());
    assertTrue(check(row("较大及以上交通安全责任事故", "0起", "1起", "5", "0", rule)).isEmpty());
    assertEquals(1, check(row("较大及以上交通安全责任事故", "0起", "1起", "5", "2.5", rule)).size());
  }

  @Test
  void aRateAloneAfter按IsTheRateTimesTheWeight() {
    // h166: "按执行率计分，差额扣分": 10 × 95.65% = 9.565, printed 9.56
    String rule = "按执行率计分，差额扣分";
    assertTrue(parser.parse(rule).understood());
    assertTrue(check(row("预算执行率", "100%", "95.65%", "10", "9.56", rule)).isEmpty());
    Finding wrong = only(row("预算执行率", "100%", "95.65%", "10", "9.20", rule));
    assertEquals("9.57", wrong.recomputed(), wrong.message());
    assertFalse(parser.parse("按执行率计分档次").understood(), "the rate must end its clause");
    assertTrue(parser.parse("按完成率计分，完成率每低于1个百分点扣0.5分").all(ScoringRule.Proportional.class).isEmpty(),
        "a next clause says how the rate scores");
  }

  @Test
  void aDeductionPerItemOnScoresThatAverageAPanelOfExperts() {
    // h319: "各指标得分取3名专家评分的算术平均值": 2, 2 and 1.5 give 1.83, a third of a deduction, no error
    String panel = "采用专家评议法评分，各指标得分取3名专家评分的算术平均值（保留两位小数）。";
    IndicatorRow averaged = row("绩效指标明确性", null, null, "2", "1.83", "指标细化量化、可衡量得满分，每项不明确扣0.5分");
    assertTrue(new ScoringRuleCheck().check(subject(null, panel, averaged)).isEmpty());
    Finding alone = only(averaged);
    assertEquals(Severity.WARNING, alone.severity(), "one evaluator's score off the half-point steps");
    assertTrue(alone.message().contains("实际完成值 未填"), alone.message());
    // 3.71 of 4 is on no third of a half point: 3.67 is the nearest
    List<Finding> off = new ScoringRuleCheck().check(subject(null, panel,
        row("资金使用合规性", null, null, "4", "3.71", "每发现1笔不合规扣0.5分")));
    assertEquals(1, off.size(), off.toString());
    assertEquals("3.67", off.get(0).recomputed());
  }

  @Test
  void wordingsThatHadEachRaisedARuleNotUnderstoodLine() {
    // h160: a change at or below nothing; h184: 标准分值 for the weight; h242: what the row earned, told in its rule column
    assertTrue(check(row("“三公经费”变动率", "≤0", "-3.2%", "5", "5", "≤0得满分")).isEmpty());
    assertEquals("0", only(row("“三公经费”变动率", "≤0", "2.5%", "5", "5", "≤0得满分，否则不得分")).recomputed());
    assertEquals("9.73", only(row("预算执行率", "100%", "97.31%", "10", "10.00", "得分=预算执行率×标准分值")).recomputed());
    assertTrue(check(row("救助对象满意度", "≥90%", "92.8%", "6", "6", "问卷调查420份，满意度92.8%，得满分")).isEmpty());
    // h459's 评分说明 column: the reason and the points it cost with a note after them, or how the row was scored
    assertTrue(check(row("制度执行有效性", "有效", "1个基地验收资料不全", "4", "3.5",
        "1个基地验收资料不全，扣0.5分（评审后补充资料复核调整）")).isEmpty());
    assertTrue(check(row("茶园提质改造面积", "≥5000亩", "4860亩", "8", "7.78", "2个村因土地流转纠纷缩减改造面积，按比例计分")).isEmpty());
    assertEquals("7.78", only(row("茶园提质改造面积", "≥5000亩", "4860亩", "8", "8.00", "2个村因土地流转纠纷缩减改造面积，按比例计分"))
        .recomputed());
    // sample 003: the row's name stands for its score, the weight times the share of the key tasks done
    String share = "大数据综合服务监管体系建设实现率=目标分值*重点工作任务完成比率*100%";
    assertTrue(check(row("大数据综合服务监管体系建设实现率", null, null, "10", "6.5", share)).isEmpty());
    assertEquals("6.5", only(row("大数据综合服务监管体系建设实现率", "100%", "65%", "10", "10", share)).recomputed());
    // a condition makes it a rule again: not understood here, so named in the one INFO line
    assertEquals(Severity.INFO, only(row("救助对象满意度", "≥90%", "92.8%", "6", "6", "满意度超过90%且样本不少于400份，得满分")).severity());
  }

  @Test
  void aFormulaOfPartsIsNotUnderstoodAndCollapsesToOneLine() {
    String parts = "1.基本支出预算执行率=（基本支出预算执行数/基本支出调整预算数）×100%。评分规则：以上评价要点各占1/2权重，"
        + "得分=（基本支出预算执行率+项目支出预算执行率）×50%×分值。";
    assertFalse(parser.parse(parts).understood());
    List<Finding> f = check(row("预算执行率", "=100%", "90.40%", "1", "0.9", parts),
        row("公用经费控制率", null, "好", "1", "1", "按考核办法评分"),
        row("政府采购执行率", "=100%", "70.06%", "1", "0.7", "得分=政府采购执行率×分值"));
    assertEquals(1, f.size());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertTrue(f.get(0).message().contains("2 行") && f.get(0).message().contains("公用经费控制率"), f.get(0).message());
  }

  @Test
  void aTableNoteRulesTheRowsThatPrintNone() {
    // h09: the note under the table gives the rule for every row
    String text = "基层首诊率 ≥60% 57.2% 6 5.2\n注：得分一栏按照实际完成值与年度指标值的比例计算，最高不超过分值。\n";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, text, row("基层首诊率", "≥60%", "57.2%", "6", "5.2", null)));
    assertEquals(1, f.size());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("5.72", f.get(0).recomputed());
  }

  /** h144's family: a note's rule for every 定量指标, held only where every note of the file states it alike. */
  @Test
  void aNoteRulingEveryQuantitativeRow() {
    String note = "说明：资金执行率得分=执行率×10分；定量指标未达目标值的，每低1个百分点扣0.5分，扣完为止；定性指标根据实际完成情况评分。\n";
    IndicatorRow shortfall = row("设施正常运行率", "≥95%", "91%", "15", "14", null);
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note + note, shortfall));
    assertEquals(1, f.size(), f.toString());
    assertEquals("13", f.get(0).recomputed());
    assertTrue(new ScoringRuleCheck().check(subject(null, note + note, row("管理制度", "健全", "基本健全", "5", "4", null)))
        .isEmpty(), "a word target is no 定量指标");
    String other = "说明：其他指标完成年度目标的得满分，未完成的根据完成情况酌情扣分。\n";
    assertTrue(new ScoringRuleCheck().check(subject(null, other + note, shortfall)).isEmpty(),
        "two reports' notes that differ: which one rules this row is not known");
  }

  @Test
  void enumeratorsAreNotNumbers() {
    ScoringRule rule = parser.parse("1.比率=0%，得满分；2.10%≤比率<0%，每增加1%，扣10%的权重分，扣完为止。");
    assertInstanceOf(ScoringRule.FullIf.class, rule.clauses().get(0));
    assertTrue(RuleParser.normalize(rule.text()).contains("2、10%≤比率<0%"));
  }
  @Test
  void subItemsScoredByTheirOwnRulesAddUpToTheRowTheirSubtotalPrints() {
    // h340: the 子项 table nested in 教学仪器设备配备's cell; 多媒体教室设备 is 4 rooms short, 每少1间扣0.25分 gives 2, not 2.5
    String text = "子项\t指标值\t完成值\t分值\t评分规则\t得分\n"
        + "理科实验室仪器配备\t20所\t20所\t3\t每少1所扣0.5分\t3\n"
        + "多媒体教室设备\t180间\t176间\t3\t每少1间扣0.25分\t2.5\n"
        + "图书配备\t6万册\t6.2万册\t2\t按完成比例计分，最高2分\t2\n"
        + "小计\t\t\t8\t\t7.5\n";
    IndicatorRow parent = row("教学仪器设备配备", "全部配备到位", "基本配备到位", "8", "7.5", null);
    List<Finding> found = new ScoringRuleCheck().check(subject(null, text, parent));
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals("教学仪器设备配备", f.indicator());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("7.5", f.stated());
    assertEquals("7", f.recomputed());
    assertTrue(f.message().contains("多媒体教室设备"), f.message());
    String right = text.replace("\t2.5\n", "\t2\n").replace("\t8\t\t7.5", "\t8\t\t7");
    assertEquals(List.of(), new ScoringRuleCheck().check(subject(null, right,
        row("教学仪器设备配备", "全部配备到位", "基本配备到位", "8", "7", null))));
  }
}
