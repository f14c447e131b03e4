package org.jixiao.audit.checks;

import static org.jixiao.audit.checks.RuleTestRows.row;
import static org.jixiao.audit.checks.RuleTestRows.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rule families a row is recomputed by when its rule is read against its own figures: completion
 * of a planned count, 达成 levels given by the figures, percent rules on a completion rate, formulas
 * printing the weight as a number, bands paying a share of the weight, an actual stated in the row's
 * own remark. Real wording of the held-out reports, and variants.
 */
class RuleFamiliesOfRowsTest {
  private final RuleParser parser = RuleParser.standard();

  private static List<Finding> check(@Nullable String text, IndicatorRow... rows) {
    return new ScoringRuleCheck().check(subject(null, text, rows));
  }

  private static List<Finding> check(IndicatorRow... rows) {
    return check(null, rows);
  }

  private static Finding only(IndicatorRow row) {
    List<Finding> f = check(row);
    assertEquals(1, f.size(), f.toString());
    return f.get(0);
  }

  /** A row with its 二级指标 and its remark (扣分原因, 评价情况, 偏差原因). */
  private static IndicatorRow row2(String level2, String level3, @Nullable String target, @Nullable String actual,
      String weight, String score, @Nullable String rule, @Nullable String remark) {
    return new IndicatorRow(null, null, null, level2, level3, target, actual, new BigDecimal(weight),
        new BigDecimal(score), target == null ? null : ValueParser.parse(target),
        actual == null ? null : ValueParser.parse(actual), rule, remark, null, null, null, Map.of(), List.of());
  }

  @Test
  void completionOfAPlannedCount() {
    // h66: 12处 planned, 11处 built, "完成得满分，未完成不得分", yet 8 of 10
    Finding f = only(row("新建集中供水工程", "12处", "11处", "10", "8", "完成得满分，未完成不得分"));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("0", f.recomputed());
    assertTrue(check(row("新建集中供水工程", "12处", "12处", "10", "10", "完成得满分，未完成不得分")).isEmpty());
    // a variant: 全部完成得满分，否则不得分 on a length
    assertEquals("0", only(row("新建管网长度", "45公里", "42.3公里", "6", "5", "全部完成得满分，否则不得分")).recomputed());
    // a bare amount or time may be a ceiling (造价, 工期): below it says nothing about completion
    assertTrue(check(row("单处工程平均造价", "120万元", "118.6万元", "10", "5", "完成得满分，未完成不得分")).isEmpty());
    assertTrue(check(row("工程工期", "90天", "85天", "5", "3", "完成得满分，未完成不得分")).isEmpty());
  }

  @Test
  void aDeductionBelowTheYearsTargetAndBandsOfASatisfactionRate() {
    // h310's notes under its table: "达到年度指标值得满分，每低于年度指标值1个百分点扣1分"; 83% against ≥85%, yet 5 of 6
    Finding f = only(row("金柚商品果率", "≥85%", "83%", "6", "5", "达到年度指标值得满分，每低于年度指标值1个百分点扣1分，扣完为止。"));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("4", f.recomputed());
    // "满意度95%（含）以上得10分，90%（含）—96%得8分": bands overlapping from 95% to 96%
    List<Finding> bands = new MalformedRuleCheck().check(RuleTestRows.subject(null, null,
        row("果农满意度", "≥90%", "96.8%", "10", "10", "满意度95%（含）以上得10分，90%（含）—96%得8分，90%以下不得分。")));
    assertEquals(1, bands.size(), bands.toString());
    assertEquals("档次重叠", bands.get(0).recomputed());
  }

  @Test
  void achievementLevelsGivenByTheFigures() {
    // h67: ≥3000人次 planned, 2400 trained: 部分达成 by the completion ratio, 2400 ÷ 3000 × 8 = 6.4, not 7.2
    String rule = "达成得满分；部分达成按完成比例得分；未达成不得分";
    Finding f = only(row("职业技能培训人次", "≥3000人次", "2400人次", "8", "7.2", rule));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("6.4", f.recomputed());
    assertTrue(check(row("职业技能培训人次", "≥3000人次", "2400人次", "8", "6.4", rule)).isEmpty());
    assertTrue(check(row("职业技能培训人次", "≥3000人次", "3100人次", "8", "8", rule)).isEmpty());
    // a variant: 全部达成 / 部分达成按比例计分 / 未达成得0分, nothing done at all
    String variant = "全部达成得满分，部分达成按比例计分，未达成得0分";
    assertTrue(check(row("新建驿站数", "≥50个", "45个", "10", "9", variant)).isEmpty());
    assertEquals("0", only(row("新建驿站数", "≥50个", "0个", "10", "2", variant)).recomputed());
    // a ceiling is met or not, never a ratio
    assertTrue(check(row("投诉件数", "≤10件", "12件", "4", "3", rule)).isEmpty());
  }

  @Test
  void percentRulesOnTheCompletionRateOfACount() {
    // h62: 评分说明 "2.数量指标按完成率计分，完成率每低于1个百分点扣0.5分": 1140 ÷ 1200 = 95% → 10 − 2.5 = 7.5
    String note = "评分说明：1.预算执行率得分=预算执行率×分值；2.数量指标按完成率计分，完成率每低于1个百分点扣0.5分，扣完为止；"
        + "3.其余指标达到年度指标值得满分，未达到的视情况扣分。\n";
    IndicatorRow toilets = row2("数量指标", "农村户用卫生厕所改造", "1200户", "1140户", "10", "8.5", null, null);
    IndicatorRow villages = row2("数量指标", "村庄清洁行动覆盖村", "200个", "196个", "10", "9", null, null);
    List<Finding> f = check(note, toilets, villages);
    assertEquals(1, f.size(), f.toString());
    assertEquals("7.5", f.get(0).recomputed());
    assertEquals(Severity.ERROR, f.get(0).severity());
    // a variant printed on the row: bands on the completion rate
    String bands = "完成率≥100%得满分；90%（含）-100%得8分；90%以下不得分";
    assertEquals("8", only(row("送戏下乡场次", "120场", "110场", "10", "10", bands)).recomputed());
    assertTrue(check(row("送戏下乡场次", "120场", "110场", "10", "8", bands)).isEmpty());
  }

  @Test
  void formulasPrintingTheWeightAsANumber() {
    // h58 "预算执行率×5分。", h94 "得分=预算执行率×8。": understood, and silent when they agree
    assertEquals(1, parser.parse("预算执行率×5分。").all(ScoringRule.Proportional.class).size());
    assertTrue(check(row("政府采购执行率", null, "94.4%", "5", "4.72", "政府采购执行率×5分。")).isEmpty());
    assertEquals("7.7", only(row("政府采购执行率", "100%", "96.2%", "8", "6.5", "得分=政府采购执行率×8。")).recomputed());
    // a variant with ×100%: 得分=执行率×100%×分值
    assertTrue(parser.parse("得分=政府采购执行率×100%×分值").understood());
    // a number that is not the row's weight: the rule is not this row's, nothing recomputed, nothing "not understood"
    assertTrue(check(row("政府采购执行率", "100%", "96.2%", "6", "3", "政府采购执行率×5分")).isEmpty());
    // the factor alone with a cap after it: "执行率×10，最高10分", "完成率×8（封顶）"
    assertTrue(check(row("预算执行率", "100%", "95.40%", "10", "9.54", "执行率×10，最高10分")).isEmpty());
    assertEquals("7.7", only(row("政府采购执行率", "100%", "96.2%", "8", "6.5", "政府采购执行率×8（封顶）")).recomputed());
  }

  @Test
  void perItemDeductionsCountedInOtherWords() {
    // h76 "发现一笔违规支出扣1分，扣完为止。"; variants 一起, 一件
    assertTrue(parser.parse("发现一笔违规支出扣1分，扣完为止。").understood());
    assertTrue(parser.parse("每发现一起违规问题扣0.5分").understood());
    assertTrue(check(row("资金使用合规性", "合规", "合规", "4", "4", "发现一笔违规支出扣1分，扣完为止。")).isEmpty());
    assertTrue(check(row("资金使用合规性", "合规", "基本合规", "4", "3", "每发现一件违规扣1分")).isEmpty());
  }

  @Test
  void bandsPayingAShareOfTheWeightWithTheRateInTheRemark() {
    // h64: no actual column; 扣分原因 "计划120场，实际开展106场，完成率88.33%" falls in 80%（含）-90% → 60% of 6
    String rule = "完成率≥100%得满分；90%（含）-100%得分值的80%；80%（含）-90%得分值的60%；80%以下不得分";
    IndicatorRow events = row2("产出数量", "公共文化活动开展场次", null, null, "6", "4.8", rule, "计划120场，实际开展106场，完成率88.33%");
    List<Finding> f = check(events);
    assertEquals(1, f.size(), f.toString());
    assertEquals("3.6", f.get(0).recomputed());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertTrue(f.get(0).message().contains("完成率88.33%"), f.get(0).message());
    // a variant: 权重的70% on a satisfaction rate
    String variant = "满意度≥95%得满分；85%（含）-95%得权重的70%；85%以下不得分";
    assertTrue(check(row2("满意度", "群众满意度", null, null, "10", "7", variant, "问卷满意度90.5%")).isEmpty());
    assertEquals("7", check(row2("满意度", "群众满意度", null, null, "10", "9", variant, "问卷满意度90.5%")).get(0).recomputed());
  }

  @Test
  void anActualTakenFromTheRemarkOnlyWhenItIsOneValueOfTheRulesRate() {
    // h29: "整改率100%得4分；每低1个百分点扣0.5分" beside "…整改率96.6%…": 2.3 (2.5 in whole points), not 3
    String rule = "整改率100%得4分；每低1个百分点扣0.5分。";
    String remark = "全年排查重大事故隐患412项，整改398项，整改率96.6%，其余14项正在整改。";
    IndicatorRow hazards = row2("职责履行", "重大事故隐患整改率", null, null, "4", "3", rule, remark);
    IndicatorRow halves = row2("履职质量", "执法文书规范率", null, null, "3", "2.5", "执法文书规范率≥95%得3分", null);
    List<Finding> f = check(hazards, halves);
    assertEquals(1, f.size(), f.toString());
    assertEquals("2、2.3 或 2.5", f.get(0).recomputed());
    assertEquals(Severity.ERROR, f.get(0).severity());
    RemarkActual read = RemarkActual.of(parser.parse(rule), hazards);
    assertEquals(0, new BigDecimal("96.6").compareTo(read.percent()));
    // two values of the rate, or only another rate: nothing read
    assertNull(RemarkActual.of(parser.parse(rule), row2("x", "整改率", null, null, "4", "3", rule, "整改率96.6%，上年整改率95%")));
    assertNull(RemarkActual.of(parser.parse(rule), row2("x", "整改率", null, null, "4", "3", rule, "完成率96.6%")));
  }

  @Test
  void aCeilingsRateIsTakenFromTheRemarkToo() {
    // h161: "预算调整率≤10%得满分，每超过1个百分点扣0.5分" beside the 评价结果 "预算调整率16.00%": 5 − 6 × 0.5 = 2, not 3
    String rule = "预算调整率≤10%得满分，每超过1个百分点扣0.5分，扣完为止";
    Finding f = only(row2("预算执行", "预算调整率", null, null, "5", "3", rule, "预算调整率16.00%"));
    assertEquals("2", f.recomputed());
    assertTrue(check(row2("预算执行", "预算调整率", null, null, "5", "2", rule, "预算调整率16.00%")).isEmpty());
  }

  @Test
  void aScoreIsComparedAtThePrecisionTheReportPrintsScores() {
    // the same h29 row in a report printing whole points only: 3 is 2.5 rounded
    String rule = "整改率100%得4分；每低1个百分点扣0.5分。";
    IndicatorRow hazards = row2("职责履行", "重大事故隐患整改率", null, null, "4", "3", rule, "整改率96.6%");
    assertTrue(check(hazards, row("其他", null, null, "3", "2", null)).isEmpty());
  }

  @Test
  void aRemarkInARuleColumnIsNoRuleAtAll() {
    // h83's column "扣分原因及评分依据" holds rules and remarks: a remark is neither checked nor "not understood"
    assertTrue(check(row("接待游客人次同比增长", "≥8%", "6.5%", "8", "6.5", "受疫情影响，二季度景区闭园一个月")).isEmpty());
    Finding h83 = only(row("文化惠民项目完成及时率", "≥95%", "92%", "8", "6", "≥95%得满分，每低1个百分点扣1分"));
    assertEquals("5", h83.recomputed());
    // a rule text that is not understood still counts
    assertEquals(Severity.INFO, only(row("绩效目标合理性", null, null, "3", "2", "对照标准逐项评分，满分3分")).severity());
  }

  @Test
  void rulesOnAHundredPointScaleWeightedAfterwards() {
    // h328: each row scored out of 100 by its rule, the row's score its 评分 × its 权重
    String text = "各三级指标按百分制评分（0—100分），指标加权得分＝指标评分×指标权重，综合得分为各指标加权得分之和。";
    IndicatorRow full = RuleTestRows.row("立项依据充分性", null, null, "4", "4", "依据充分得100分，否则酌情扣分");
    IndicatorRow rate = RuleTestRows.row("工程验收合格率", "100%", "96%", "6", "5.76", "合格率×100");
    IndicatorRow wrong = RuleTestRows.row("按期完工率", "100%", "90%", "5", "5", "完工率×100");
    var subject = RuleTestRows.subject(null, text, full, rate, wrong);
    List<Finding> rules = new ScoringRuleCheck().check(subject);
    assertEquals(List.of("按期完工率"), rules.stream().map(Finding::indicator).toList(), rules.toString());
    assertEquals(0, new BigDecimal("4.5").compareTo(new BigDecimal(rules.get(0).recomputed())), rules.get(0).recomputed());
    assertEquals(List.of(), new MalformedRuleCheck().check(subject), "得100分 is the 百分制's full mark, not over the weight");
    assertEquals(1, new MalformedRuleCheck().check(RuleTestRows.subject(null, "", full, rate, wrong)).size(),
        "without the statement \"得100分\" pays more than the row's weight");
  }

  @Test
  void aTargetAndAnActualInTwoUnitsOfOneMeasureCompare() {
    // h324: ≥18公里 against 17400米 at full marks; ≥42公里 against 43260米 is met
    IndicatorRow missed = RuleTestRows.row("波形护栏安装长度", "≥18公里", "17400米", "6", "6", null);
    IndicatorRow met = RuleTestRows.row("提档升级改造里程", "≥42公里", "43260米", "8", "8", null);
    IndicatorRow apart = RuleTestRows.row("受益户数", "≥500户", "400人", "6", "6", null);
    List<Finding> found = new RowScoreCheck().check(RuleTestRows.subject(null, null, missed, met, apart));
    assertEquals(List.of("波形护栏安装长度"), found.stream().map(Finding::indicator).toList(), found.toString());
  }
}
