package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Budget;
import org.jixiao.schema.Finding;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.GroupSubtotal;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** Each check on small crafted reports: the rules the samples do not exercise. */
class ChecksTest {
  private static Report report(BigDecimal total, GradeLevel grade, Budget budget, List<IndicatorRow> rows) {
    return new Report("t.txt", null, null, null, null, null, null, total, new BigDecimal("100"), grade,
        budget, List.of(), rows, null, null, null, null, Map.of(), List.of(), null, null);
  }

  private static IndicatorRow rule(String rule, String actual, String weight, String score) {
    IndicatorRow r = IndicatorRow.of(null, null, "x", "y", "z", null, actual, new BigDecimal(weight), new BigDecimal(score));
    return new IndicatorRow(null, null, "x", "y", "z", null, actual, r.weight(), r.score(), null, null, rule,
        null, null, null, null, Map.of(), List.of());
  }

  private static List<Finding> scoring(IndicatorRow row) {
    return new ScoringRuleCheck().check(new AuditSubject(report(null, null, null, List.of(row)), null));
  }

  @Test
  void bandsProportionalPerItemAndUnknownRules() {
    assertTrue(scoring(rule("85%≤满意度＜90%得5分；90%≤满意度得满分", "87%", "10", "5")).isEmpty());
    assertEquals(Severity.ERROR, scoring(rule("85%≤满意度＜90%得5分", "87%", "10", "6")).get(0).severity());
    assertTrue(scoring(rule("评分规则：得分=执行率×分值。", "70.06%", "1", "0.7")).isEmpty());
    assertEquals("0.5", scoring(rule("得分=执行率×分值", "50%", "1", "0.9")).get(0).recomputed());
    assertTrue(scoring(rule("每存在一点不符扣除1/3", "有", "3", "2")).isEmpty());
    assertEquals(1, scoring(rule("每存在一点不符扣除1/3", "有", "3", "2.5")).size());
    assertTrue(scoring(rule("≥95%得满分；每低于1个百分点扣0.5分", "93%", "5", "4")).isEmpty());
    Finding unknown = scoring(rule("按考核办法评分", "好", "2", "2")).get(0);
    assertTrue(unknown.message().startsWith("1 行的评分规则未能解析，未据规则复核得分"));
    assertEquals(Severity.INFO, unknown.severity());
  }

  @Test
  void malformedRulePatternFileIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RuleParser(List.of("FULL_IF only-two")));
    assertThrows(IllegalArgumentException.class, () -> new RateStatements(List.of("cost 成本")));
  }

  @Test
  void gradeBandsAreConfigurable() {
    AuditSubject s = new AuditSubject(report(new BigDecimal("86"), GradeLevel.EXCELLENT, null, List.of()), null);
    Finding f = new GradeBandCheck().check(s).get(0);
    assertEquals("良", f.recomputed());
    GradeBands lenient = new GradeBands(List.of(new GradeBands.Band("优", new BigDecimal("85")), new GradeBands.Band("差", BigDecimal.ZERO)));
    assertTrue(new GradeBandCheck(lenient).check(s).isEmpty());
    GradeBands passFail = new GradeBands(List.of(new GradeBands.Band("合格", new BigDecimal("60")), new GradeBands.Band("不合格", BigDecimal.ZERO)));
    assertEquals(Severity.INFO, new GradeBandCheck(passFail).check(s).get(0).severity(), "优 names none of these bands");
    assertThrows(IllegalArgumentException.class, () -> new GradeBands(List.of(new GradeBands.Band("差", BigDecimal.ZERO), new GradeBands.Band("优", BigDecimal.TEN))));
  }

  @Test
  void aGradeOutsideTheBandsIsAnErrorHighWhenTheReportPrintsThem() {
    Report r = report(new BigDecimal("86"), GradeLevel.EXCELLENT, null, List.of());
    // h36: "自评总分：86分　　　自评等级：优" under its own "评价等级标准：总分90分（含）以上为优，80分（含）至90分为良，…"
    String bands = "评价等级标准：总分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。";
    Finding printed = new GradeBandCheck().check(new AuditSubject(r, bands + "自评总分：86分　　　自评等级：优")).get(0);
    assertEquals(Severity.ERROR, printed.severity());
    assertEquals(org.jixiao.schema.Certainty.HIGH, printed.certainty());
    // h41: no bands printed, the standard ones assumed
    Finding standard = new GradeBandCheck().check(new AuditSubject(r, "综合得分86分，评定等级为“优”")).get(0);
    assertEquals(Severity.ERROR, standard.severity());
    assertEquals(org.jixiao.schema.Certainty.MEDIUM, standard.certainty());
  }

  @Test
  void executionRateAndRowLimits() {
    Budget budget = new Budget(null, new BigDecimal("200"), new BigDecimal("150"), new BigDecimal("80"),
        new BigDecimal("100"), null, new BigDecimal("90"), null, Map.of());
    List<Finding> f = new ExecutionRateCheck().check(new AuditSubject(report(null, null, budget, List.of()), null));
    assertEquals(1, f.size()); // 75% not 80%
    assertEquals("75%", f.get(0).recomputed());
    // 100 + 90 is not 200: BreakdownSumCheck's since issue 10
    List<Finding> parts = new BreakdownSumCheck().check(new AuditSubject(report(null, null, budget, List.of()), null));
    assertEquals(1, parts.size());
    assertEquals("190", parts.get(0).recomputed());
    List<IndicatorRow> rows = List.of(
        IndicatorRow.of(null, null, null, null, "超分", null, null, BigDecimal.ONE, BigDecimal.TEN),
        IndicatorRow.of(null, null, null, null, "负分", null, null, BigDecimal.ONE, new BigDecimal("-1")));
    List<Finding> r = new RowScoreCheck().check(new AuditSubject(report(null, null, null, rows), null));
    assertEquals(2, r.size());
    assertTrue(r.stream().allMatch(x -> x.severity() == Severity.ERROR));
  }

  /** h82's case: a misprinted total that both the rows and the 一级 subtotals contradict by the same sum. */
  @Test
  void oneTotalProblemIsOneFindingWhenSubtotalsAndRowsAgree() {
    List<IndicatorRow> rows = List.of(
        IndicatorRow.of(null, null, "产出指标", null, "a", null, null, new BigDecimal("60"), new BigDecimal("55")),
        IndicatorRow.of(null, null, "效益指标", null, "b", null, null, new BigDecimal("40"), new BigDecimal("33.5")));
    List<org.jixiao.schema.Section> sections = List.of(
        new org.jixiao.schema.Section("产出指标", new BigDecimal("60"), new BigDecimal("55"), null, null),
        new org.jixiao.schema.Section("效益指标", new BigDecimal("40"), new BigDecimal("33.5"), null, null));
    Report r = new Report("t.txt", null, null, null, null, null, null, new BigDecimal("89.5"), new BigDecimal("100"), null,
        null, sections, rows, null, null, null, null, Map.of(), List.of(), null, null);
    List<Finding> found = new TotalScoreCheck().check(new AuditSubject(r, null));
    assertEquals(1, found.size(), found.toString());
    assertEquals("88.5", found.get(0).recomputed());
  }

  /** h484: a weight read from a scan as no figure ("灵" for 7): the weights cannot be added up, so nothing is said of them. */
  @Test
  void weightsWithOneUnreadOnAScanAreNotAddedUp() {
    org.jixiao.schema.CellRef scanned = new org.jixiao.schema.CellRef("t.pdf", 2, 0, 3, 2, org.jixiao.schema.TableMethod.LATTICE,
        new org.jixiao.schema.OcrRead(10, 10, 50, 20, 91), null, null);
    IndicatorRow read = IndicatorRow.of(null, null, "产出", null, "a", null, null, new BigDecimal("60"), new BigDecimal("58"));
    IndicatorRow unread = new IndicatorRow(null, null, "效益", null, "b", null, null, null, new BigDecimal("7"), null, null, null,
        null, null, scanned, null, Map.of(), List.of());
    IndicatorRow more = IndicatorRow.of(null, null, "效益", null, "c", null, null, new BigDecimal("33"), new BigDecimal("30"));
    Report r = report(new BigDecimal("95"), null, null, List.of(read, unread, more));
    assertTrue(new TotalScoreCheck().check(new AuditSubject(r, null)).stream().noneMatch(f -> f.rule().equals("Σ 分值 = 满分")));
    IndicatorRow blank = new IndicatorRow(null, null, "效益", null, "b", null, null, null, new BigDecimal("7"), null, null, null,
        null, null, null, null, Map.of(), List.of());
    assertTrue(new TotalScoreCheck().check(new AuditSubject(report(new BigDecimal("95"), null, null, List.of(read, blank, more)), null))
        .stream().anyMatch(f -> f.rule().equals("Σ 分值 = 满分")), "a text table's blank weight is the report's own");
  }

  /**
   * h509: two rows the report marks 不适用 (score "—", a reason) and a total rescaled over the 90 marks that apply. The
   * rescaling is the report's rule, not a gap between total and rows; a rescaled figure that does not follow from the
   * rows is one ERROR on it; the 不适用 rows are no blank scores; a blank score without 不适用 still is.
   */
  @Test
  void aTotalRescaledOverTheRowsThatApply() {
    IndicatorRow scored = IndicatorRow.of(null, null, "产出", null, "a", null, "38处", new BigDecimal("50"), new BigDecimal("48.44"));
    IndicatorRow more = IndicatorRow.of(null, null, "效益", null, "b", null, "92%", new BigDecimal("40"), new BigDecimal("40"));
    IndicatorRow none = new IndicatorRow(null, null, "过程", null, "政府采购执行率", "100%", "不适用", new BigDecimal("3"), null,
        null, null, null, null, null, null, null, Map.of(), List.of());
    IndicatorRow noWork = new IndicatorRow(null, null, "产出", null, "工程质量合格率", "100%", null, new BigDecimal("7"), null,
        null, null, null, "本年度无新开工工程，该指标不适用", null, null, null, Map.of(), List.of());
    java.util.function.BiFunction<String, IndicatorRow, List<Finding>> check = (total, last) -> new TotalScoreCheck().check(
        new AuditSubject(report(new BigDecimal(total), null, null, List.of(scored, more, none, last)), null));
    assertTrue(check.apply("98.27", noWork).isEmpty(), "88.44 ÷ 90 × 100 = 98.27");
    assertTrue(check.apply("88.44", noWork).isEmpty(), "a report that does not rescale");
    List<Finding> wrong = check.apply("98.72", noWork);
    assertEquals(1, wrong.size(), wrong.toString());
    assertEquals(Severity.ERROR, wrong.get(0).severity());
    assertEquals("98.27", wrong.get(0).recomputed());
    assertTrue(wrong.get(0).message().contains("88.44 ÷ 适用指标分值 90 × 100 = 98.27"), wrong.get(0).message());
    Report shown = report(new BigDecimal("98.72"), null, null, List.of(scored, more, none, noWork));
    assertEquals(new BigDecimal("98.27"), new org.jixiao.audit.AuditResult(shown, List.of()).recomputedTotal());
    assertTrue(new RowScoreCheck().check(new AuditSubject(shown, null)).isEmpty(), "不适用 is no blank score");
    // a score left blank with no word of 不适用 is the report's gap: the rows' sum is compared, not a rescaling
    IndicatorRow blank = IndicatorRow.of(null, null, "产出", null, "c", null, "95%", new BigDecimal("7"), null);
    IndicatorRow blank3 = IndicatorRow.of(null, null, "过程", null, "d", null, "100%", new BigDecimal("3"), null);
    Report unscored = report(new BigDecimal("98.27"), null, null, List.of(scored, more, blank3, blank));
    List<Finding> blanks = new TotalScoreCheck().check(new AuditSubject(unscored, null));
    assertEquals(1, blanks.size(), blanks.toString());
    assertEquals("88.44", blanks.get(0).recomputed());
    assertEquals(2, new RowScoreCheck().check(new AuditSubject(unscored, null)).size());
  }

  /** h518: a bonus block under the 合计 ("加分合计 | 3"): the stated total is the rows' sum plus the bonus. */
  @Test
  void aTotalWithBonusPointsAdded() {
    List<IndicatorRow> rows = List.of(
        IndicatorRow.of(null, null, "产出", null, "a", null, null, new BigDecimal("60"), new BigDecimal("56.57")),
        IndicatorRow.of(null, null, "效益", null, "b", null, null, new BigDecimal("40"), new BigDecimal("38")));
    String text = "合计\t100\t94.57\t指标得分\n加分项（最高5分）\t加分\t加分依据\n1.获评省级示范县\t2\t通报\n加分合计\t3\t\n";
    java.util.function.BiFunction<String, String, List<Finding>> check = (total, t) ->
        new TotalScoreCheck().check(new AuditSubject(report(new BigDecimal(total), null, null, rows), t));
    assertTrue(check.apply("97.57", text).isEmpty());
    List<Finding> wrong = check.apply("97.75", text);
    assertEquals(1, wrong.size(), wrong.toString());
    assertEquals("97.57", wrong.get(0).recomputed());
    assertTrue(wrong.get(0).message().contains("加加分 3"), wrong.get(0).message());
    assertEquals("94.57", check.apply("97.57", "合计\t100\t94.57\n").get(0).recomputed(), "no bonus printed");
  }

  /** The row as read from a scan: its cell recognized by OCR. */
  private static IndicatorRow scanned(IndicatorRow typed) {
    return new IndicatorRow(null, null, null, null, typed.level3(), typed.target(), typed.actual(), typed.weight(),
        typed.score(), typed.targetValue(), typed.actualValue(), null, null, null,
        new org.jixiao.schema.CellRef("t.jpg", 1, 1, 12, 2, org.jixiao.schema.TableMethod.OCR,
            new org.jixiao.schema.OcrRead(600, 700, 60, 9, 96)), null, Map.of(), List.of());
  }

  /** h514: on a photo "≥94元" read ">94元" beside 94元 is the recognizer's sign, not a target missed; typed, it is one. */
  @Test
  void aStrictTargetMetExactlyOnAScanIsNoTargetMissed() {
    IndicatorRow typed = RuleTestRows.row("人均基本公共卫生服务经费补助标准", ">94元", "94元", "4", "4", null);
    IndicatorRow ocr = scanned(typed);
    assertEquals(1, new RowScoreCheck().check(new AuditSubject(report(null, null, null, List.of(typed)), null)).size());
    assertTrue(new RowScoreCheck().check(new AuditSubject(report(null, null, null, List.of(ocr)), null)).isEmpty());
  }

  /** h529: on a scan "≥32处" read "232处" beside 33处 is the recognizer's sign read as a 2; typed, 33 of 232 is a target missed. */
  @Test
  void aSignReadAsATwoOnAScanIsNoTargetMissed() {
    IndicatorRow typed = RuleTestRows.row("新建改造农村供水工程", "232处", "33处", "8", "8", null);
    assertEquals(1, new RowScoreCheck().check(new AuditSubject(report(null, null, null, List.of(typed)), null)).size());
    assertTrue(new RowScoreCheck().check(new AuditSubject(report(null, null, null, List.of(scanned(typed))), null)).isEmpty());
    IndicatorRow shortEitherWay = scanned(RuleTestRows.row("新建改造农村供水工程", "240处", "33处", "8", "8", null));
    assertEquals(1, new RowScoreCheck().check(new AuditSubject(report(null, null, null, List.of(shortEitherWay)), null)).size(),
        "33 of 40 is short either way");
  }

  /** h514, h524: on a scan "≥90%" read "≥9%" beside 88.2% with points lost is the recognizer's lost 0; typed, it is noted. */
  @Test
  void aPercentTargetThatLostItsZeroOnAScanIsNoTargetMet() {
    IndicatorRow typed = RuleTestRows.row("服务对象满意度", "≥9%", "88.2%", "8", "7.84", null);
    assertEquals(1, new RowScoreCheck().check(new AuditSubject(report(null, null, null, List.of(typed)), null)).size());
    assertTrue(new RowScoreCheck().check(new AuditSubject(report(null, null, null, List.of(scanned(typed))), null)).isEmpty());
    IndicatorRow metEitherWay = scanned(RuleTestRows.row("服务对象满意度", "≥9%", "95.6%", "8", "7.84", null));
    assertEquals(1, new RowScoreCheck().check(new AuditSubject(report(null, null, null, List.of(metEitherWay)), null)).size(),
        "95.6% meets 90% too");
    // h534: nor is its score recomputed against the 9: 88.6 ÷ 9 × 10 caps at the full 10
    IndicatorRow byRatio = RuleTestRows.row("群众满意度", "≥9%", "88.6%", "10", "9.84", "按实际完成值÷年度指标值×分值计分");
    assertEquals(1, new ScoringRuleCheck().check(new AuditSubject(report(null, null, null, List.of(byRatio)), null)).size());
    assertTrue(new ScoringRuleCheck().check(new AuditSubject(report(null, null, null, List.of(scanned(byRatio))), null)).isEmpty());
  }

  /** h314: a 二级 group's 小计 row (预算执行 15 / 14.65) against the rows of that 二级 under its 一级 (9.56 + 5). */
  @Test
  void aSecondLevelSubtotalIsRecomputedFromItsOwnRows() {
    List<IndicatorRow> rows = List.of(
        IndicatorRow.of(null, null, "过程", "预算执行", "预算执行率", null, null, new BigDecimal("10"), new BigDecimal("9.56")),
        IndicatorRow.of(null, null, "过程", "预算执行", "结转结余率", null, null, new BigDecimal("5"), new BigDecimal("5")),
        IndicatorRow.of(null, null, "过程", "预算管理", "资金使用合规性", null, null, new BigDecimal("5"), new BigDecimal("4.5")));
    java.util.function.Function<List<GroupSubtotal>, List<Finding>> check = groups -> new SectionSumCheck().check(
        new AuditSubject(new Report("t.txt", null, null, null, null, null, null, null, null, null, null, List.of(), rows,
            null, null, null, null, Map.of(), List.of(), null, null, null, groups), null));
    List<Finding> wrongScore = check.apply(List.of(
        new GroupSubtotal("过程", "预算执行", new BigDecimal("15"), new BigDecimal("14.65"), null, null),
        new GroupSubtotal("过程", "预算管理", new BigDecimal("5"), new BigDecimal("4.5"), null, null),
        new GroupSubtotal("过程", "资产管理", new BigDecimal("5"), new BigDecimal("4"), null, null)));
    assertEquals(1, wrongScore.size(), wrongScore.toString()); // 资产管理 has no row here: nothing to recompute
    assertEquals(Severity.ERROR, wrongScore.get(0).severity());
    assertEquals("分值 15 / 得分 14.56", wrongScore.get(0).recomputed());
    assertTrue(wrongScore.get(0).message().startsWith("二级指标 预算执行（过程）"), wrongScore.get(0).message());
    // the same 二级 name under another 一级 is another group
    assertTrue(check.apply(List.of(new GroupSubtotal("决策", "预算执行", new BigDecimal("15"), new BigDecimal("1"), null, null)))
        .isEmpty());
    List<Finding> wrongWeight = check.apply(List.of(
        new GroupSubtotal("过程", "预算执行", new BigDecimal("20"), new BigDecimal("14.56"), null, null)));
    assertEquals(Severity.WARNING, wrongWeight.get(0).severity());
  }

  /** h308: the rows' 分值 add to 98 of 100 (a row short, or a 分值 wrong), and their 得分 to more than the printed total. */
  @Test
  void rowsScoringMoreThanTheTotalShowItWrongEvenWithTheirWeightsShort() {
    List<IndicatorRow> rows = List.of(
        IndicatorRow.of(null, null, "产出", null, "a", null, null, new BigDecimal("58"), new BigDecimal("55.97")),
        IndicatorRow.of(null, null, "效益", null, "b", null, null, new BigDecimal("40"), new BigDecimal("40")));
    java.util.function.Function<String, List<Finding>> check = total -> new TotalScoreCheck().check(new AuditSubject(
        new Report("t.txt", null, null, null, null, null, null, new BigDecimal(total), new BigDecimal("100"), null, null,
            List.of(), rows, null, null, null, null, Map.of(), List.of(), null, null), null));
    List<Finding> over = check.apply("95.79");
    assertEquals(2, over.size(), over.toString());
    assertEquals("98", over.get(0).recomputed());
    assertFalse(over.get(0).message().contains("未据指标行复核"), over.get(0).message());
    assertEquals("95.97", over.get(1).recomputed());
    assertEquals(Severity.ERROR, over.get(1).severity());
    // a total above the rows' sum may be the missing row's points: not recomputed, and said so
    List<Finding> under = check.apply("97.5");
    assertEquals(1, under.size(), under.toString());
    assertTrue(under.get(0).message().contains("未据指标行复核"), under.get(0).message());
  }

  @Test
  void proseChecksDoNothingWithoutText() {
    AuditSubject s = new AuditSubject(report(null, null, null, List.of()), null);
    assertFalse(new ArithmeticCheck().check(s).iterator().hasNext());
    assertTrue(new ProseSubtotalCheck().check(s).isEmpty());
  }
  @Test
  void aBarePlannedCountDoneShortYetFullMarks() {
    // h85: 6个 planned, 5个 built, 8 of 8: short whether the plan is a floor or exact
    List<Finding> f = new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("社区养老服务设施新建数", "6个", "5个", "8", "8", null)));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    // a bare cost may be a ceiling, a bare percentage may be one too: nothing decided
    assertTrue(new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("户均改造成本", "2800元", "2650元", "5", "5", null))).isEmpty());
    assertTrue(new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("覆盖率", "95%", "93%", "5", "5", null))).isEmpty());
  }

  @Test
  void aFigureOpeningWithZerosIsAMisreadingNotATargetMissed() {
    // h435's hazy scan: "5000亩" read "000亩" against ≥5000亩, 8 of 8
    assertTrue(new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("脱毒种薯繁育基地面积", "≥5000亩", "000亩", "8", "8", null))).isEmpty());
    assertEquals(1, new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("脱毒种薯繁育基地面积", "≥5000亩", "4000亩", "8", "8", null))).size());
    assertEquals(1, new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("抽检合格率", "≥95%", "90.05%", "8", "8", null))).size(), "a 0 after the point is a digit");
  }

  @Test
  void aGradeTargetMissedYetFullMarks() {
    // h78_liling_nongye.pdf: ≥0.5个等级 targeted, 0.4个等级 done, 10 of 10
    String rule = "达到目标值得满分，未达到的酌情扣分";
    List<Finding> f = new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("项目区耕地质量等级提升", "≥0.5个等级", "0.4个等级", "10", "10", rule)));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    // a variant in 级: met, silent; missed, found
    assertTrue(new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("耕地地力等级提升", "≥1级", "1级", "5", "5", rule))).isEmpty());
    assertEquals(1, new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("耕地地力等级提升", "≥1级", "0.5级", "5", "5", rule))).size());
  }

  /** A row as {@link RuleTestRows#row} with its 偏差原因 printed. */
  private static IndicatorRow explained(String level3, String target, String actual, String weight, String score, String reason) {
    return new IndicatorRow(null, null, null, null, level3, target, actual, new BigDecimal(weight), new BigDecimal(score),
        org.jixiao.text.number.ValueParser.parse(target), org.jixiao.text.number.ValueParser.parse(actual), null, reason,
        null, null, null, java.util.Map.of(), List.of());
  }

  @Test
  void pointsLostOnAMetTargetWithNoReasonAreAWarningWithOneAJudgement() {
    // h248, h259: a bare "100%" reached exactly is met however it is meant, and the row loses a point with no reason
    IndicatorRow silent = RuleTestRows.row("工程竣工验收合格率", "100%", "100%", "8", "7", null);
    IndicatorRow reasoned = explained("农村供水水质达标率", "≥95%", "96.2%", "8", "7", "个别水厂消毒设备老化");
    List<Finding> f = new RowScoreCheck().check(RuleTestRows.subject(null, null, silent, reasoned));
    assertEquals(2, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.stream().filter(x -> "工程竣工验收合格率".equals(x.indicator())).findFirst().orElseThrow().severity());
    assertEquals(Severity.INFO, f.stream().filter(x -> "农村供水水质达标率".equals(x.indicator())).findFirst().orElseThrow().severity());
    // where no row's reason was read (a layout whose reason column is not known), a silent row may be a misreading
    assertEquals(Severity.INFO, new RowScoreCheck().check(RuleTestRows.subject(null, null, silent)).getFirst().severity());
    // a bare target missed is undecided (floor or ceiling), so nothing is said
    assertTrue(new RowScoreCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row("变动率", "5%", "4%", "5", "4", null))).isEmpty());
  }

  @Test
  void rowsJudgedAgainstInterimTargetsAreNotHeldToTheYearsTarget() {
    // h217: a mid-year evaluation prints the year's target beside a 序时目标值 and the 6月末 actual
    var row = RuleTestRows.row("改造供热管网长度（公里）", "≥28", "15.2", "10", "10", null);
    String interim = "一级指标\t二级指标\t三级指标\t年度指标值\t序时目标值（6月末）\t6月末完成值\t分值\t得分";
    assertTrue(new RowScoreCheck().check(RuleTestRows.subject(null, interim, row)).isEmpty());
    // the same row in a year-end report misses its target with full marks
    assertEquals(1, new RowScoreCheck().check(RuleTestRows.subject(null, "年度指标值\t实际完成值", row)).size());
  }
}
