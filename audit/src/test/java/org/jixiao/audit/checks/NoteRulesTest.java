package org.jixiao.audit.checks;

import static org.jixiao.audit.checks.RuleTestRows.budget;
import static org.jixiao.audit.checks.RuleTestRows.row;
import static org.jixiao.audit.checks.RuleTestRows.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** Rules stated in a note under the table, and the 完成率 × 分值 wordings (h77, h78, h81, h70). */
class NoteRulesTest {
  private final RuleParser parser = RuleParser.standard();

  private static IndicatorRow inGroup(String level2, IndicatorRow r) {
    return new IndicatorRow(r.goal(), r.code(), r.level1(), level2, r.level3(), r.target(), r.actual(), r.weight(),
        r.score(), r.targetValue(), r.actualValue(), r.rule(), r.deviationReason(), r.canonicalKey(), r.source(),
        r.method(), r.sources(), r.alternates());
  }

  @Test
  void completionRateTimesWeightInParentheses() {
    // h78: "按完成比例计分（完成率×分值）", 1.38万亩 of 1.5万亩 = 92% × 15 = 13.8, scored 14.5
    ScoringRule rule = parser.parse("按完成比例计分（完成率×分值）");
    assertTrue(rule.all(ScoringRule.Proportional.class).stream().anyMatch(p -> "完成率".equals(p.rateName())));
    List<Finding> f = new ScoringRuleCheck().check(subject(null, null,
        row("新建高标准农田面积", "1.5万亩", "1.38万亩", "15", "14.5", "按完成比例计分（完成率×分值）")));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals(Certainty.HIGH, f.get(0).certainty());
    assertEquals("13.8", f.get(0).recomputed());
    assertTrue(new ScoringRuleCheck().check(subject(null, null,
        row("新建高标准农田面积", "1.5万亩", "1.38万亩", "15", "13.8", "按完成比例计分（完成率×分值）"))).isEmpty());
    // other wordings of the family
    assertInstanceOf(ScoringRule.Proportional.class, parser.parse("得分=分值×完成率").clauses().get(0));
    assertInstanceOf(ScoringRule.Proportional.class, parser.parse("完成率×权重分，最高不超过分值").clauses().get(0));
  }

  @Test
  void aProportionOfTheRowsOwnTargetWhenTheRulePrintsNoThreshold() {
    // "2.数量指标按完成比例计分（实际完成值÷年度指标值×分值）" under the table: 8.2 of ≥8.6公里 × 10 = 9.53, printed 9.8
    String note = "评分说明：1.年度资金总额得分=执行率×10，最高10分；2.数量指标按完成比例计分（实际完成值÷年度指标值×分值）；"
        + "3.其他指标达到年度指标值得满分，未达到的根据偏差原因酌情扣分。";
    IndicatorRow short_ = inGroup("数量指标", row("新建加固堤防长度", "≥8.6公里", "8.2公里", "10", "9.8", null));
    IndicatorRow met = inGroup("数量指标", row("河道综合治理长度", "≥12.5公里", "12.5公里", "10", "10", null));
    IndicatorRow ceiling = inGroup("数量指标", row("单位造价", "≤600元", "650元", "10", "10", null));
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, short_, met, ceiling));
    assertEquals(1, f.size(), f.toString());
    assertEquals("9.53", f.get(0).recomputed());
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void aRuleComposedFromARateTheNoteDefines() {
    // h489: 指标完成率 defined as done over planned (planned over done for a ceiling), then 得分＝分值×指标完成率
    String note = "说明：1.年度资金总额得分＝执行率×10；2.指标完成率＝实际完成值÷年度指标值×100%，反向指标（年度指标值为“≤”的）"
        + "＝年度指标值÷实际完成值×100%，指标完成率超过100%的按100%计；3.三级指标得分＝分值×指标完成率，得分不超过分值；"
        + "4.定性指标达成计100%、基本达成计80%、未达成计0。";
    IndicatorRow late = row("维修养护任务按期完成率", "≥95%", "91.2%", "6", "5.00", null);
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, late));
    assertEquals(1, f.size(), f.toString());
    assertEquals("5.76", f.get(0).recomputed());
    IndicatorRow ceiling = row("单方水处理成本", "≤1.2元", "1.25元", "6", "5.76", null);
    IndicatorRow right = row("维修养护任务按期完成率", "≥95%", "91.2%", "6", "5.76", null);
    assertEquals(List.of(), new ScoringRuleCheck().check(subject(null, note, ceiling, right)), "1.2 ÷ 1.25 × 6 = 5.76; 6 × 96%");
    assertEquals(List.of(), new ScoringRuleCheck().check(subject(null, note.replace("3.三级指标得分＝分值×指标完成率，", "3."),
        late)), "a rate defined but not scored by says nothing");
  }

  @Test
  void aNoteWhoseItemsFollowOnTheirOwnLinesAndABeiZhuNoteAreRead() {
    // h162's family: "说明：" on its own line, its items below; h155's: "备注：1.…；2.定量指标未达到…"
    IndicatorRow cover = row("良种覆盖率", "≥95%", "92%", "10", "10", null);
    String ownLines = "合计\t100\t97.5\n说明：\n1.预算执行率得分=全年执行数÷全年预算数×分值。\n"
        + "2.良种覆盖率≥95%的得10分；90%≤覆盖率＜95%的得6分；低于90%的不得分。\n拉萨市某局\n";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, ownLines, cover));
    assertEquals(1, f.size(), f.toString());
    assertEquals("6", f.get(0).recomputed());
    IndicatorRow archive = row("居民电子健康档案建档率", "≥90%", "86%", "10", "8", null);
    String beiZhu = "备注：1.年度资金总额得分=执行率×分值；2.定量指标未达到年度指标值的，每低1个百分点扣1分，扣完为止。";
    List<Finding> g = new ScoringRuleCheck().check(subject(null, beiZhu, archive));
    assertEquals(1, g.size(), g.toString());
    assertEquals("6", g.get(0).recomputed());
    // a line that merely follows a note, with no enumerator, is not one of its items
    assertTrue(new ScoringRuleCheck().check(subject(null, "说明：\n良种覆盖率≥95%的得10分；低于95%的得6分。", cover)).isEmpty());
  }

  @Test
  void aNoteItemOnTheNextLineIsReadThoughAMarkerWordStandsInIt() {
    // h252: the note's items run on to a second line whose last item says "…并说明理由": 说明 inside an item does not
    // open a note of its own, and the item before it (ending "；") is still the row's rule
    IndicatorRow pine = row("松材线虫病疫木清理完成率", "≥98%", "95%", "8", "6", null);
    String note = "说明：1.预算执行率得分＝执行率×10；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；\n"
        + "3.松材线虫病疫木清理完成率每低于目标值1个百分点扣1分；4.定性指标根据完成情况酌情扣分并说明理由。";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, pine));
    assertEquals(1, f.size(), f.toString());
    assertEquals("5", f.get(0).recomputed());
    assertEquals(Severity.ERROR, f.get(0).severity());
    // a line with the marker word inside it and no enumerator after a note is still no item of it
    assertTrue(new ScoringRuleCheck().check(subject(null, "说明：1.预算执行率得分＝执行率×10；\n"
        + "松材线虫病疫木清理完成率每低于目标值1个百分点扣1分，详见说明。", pine)).isEmpty());
  }

  @Test
  void theBudgetRateSpelledAsItsQuotientIsProportional() {
    ScoringRule rule = parser.parse("预算执行率得分=全年执行数÷全年预算数×分值。");
    assertTrue(rule.understood(), rule.toString());
    assertEquals(1, rule.all(ScoringRule.Proportional.class).size());
    assertTrue(parser.parse("得分=实际支出/预算×满分").understood());
  }

  @Test
  void aCompletionRateIsNotTakenAcrossUnits() {
    assertTrue(new ScoringRuleCheck().check(subject(null, null,
        row("新建高标准农田面积", "1.5万亩", "1.38公顷", "15", "14.5", "（完成率×分值）"))).isEmpty());
  }

  @Test
  void aRowWhoseOwnNamedRuleIsNotUnderstoodTakesNoClassRule() {
    // h231: the class rule, then in the same item the row's own rule; if that is not understood, the class rule does not
    // stand in for it (it gave a false ERROR: 96 ÷ 98 × 8 where the printed rule deducts 1 point a percentage point)
    String note = "评分说明：预算执行率得分=执行率×10；定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
        + "投诉举报按时办结率按违规扣分细则另行考核扣分；定性指标酌情扣分。";
    IndicatorRow named = row("投诉举报按时办结率", "≥98%", "96%", "8", "6", null);
    IndicatorRow other = row("食品安全抽检完成率", "≥98%", "96%", "8", "8", null);
    NoteRules rules = NoteRules.of(note, parser);
    assertNull(rules.ruleFor(named), "its own rule is named, and not understood");
    org.junit.jupiter.api.Assertions.assertNotNull(rules.ruleFor(other), "an unnamed quantitative row takes the class rule");
  }

  @Test
  void aNoteItemNamingTheGroupScoresItsRows() {
    // h81: no rule column; "计分说明：…2.数量指标得分=分值×完成率（完成率超过100%的按100%计）"
    String note = "[3] 计分说明：1.预算执行率得分=执行率×10；2.数量指标得分=分值×完成率（完成率超过100%的按100%计）；"
        + "3.其他指标达到目标值得满分，未达到的根据实际情况酌情扣分。";
    IndicatorRow meters = inGroup("数量指标", row("安装智能水表", "3000块", "2700块", "10", "9.5", null));
    IndicatorRow pipes = inGroup("数量指标", row("改造供水管网", "36公里", "33公里", "10", "9.17", null));
    IndicatorRow works = inGroup("数量指标", row("新建集中供水工程", "4处", "5处", "10", "10", null));
    IndicatorRow other = inGroup("质量指标", row("工程质量验收合格率", "100%", "90%", "10", "10", null));
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, meters, pipes, works, other));
    assertEquals(1, f.size(), f.toString());
    assertEquals("安装智能水表", f.get(0).indicator());
    assertEquals("9", f.get(0).recomputed());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertNull(NoteRules.of(note, parser).ruleFor(other), "a judgement item gives no rule");
  }

  @Test
  void aNoteItemNamingTheBudgetRowIsItsRule() {
    // h77: "评分规则：1.预算执行率≥98%得满分，每低1个百分点扣0.5分" — 5337.48 ÷ 5618.40 = 95% → 8.5, scored 9.5
    String note = "[5] 评分规则：1.预算执行率≥98%得满分，每低1个百分点扣0.5分；2.其他指标完成年度目标值得满分，"
        + "未完成的根据偏差程度及原因酌情扣分。";
    AuditSubject s = subject(budget("5618.40", "5337.48", "95.00"), note,
        row("预算执行率", "≥98%", "95.00%", "10", "9.5", null));
    List<Finding> f = new BudgetRowScoreCheck().check(s);
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("8.5", f.get(0).recomputed());
    assertTrue(new ScoringRuleCheck().check(s).isEmpty(), "one finding per problem");
  }

  @Test
  void aNumberedItemKeepsAllItsClauses() {
    // h70: "1.年度资金总额：预算执行率≥95%的得满分；低于95%的，得分=执行率×分值。2.数量指标…"
    String note = "评分说明：1.年度资金总额：预算执行率≥95%的得满分；低于95%的，得分=执行率×分值。2.数量指标得分=完成率×分值，"
        + "最高不超过该指标分值。";
    ScoringRule rule = NoteRules.of(note, parser).ruleFor(row("年度资金总额", null, "88.4%", "10", "10", null));
    assertTrue(rule != null && rule.all(ScoringRule.FullIf.class).size() == 1
        && rule.all(ScoringRule.Proportional.class).size() == 1, String.valueOf(rule));
    // a row whose name only begins the item's name ("预算执行" in "预算执行率") is not named
    assertNull(NoteRules.of("评分规则：1.预算执行率≥98%得满分，每低1个百分点扣0.5分", parser)
        .ruleFor(row("预算执行", null, "95%", "10", "10", null)));
  }

  @Test
  void aNoteItemNamingTheRowAndDeductingPerPointBelowTheTarget() {
    // h190: "3.农村供水水质检测合格率每低于目标值1个百分点扣1分": 95% against ≥98% → 8 − 3 = 5, printed 7
    String note = "填表说明：1.三级指标后标注（定量）（定性）为指标类型；2.预算执行率得分=预算执行率×10，保留两位小数；"
        + "3.农村供水水质检测合格率每低于目标值1个百分点扣1分；4.其余指标未达到目标值的，结合偏差原因酌情扣分。";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note,
        row("农村供水水质检测合格率", "≥98%", "95%", "8", "7", null)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("5", f.get(0).recomputed());
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void theRateTimesAFactorAfter按IsProportional() {
    // h193: "按执行率×10计分" in the row's own 扣分说明 cell (its budget row is BudgetRowScoreCheck's): 96.32% × 10 = 9.63
    assertInstanceOf(ScoringRule.Proportional.class, parser.parse("按执行率×10计分").clauses().get(0));
    assertTrue(new ScoringRuleCheck().check(subject(null, null,
        row("资金到位率", "100%", "96.32%", "10", "9.63", "按到位率×10计分"))).isEmpty());
    List<Finding> f = new ScoringRuleCheck().check(subject(null, null, row("资金到位率", "100%", "96.32%", "10", "9.80", "按到位率×10计分")));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void aDeductionExplainedIsNoRuleLeftUnread() {
    // h192/h193: a 扣分说明 cell says why points were taken; it is no rule, so nothing is "not understood"
    List<Finding> f = new ScoringRuleCheck().check(subject(null, null,
        row("占道经营整治完成及时率", "≥90%", "88%", "10", "9", "部分路段整治后反弹，扣1分"),
        row("绩效目标明确性", "明确", "基本明确", "4", "3", "部分指标未细化量化，扣1分")));
    assertTrue(f.isEmpty(), f.toString());
  }

  @Test
  void rowsNamedInsideAClassRuleTakeTheirOwnClauseAndTheOtherRowsTheClassRulesFirstTerms() {
    // h205: one item rules the quantitative rows and names two of them with their own deductions
    String note = "说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分；水质检测合格率每低于指标值1个百分点扣1分，"
        + "工程按期完工率每低于指标值1个百分点扣0.5分；定性指标根据完成情况酌情扣分；3.自评等级：90分（含）以上为“优”。";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note,
        row("集中供水工程水质检测合格率", "≥95%", "92%", "8", "6", null),
        row("工程按期完工率", "≥95%", "93%", "6", "5", null)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("集中供水工程水质检测合格率", f.get(0).indicator());
    assertEquals("5", f.get(0).recomputed());
  }

  @Test
  void aCeilingRowBelowItIsNotRuledByAnotherRowsDeduction() {
    // h204: 结转结余率 ≤5% at 3.2% under a class rule naming 12345市民诉求办结及时率's deduction: met, nothing to deduct
    String note = "说明：1.预算执行率实得分=执行率×标准分（10分），保留两位小数；2.定量指标达到年度目标值的得满分，"
        + "12345市民诉求办结及时率每低于目标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分。";
    assertTrue(new ScoringRuleCheck().check(subject(null, note, row("结转结余率", "≤5%", "3.2%", "5", "5", null))).isEmpty());
  }

  @Test
  void aNoteOpensAtItsFirstMarkerThoughALaterItemNamesAnother() {
    // h340: "说明：1.年度资金总额得分＝执行率×分值；2.…子项按各自评分规则计分…" opens at 说明, not at item 2's 评分规则
    IndicatorRow cover = row("良种覆盖率", "≥95%", "92%", "10", "10", null);
    String note = "说明：1.良种覆盖率≥95%的得10分；90%≤覆盖率＜95%的得6分；低于90%的不得分；2.含子项的指标，子项按各自评分规则计分。";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, cover));
    assertEquals(1, f.size(), f.toString());
    assertEquals("6", f.get(0).recomputed());
  }

  @Test
  void aNoteNumberingItsItemsWithCircledNumbersIsRead() {
    // h342: "说明：①年度资金总额得分＝执行率×分值；②定量指标…"
    IndicatorRow cover = row("良种覆盖率", "≥95%", "92%", "10", "10", null);
    String note = "说明：①预算执行率得分＝执行率×分值；②良种覆盖率≥95%的得10分，90%≤覆盖率＜95%的得6分，低于90%的不得分；③定性指标酌情扣分。";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, cover));
    assertEquals(1, f.size(), f.toString());
    assertEquals("6", f.get(0).recomputed());
  }
  @Test
  void aQuotedRatioFormulaRulesTheQuantitativeRowsAndRowsNamedTogetherTakeTheirOwnClause() {
    // h345: "定量指标…未达到的按“实际完成值÷年度指标值×分值”计分": 2160 of 2400例 × 5 = 4.5, scored 4
    String note = "说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分；"
        + "3.定性指标根据完成情况酌情扣分。";
    assertInstanceOf(ScoringRule.RatioToTarget.class, parser.parse("未达到的按“实际完成值÷年度指标值×分值”计分").clauses().get(0));
    // h420, a screenshot's 计分规则 read by OCR: ÷ read 二, × read X
    assertInstanceOf(ScoringRule.RatioToTarget.class, parser.parse("未达到的按“实际完成值二年度指标值X 分值 ”计分").clauses().get(0));
    // another row printing a decimal: the report scores to 0.1, so 4 is not 4.5 rounded
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, row("县域医共体远程会诊", "≥2400例", "2160例", "5", "4", null),
        row("医疗服务质量", "持续提升", "有所提升", "3", "2.5", null)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("4.5", f.get(0).recomputed());
    // h327: two rows named together by 和 deduct per point, as the report scored them, not by the class formula
    String named = "说明：定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，投诉举报按时办结率和群众满意度每低于年度指标值1个百分点扣1分；"
        + "定性指标根据完成情况酌情扣分。";
    assertEquals(List.of(), new ScoringRuleCheck().check(subject(null, named,
        row("投诉举报按时办结率", "≥98%", "96.5%", "7", "5.5", null), row("群众满意度", "≥90%", "85.8%", "8", "3.8", null))));
  }

  @Test
  void aConditionBeforeTheTermsNamesNoIndicator() {
    // h137: "未达到的每低于指标值1个百分点扣1分" is the class rule's own clause, not a rule of a row named 未达到的
    String note = "评分说明：资金执行率得分=执行率×10分；定量指标达到年度指标值的得满分，未达到的每低于指标值1个百分点扣1分，扣完为止；"
        + "定性指标由单位根据完成情况自评。";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, row("课后服务学生参与率", "≥80%", "76.0%", "10", "8", null)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("6", f.get(0).recomputed());
    assertTrue(new ScoringRuleCheck().check(subject(null, note, row("课后服务学生参与率", "≥80%", "76.0%", "10", "6", null)))
        .isEmpty());
  }

  @Test
  void aNoteOpenedByAFullWidthZhuIsRead() {
    // h153: "注：预算执行率指标得分=预算执行率×分值；…" under a text table: 90.88% × 8 = 7.27, printed 8. The lines are folded
    // before the markers are sought, so "注：" is "注:" there
    String note = "    注：预算执行率指标得分=预算执行率×分值；其余定性指标按评价标准分档评分。";
    AuditSubject s = subject(budget("820.00", "745.20", "90.88"), note, row("预算执行率", "100%", "90.88%", "8", "8", null));
    List<Finding> f = new BudgetRowScoreCheck().check(s);
    assertEquals(1, f.size(), f.toString());
    assertEquals("7.27", f.get(0).recomputed());
  }

  private static IndicatorRow inLevels(String level1, String level2, IndicatorRow r) {
    return new IndicatorRow(r.goal(), r.code(), level1, level2, r.level3(), r.target(), r.actual(), r.weight(),
        r.score(), r.targetValue(), r.actualValue(), r.rule(), r.deviationReason(), r.canonicalKey(), r.source(),
        r.method(), r.sources(), r.alternates());
  }

  @Test
  void aFirstLevelGroupsOverrunRuleScoresItsCeilings() {
    // h450: 成本指标 is a 一级 group of the 2021 template, its rule in the 说明: 12480 against ≤12000元/亩 is 4% over, 5 − 2 = 3
    String note = "说明：1.满分100分；2.成本指标为一级指标，含经济成本、社会成本和生态环境成本指标，成本指标实际值不超过指标值的得满分，"
        + "每超出1%扣0.5分，扣完为止；3.其他定量指标未达到指标值的按“实际完成值÷指标值×分值”计分。";
    IndicatorRow over = inLevels("成本指标", "经济成本指标", row("标准化栽培基地亩均建设成本", "≤12000元/亩", "12480元/亩", "5", "4.5", null));
    IndicatorRow within = inLevels("成本指标", "经济成本指标", row("黑木耳菌包生产单位成本", "≤1.6元/袋", "1.58元/袋", "5", "5", null));
    // the overrun rule says nothing of a floor: 96.5% against ≥95% is met, not 1.5 over
    IndicatorRow floor = inLevels("成本指标", "生态环境成本指标", row("废弃菌包无害化处理率", "≥95%", "96.5%", "2", "2", null));
    List<Finding> f = new ScoringRuleCheck().check(subject(null, note, over, within, floor));
    assertEquals(1, f.size(), f.toString());
    assertEquals("标准化栽培基地亩均建设成本", f.get(0).indicator());
    assertEquals("3", f.get(0).recomputed());
    assertEquals(Severity.ERROR, f.get(0).severity(), "the rule counts from the 指标值 it names");
    // a row of another group keeps to the class rule, not the 成本指标 one
    IndicatorRow output = inLevels("产出指标", "数量指标", row("生产黑木耳菌包", "≥1200万袋", "1080万袋", "8", "7.2", null));
    assertTrue(new ScoringRuleCheck().check(subject(null, note, output)).isEmpty());
  }

  @Test
  void aFormulaNoteAboveTheTableIsNoRuleNoteAndLeavesTheClassRuleStanding() {
    // h272: "注: 预算执行率=全年执行数÷全年预算数×100%…" under the budget table, then "说明: …2.定量指标未达到年度指标值的，按
    // “实际完成值÷年度指标值×分值”计分": the class rule rules the file's one scoring note; the formula states no rule
    String text = "注：预算执行率=全年执行数÷全年预算数×100%=4,162.53÷4,360.25×100%=95.47%。\n"
        + "说明：1.预算执行率得分=执行率×10；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
        + "3.定性指标根据完成情况酌情扣分。";
    List<Finding> f = new ScoringRuleCheck().check(subject(null, text, row("基本医疗保险参保率", "≥95%", "93.2%", "6", "5.00", null)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("5.89", f.get(0).recomputed());
  }
}
