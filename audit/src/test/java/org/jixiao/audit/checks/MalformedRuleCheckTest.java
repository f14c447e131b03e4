package org.jixiao.audit.checks;

import static org.jixiao.audit.checks.RuleTestRows.row;
import static org.jixiao.audit.checks.RuleTestRows.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** Rule defects on the wording of sample 000 and the held-out h36 and h42. */
class MalformedRuleCheckTest {
  private static List<Finding> check(IndicatorRow... rows) {
    return new MalformedRuleCheck().check(subject(null, null, rows));
  }

  /** A row as a form with a 二级 column and a remark column prints it. */
  private static IndicatorRow remarked(String level2, String level3, String target, String actual, String weight, String score,
      String rule, String remark) {
    return new IndicatorRow(null, null, null, level2, level3, target, actual, new java.math.BigDecimal(weight),
        new java.math.BigDecimal(score), org.jixiao.text.number.ValueParser.parse(target),
        org.jixiao.text.number.ValueParser.parse(actual), rule, remark, null, null, null, java.util.Map.of(), List.of());
  }

  @Test
  void aRulePrintedInTheRemarkColumnIsJudgedAsTheRowsOwn() {
    // h167: the 备注 column holds a rule whose higher band pays less than the lower one
    List<Finding> f = check(remarked(null, "加装电梯完成率", "≥90%", "92%", "6", "6", null, "≥90%得满分；≥95%得4分；<90%不得分"));
    assertEquals(1, f.size(), f.toString());
    assertEquals("≥95% 得 4 分", f.get(0).stated());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertTrue(check(remarked(null, "加装电梯完成率", "≥90%", "92%", "6", "6", null, "部分小区未完成")).isEmpty(),
        "a reason is no rule");
  }

  @Test
  void bandsOfADelayPayingALongerDelayMore() {
    // h106: 延期1个月以上 pays 4 where 延期1个月以内 pays 3
    List<Finding> f = check(row("工程按期完工率", "按期", "按期", "5", "5", "按期完工得5分；延期1个月以内得3分；延期1个月以上得4分"));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(Certainty.HIGH, f.get(0).certainty());
    assertEquals("≤ 3", f.get(0).recomputed());
    assertTrue(check(row("工程按期完工率", "按期", "按期", "5", "5", "按期完工得5分；延期1个月以内得3分；延期1个月以上不得分")).isEmpty());
  }

  @Test
  void bandsOfADelayInANoteThatLeaveAStretchUnscored() {
    // h533: the 说明's 时效指标 item scores up to a month late and over three months, nothing between; the row's rule
    // column holds its remark
    String note = "说明：1.预算执行率得分＝执行率×分值；4.时效指标：按期完成的得满分；延期1个月以内（含）的得分值的80%；"
        + "延期3个月以上的不得分；5.自评等级：90分（含）以上为“优”。";
    IndicatorRow late = remarked("时效指标", "高标准农田建设项目完工时间", "2024年11月底前", "2024年12月20日", "6", "4.8",
        "受连续降雨影响延期20天，按说明4延期1个月以内得分值的80%", null);
    List<Finding> f = new MalformedRuleCheck().check(subject(null, note, late));
    assertEquals(1, f.size(), f.toString());
    assertEquals("延期 1–3个月 未规定得分", f.get(0).stated());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertTrue(new MalformedRuleCheck().check(subject(null, note.replace("延期3个月以上", "延期1个月以上"), late)).isEmpty(),
        "bands that meet leave no stretch unscored");
  }

  @Test
  void aProportionBandThatAZeroClauseOverlaps() {
    // h376: "80%（含）—100%按完成比例计分；低于85%不得分" pays 80%–85% both ways; 54 of 60个 (90%) lies outside the overlap
    String rule = "完成率≥100%得满分；80%（含）—100%按完成比例计分；低于85%不得分";
    List<Finding> f = check(row("智慧景区监控点位", "60个", "54个", "6", "5.4", rule));
    assertEquals(1, f.size(), f.toString());
    assertEquals("80%–85%", f.get(0).stated());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertEquals(Certainty.HIGH, f.get(0).certainty());
    // 49 of 60个 (81.67%) falls in it: the defect decides the row's score
    assertEquals(Severity.WARNING, check(row("智慧景区监控点位", "60个", "49个", "6", "0", rule)).get(0).severity());
    // bands that meet are no defect
    assertTrue(check(row("x", "60个", "54个", "6", "5.4", "完成率≥100%得满分；85%（含）—100%按完成比例计分；低于85%不得分")).isEmpty());
  }

  @Test
  void aLowerBandPayingMoreThanTheBandAboveIt() {
    // h178: below 95% pays 2 of 3, 95%–100% pays 1
    List<Finding> f = check(row("政府采购执行率", "100%", "100%", "3", "3", "执行率100%得满分；95%（含）-100%得1分；95%以下得2分"));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(Certainty.HIGH, f.get(0).certainty());
    assertTrue(f.get(0).message().contains("档次 <95% 得 2 分，其上的档次 95%–100% 得 1 分"), f.get(0).message());
    assertEquals("<95% 得 2 分", f.get(0).stated());
    assertTrue(check(row("政府采购执行率", "100%", "100%", "3", "3", "执行率100%得满分；95%（含）-100%得2分；95%以下得1分")).isEmpty(),
        "bands paying less the lower they lie are no defect");
    assertTrue(check(row("调整率", null, "5%", "3", "3", "调整率≤10%得3分；10%-20%（含）得2分；20%以上不得分。")).isEmpty(),
        "nor a lower-is-better rate paying less the higher it lies");
    // h539: "低于90%得6分" pays the full 6 below the 90%–95% band's 4: the step against the rule's direction is the defect
    List<Finding> below = check(row("课题验收通过率", "≥95%", "100%", "6", "6", "验收通过率≥95%得6分；90%（含）—95%得4分；低于90%得6分"));
    assertEquals(1, below.size(), below.toString());
    assertEquals(Severity.WARNING, below.get(0).severity());
    assertEquals("<90% 得 6 分", below.get(0).stated());
    assertEquals("≤ 4 分", below.get(0).recomputed());
  }

  @Test
  void aBandPayingMoreThanTheRowsWeight() {
    // h249: the top band pays 8 on a 6-point row, the rule's count bands otherwise not understood
    List<Finding> f = check(row("开展公益文化活动（场次）", "≥4000", "4210", "6", "6",
        "≥4000场得8分；3500（含）—4000场得5分；3500场以下不得分"));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals("≤ 6", f.get(0).recomputed());
    assertEquals(List.of(), check(row("开展公益文化活动（场次）", "≥4000", "4210", "8", "8",
        "≥4000场得8分；3500（含）—4000场得5分；3500场以下不得分")), "a band within the weight");
  }

  @Test
  void anEmptyRangeWarnsWhereTheRowFallsInIt() {
    String rule = "评分规则：1.比率=0%，得满分；2.10%≤比率<0%，每增加1%，扣10%的权重分，扣完为止。";
    Finding f = check(row("结转结余率", "=0%", "10.16%", "1", "0", rule)).get(0);
    assertEquals(CheckId.MALFORMED_RULE, f.check());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("10%≤比率<0%", f.stated());
    String adjust = "评分规则：1.比率=0%，得满分；2.20%≤比率<0%，每增加1%，扣5%的权重分，扣完为止。";
    List<Finding> both = check(row("预算调整率", "=0%", "0.00%", "1", "1", adjust), row("结转结余率", "=0%", "10.16%", "1", "0", rule));
    assertEquals(Severity.INFO, both.get(0).severity(), "0% gets full marks: the score is unaffected");
    assertEquals(Severity.WARNING, both.get(1).severity());
    // alone, a harmless empty range is still raised once
    assertEquals(Severity.WARNING, check(row("预算调整率", "=0%", "0.00%", "1", "1", adjust)).get(0).severity());
    // h36: the empty range is one finding, not also the gap it leaves
    assertEquals(1, check(row("苗木质量抽检合格率", "≥90%", "91.5%", "5", "5",
        "合格率≥90%得满分；80%≤合格率<90%得3分；10%≤合格率<0%不得分")).size());
  }

  @Test
  void aRuleNamingAnotherIndicator() {
    IndicatorRow own = row("组织建设工作及时完成率", "=100%", "100.00%", "1", "1",
        "组织建设工作完成率=（实际及时完成的组织建设工作数/计划组织建设工作数）×100%。评分规则：得分=业务学习与培训及时完成率×分值。");
    IndicatorRow other = row("业务学习与培训及时完成率", "=100%", "100.00%", "1", "1",
        "评分规则：得分=业务学习与培训及时完成率×分值。");
    List<Finding> f = check(own, other);
    assertEquals(1, f.size());
    assertEquals(Severity.INFO, f.get(0).severity(), "both rates are 100%: the score is unaffected");
    assertEquals("组织建设工作及时完成率", f.get(0).indicator());
    assertTrue(check(row("政府采购执行率", null, "70%", "1", "0.7", "得分=执行率×分值")).isEmpty(), "a short name fits");
  }

  @Test
  void aLowerBandPayingFullMarks() {
    String rule = "合格率≥95%得6分；90%（含）-95%得6分；90%以下不得分";
    Finding f = check(row("工程质量合格率", null, "92%", "6", "6", rule)).get(0);
    assertEquals(Severity.WARNING, f.severity(), "92% falls in the band that should have cost points");
    assertEquals(Severity.INFO, check(row("工程质量合格率", null, null, "6", "6", rule)).get(0).severity(),
        "an unknown actual is not known to fall in it");
    assertTrue(check(row("执法文书规范率", null, "96%", "3", "3", "执法文书规范率≥95%得3分；90%-95%得2.5分；90%以下不得分。")).isEmpty());
  }

  @Test
  void gapsAndOverlaps() {
    Finding gap = check(row("满意度", null, "87%", "10", "5", "满意度≥90%得满分；80%≤满意度＜85%得3分；满意度＜80%不得分。")).get(0);
    assertEquals(Severity.WARNING, gap.severity(), "87% falls in the gap 85–90");
    Finding clear = check(row("满意度", null, "95%", "10", "10", "满意度≥90%得满分；80%≤满意度＜85%得3分；满意度＜80%不得分。")).get(0);
    assertEquals(Severity.INFO, clear.severity());
    assertTrue(clear.message().endsWith("本行实际值 95% 不在此区间，不影响本行得分"), clear.message());
    assertTrue(check(row("调整率", null, "5%", "3", "3", "调整率≤10%得3分；10%-20%（含）得2分；20%以上不得分。")).isEmpty());
    // h318: bands worded by what they take off leave 85%–90% unscored
    Finding offs = check(row("学生及家长满意度", "≥90%", "91.6%", "8", "8",
        "满意度达到90%（含）以上的不扣分，80%（含）—85%的扣2分，80%以下的扣4分")).get(0);
    assertEquals("85%–90%", offs.stated());
    assertEquals(Severity.INFO, offs.severity());
  }
  @Test
  void aTopBandOfOneValueLeavesTheGapBelowIt() {
    // h269: "100%得6分；95%（含）—99%得3分；95%以下不得分": nothing scores 99.5%
    String rule = "100%得6分；95%（含）—99%得3分；95%以下不得分";
    List<Finding> f = check(row("投诉举报按时办结率", "100%", "100%", "6", "6", rule));
    assertEquals(1, f.size(), f.toString());
    assertEquals("99%–100%", f.get(0).stated());
    assertEquals(Severity.INFO, f.get(0).severity(), "100% is the top band's own value, not in the gap");
    assertEquals(Severity.WARNING, check(row("投诉举报按时办结率", "100%", "99.5%", "6", "3", rule)).get(0).severity());
    assertTrue(check(row("投诉举报按时办结率", "100%", "100%", "6", "6", "100%得6分；95%（含）—100%（不含）得3分；95%以下不得分")).isEmpty());
  }

  @Test
  void bandsOpenUpwardsAndDownwardsThatCross() {
    // h79_laixi_shichang.xlsx: 85%–90% is both 得6分 and 不得分; 93.5% scores 8 either way
    String rule = "≥90%得满分；≥85%得6分；<90%不得分";
    List<Finding> f = check(row("企业登记全程电子化率", "≥90%", "93.5%", "8", "8", rule));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.INFO, f.get(0).severity(), "93.5% is not in the overlap");
    assertEquals(Certainty.HIGH, f.get(0).certainty());
    assertEquals("85%–90%", f.get(0).stated());
    assertEquals(Severity.WARNING, check(row("企业登记全程电子化率", "≥90%", "87%", "8", "6", rule)).get(0).severity());
    // a variant in words; and a cascade (bands open the same way, or meeting at one bound) is no defect
    assertEquals(1, check(row("办结率", null, "95%", "5", "5", "办结率≥95%得满分；办结率≥80%得3分；办结率低于90%不得分。")).size());
    assertTrue(check(row("办结率", null, "95%", "8", "8", "≥90%得满分；≥85%得6分；<85%不得分")).isEmpty());
    assertTrue(check(row("办结率", null, "95%", "5", "5", "≥90%得满分；<90%不得分")).isEmpty());
  }

  /** A band that takes points off ("90%—98%扣2分") overlapping the full-mark band (h123's family). */
  @Test
  void aDeductionBandOverlappingTheFullMarkBand() {
    String overlapping = "≥95%得满分；90%—98%扣2分；90%以下不得分";
    Finding f = check(row("安全检查覆盖率", "≥95%", "96.5%", "15", "15", overlapping)).get(0);
    assertEquals("档次重叠", f.recomputed());
    assertEquals("95%–98%", f.stated());
    assertEquals(Severity.WARNING, f.severity(), "96.5% falls where both bands pay");
    assertTrue(check(row("安全检查覆盖率", "≥95%", "93%", "15", "13", "≥95%得满分；90%（含）-95%扣2分；90%以下不得分")).isEmpty(),
        "bands that meet at 95% are sound");
  }

  @Test
  void aBandMarkedExclusiveLeavesTheGapBelowItOpen() {
    // h237: "90%—95%（不含）得3分" is the band 90–95 without 95; nothing pays between 85% and 90%
    List<Finding> f = check(row("项目按期完工率", "≥90%", "97%", "5", "5", "≥95%得5分；90%—95%（不含）得3分；85%以下不得分"));
    assertEquals(1, f.size(), f.toString());
    assertEquals(CheckId.MALFORMED_RULE, f.get(0).check());
    assertTrue(check(row("项目按期完工率", "≥90%", "97%", "5", "5", "≥95%得5分；85%—95%（不含）得3分；85%以下不得分")).isEmpty(),
        "bands that meet leave no gap");
  }

  @Test
  void anEmptyBandInANoteItemNamingTheRowIsFound() {
    // h162's family: the rule is stated in the note under the table, by the row's name, not in a rule column
    IndicatorRow cover = RuleTestRows.row("良种覆盖率", "≥95%", "96%", "10", "10", null);
    String note = "说明：\n1.预算执行率得分=全年执行数÷全年预算数×分值。\n2.良种覆盖率≥95%的得10分；90%≤覆盖率＜85%的得6分；低于85%的不得分。\n";
    List<Finding> f = new MalformedRuleCheck().check(RuleTestRows.subject(null, note, cover));
    assertEquals(1, f.size(), f.toString());
    assertEquals(CheckId.MALFORMED_RULE, f.get(0).check());
    // a class rule in a note rules many rows: its defects are not reported once per row here
    String classRule = "说明：1.定量指标90%≤完成率＜85%的得6分。";
    assertTrue(new MalformedRuleCheck().check(RuleTestRows.subject(null, classRule, cover)).isEmpty());
  }

  @Test
  void aGapInANoteItemRulingARowsGroupIsFoundOncePerRule() {
    // h448: "3.满意度指标：90%（含）以上得满分；80%（含）—85%得3分；80%以下不得分" for the rows under 满意度
    String note = "评分说明：1.预算执行率得分＝执行率×分值；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；"
        + "3.满意度指标：90%（含）以上得满分；80%（含）—85%得3分；80%以下不得分；4.定性指标根据完成情况酌情扣分。";
    IndicatorRow farmers = inGroup("农户满意度", "93.2%");
    IndicatorRow parents = inGroup("服务对象满意度", "87.5%");
    List<Finding> f = new MalformedRuleCheck().check(RuleTestRows.subject(null, note, farmers, parents));
    assertEquals(1, f.size(), "one rule, one finding: " + f);
    assertEquals("服务对象满意度", f.get(0).indicator(), "on the row whose actual falls in the gap");
    assertEquals(Severity.WARNING, f.get(0).severity());
    List<Finding> clear = new MalformedRuleCheck().check(RuleTestRows.subject(null, note, farmers));
    assertEquals(Severity.INFO, clear.get(0).severity(), "a gap no actual falls in decides no score");
    assertEquals("满意度", clear.get(0).indicator(), "and is the group's, whose rule the note states (h502)");
    assertTrue(clear.get(0).message().contains("农户满意度"), clear.get(0).message());
    assertTrue(new MalformedRuleCheck().check(RuleTestRows.subject(null, note.replace("—85%得3分", "—90%得3分"), farmers, parents))
        .isEmpty(), "bands that meet leave no gap");
  }

  private static IndicatorRow inGroup(String name, String actual) {
    IndicatorRow r = row(name, "≥90%", actual, "6", "6", null);
    return new IndicatorRow(null, null, "满意度指标", "满意度", r.level3(), r.target(), r.actual(), r.weight(), r.score(),
        r.targetValue(), r.actualValue(), null, null, null, null, null, java.util.Map.of(), List.of());
  }

  @Test
  void aRuleWithTwoCeilingsIsFoundOnceOnTheRowItDecides() {
    // h508: R2 "超额完成不加分，最高不超过分值的120%" on seven rows; one beyond its target, where the two ceilings differ
    String rule = "得分＝实际完成值÷年度指标值×分值，超额完成不加分，最高不超过分值的120%";
    IndicatorRow short1 = row("送教下乡（进村）场次", "≥40场", "36场", "5", "4.5", rule);
    IndicatorRow beyond = row("主体班培训学员", "≥1,500人次", "1,620人次", "6", "6", rule);
    List<Finding> f = check(short1, beyond);
    assertEquals(1, f.size(), f.toString());
    assertEquals("主体班培训学员", f.get(0).indicator());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(Certainty.MEDIUM, f.get(0).certainty());
    assertEquals(Severity.INFO, check(short1).get(0).severity(), "no row beyond its target: the ceilings decide nothing");
    assertTrue(check(row("主体班培训学员", "≥1,500人次", "1,620人次", "6", "6", "得分＝实际完成值÷年度指标值×分值，超额完成不加分"))
        .isEmpty());
  }

  @Test
  void aHigherBandThatPaysLessIsAReadingWarning() {
    // h167's family: "≥90%得满分；≥95%得4分；<90%不得分"
    List<Finding> f = check(row("加装电梯完成率", "≥90%", "92%", "6", "6", "≥90%得满分；≥95%得4分；<90%不得分"));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(Certainty.MEDIUM, f.get(0).certainty());
    // bands that pay more the higher they go are fine
    assertTrue(check(row("加装电梯完成率", "≥90%", "92%", "6", "4", "≥95%得满分；≥90%得4分；<90%不得分")).isEmpty());
  }

  @Test
  void aNoteItemNamingItsRowBefore评分IsThatRowsRule() {
    // h195: "3.生活垃圾回收利用率评分：≥35%得满分；30%（含）—35%得4分；25%以下不得分": nothing for 25%–30%
    String note = "说明：1.年度资金总额得分=执行率×10，保留两位小数；3.生活垃圾回收利用率评分：≥35%得满分；30%（含）—35%得4分；"
        + "25%以下不得分；4.居民满意度每低于指标值1个百分点扣1分。";
    List<Finding> f = new MalformedRuleCheck().check(subject(null, note, row("生活垃圾回收利用率", "35%", "36%", "6", "6", null)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("25%–30%", f.get(0).stated());
  }

  @Test
  void theFullMarksThresholdAlsoTheTopOfTheBandBelowIt() {
    // h208, its rules under a heading "四、评分规则": 95% both pays full marks and 5 points
    String note = "四、评分规则\n1. 年度资金总额得分=执行率×10，保留两位小数；\n"
        + "3. 配送计划完成及时率：≥95%得满分；90%（含）—95%（含）得5分；90%以下不得分；\n";
    List<Finding> f = new MalformedRuleCheck().check(subject(null, note, row("配送计划完成及时率", "≥95%", "92%", "8", "5", null)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("95%", f.get(0).stated());
    assertEquals("档次重叠", f.get(0).recomputed());
    assertEquals(Severity.INFO, f.get(0).severity(), "92% is not 95%: the defect decides nothing here");
    assertEquals(Severity.WARNING, new MalformedRuleCheck().check(subject(null, note,
        row("配送计划完成及时率", "≥95%", "95%", "8", "8", null))).get(0).severity());
    assertTrue(check(row("配送计划完成及时率", "≥95%", "92%", "8", "5", "≥95%得满分；90%（含）—95%得5分；90%以下不得分")).isEmpty(),
        "a band stopping short of 95% leaves it to the full mark alone");
  }
}
