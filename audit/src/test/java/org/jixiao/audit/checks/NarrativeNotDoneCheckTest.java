package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** 叙述未完成 on the wording of 004, h37 and h39, and on the traps of the corpus that must stay silent. */
class NarrativeNotDoneCheckTest {
  private final NarrativeNotDoneCheck check = new NarrativeNotDoneCheck();

  private static IndicatorRow row(String name, @Nullable String actual, @Nullable String reason, @Nullable String rule,
      String weight, String score, @Nullable SourceRef source) {
    return new IndicatorRow(null, null, null, null, name, null, actual, new BigDecimal(weight), new BigDecimal(score),
        null, null, rule, reason, null, source, null, Map.of(), List.of());
  }

  private static List<Finding> run(NarrativeNotDoneCheck c, @Nullable String text, IndicatorRow... rows) {
    Report r = new Report("t.txt", null, null, null, null, null, null, null, null, null,
        null, List.of(), List.of(rows), null, null, null, null, Map.of(), List.of(), null, null);
    return c.check(new AuditSubject(r, text));
  }

  /** The row named {@code name} as the prose extractor gives it: a span over its name in {@code text}. */
  private static IndicatorRow prose(String text, String name, String weight, String score) {
    int at = text.indexOf(name);
    return row(name, null, null, null, weight, score, new TextSpan("t.txt", null, at, at + name.length()));
  }

  @Test
  void aReasonTellingOfAnEarlierYearIsNotThisYearsTaskUndone() {
    // h378: a growth rate's remark says why the base is 0 ("2023年未开展…"), this year's work done
    IndicatorRow growth = row("水利工程标准化管理达标数量增长率", "100%", "2023年未开展标准化管理达标创建，2024年新创建达标工程4处", null, "6", "6", null);
    Report r2024 = new Report("t.txt", null, 2024, null, null, null, null, null, null, null,
        null, List.of(), List.of(growth), null, null, null, null, Map.of(), List.of(), null, null);
    assertTrue(check.check(new AuditSubject(r2024, null)).isEmpty());
    // this year's own clause still counts, and so does a report of unknown year
    IndicatorRow undone = row("培训", "完成", "2023年已开展，2024年专项培训未开展", null, "6", "6", null);
    Report undone2024 = new Report("t.txt", null, 2024, null, null, null, null, null, null, null,
        null, List.of(), List.of(undone), null, null, null, null, Map.of(), List.of(), null, null);
    assertEquals(1, check.check(new AuditSubject(undone2024, null)).size());
    assertEquals(1, run(check, null, growth).size(), "with no year the clause is read as before");
  }

  @Test
  void aReasonDatingTheWorkAfterItsDeadlineWithFullMarks() {
    // h267: "已上线运行" against "2024年12月底前上线运行", its reason dating it February 2025, 5 of 5
    IndicatorRow late = new IndicatorRow(null, null, null, null, "区域全民健康信息平台升级", "2024年12月底前上线运行", "已上线运行",
        new BigDecimal("5"), new BigDecimal("5"), org.jixiao.text.number.ValueParser.parse("2024年12月底前上线运行"),
        org.jixiao.text.number.ValueParser.parse("已上线运行"), null, "受招标延期影响，平台于2025年2月上线运行", null, null, null,
        Map.of(), List.of());
    List<Finding> f = run(check, null, late);
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.getFirst().message().contains("2025年2月"), f.getFirst().message());
    // on time, or points lost already: silent
    IndicatorRow onTime = new IndicatorRow(null, null, null, null, "平台升级", "2024年12月底前上线运行", "已上线运行",
        new BigDecimal("5"), new BigDecimal("5"), org.jixiao.text.number.ValueParser.parse("2024年12月底前上线运行"),
        null, null, "平台于2024年11月上线运行", null, null, null, Map.of(), List.of());
    assertTrue(run(check, null, onTime).isEmpty());
  }

  @Test
  void aShortNameSetUpAsItsSentencesTopicWithWhatHeldItUp() {
    // h452: a reply letter's "溇水河桥危桥改造受汛期影响，主体工程尚未完工" beside the table's 危桥改造 3座 of 3座 at 7 of 7
    String text = "二、关于推进危桥改造。2024年计划改造危桥3座，其中走马镇两座危桥已完工通车；溇水河桥危桥改造受汛期影响，主体工程尚未完工，预计2025年6月底完工。";
    IndicatorRow bridges = new IndicatorRow(null, null, null, null, "危桥改造", "3座", "3座", new BigDecimal("7"), new BigDecimal("7"),
        org.jixiao.text.number.ValueParser.parse("3座"), org.jixiao.text.number.ValueParser.parse("3座"), null, null, null, null, null,
        Map.of(), List.of());
    List<Finding> f = run(check, text, bridges);
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.getFirst().message().contains("尚未完工"), f.getFirst().message());
    // a bare mention is no sentence about it; nor is a name another row shares
    assertTrue(run(check, "推进危桥改造，部分工程尚未完工。", bridges).isEmpty());
    IndicatorRow accepted = row("危桥改造验收合格率", "100%", null, null, "5", "5", null);
    assertTrue(run(check, text, bridges, accepted).isEmpty());
  }

  @Test
  void theDeviationReasonOfH39() {
    List<Finding> f = run(check, null, row("知识产权进企业专项培训", null, "因机构职能调整，专项培训未开展，计划2024年实施。", null, "5", "5", null));
    assertEquals(1, f.size());
    Finding w = f.getFirst();
    assertEquals(CheckId.NARRATIVE_NOT_DONE, w.check());
    assertEquals(Severity.WARNING, w.severity());
    assertEquals(Certainty.MEDIUM, w.certainty());
    assertEquals("5 / 5", w.stated());
    assertEquals("< 5", w.recomputed());
    assertTrue(w.message().contains("偏差原因写明“未开展”") && w.message().contains("专项培训未开展"), w.message());
  }

  @Test
  void theProseOfH37And004() {
    String h37 = "7.农产品质量安全监测合格率（5分）。目标≥98%，实际97.6%，扣1分，得4分。\n"
        + "8.高标准农田建设任务完成率（10分）。全年计划建设高标准农田1.2万亩，截至年底已建成0.95万亩，其余0.25万亩因土地权属调整尚未完成，得10分。\n";
    List<Finding> f = run(check, h37, prose(h37, "农产品质量安全监测合格率", "5", "4"), prose(h37, "高标准农田建设任务完成率", "10", "10"));
    assertEquals(1, f.size());
    assertEquals("高标准农田建设任务完成率", f.getFirst().indicator());
    assertTrue(f.getFirst().message().contains("“尚未”"), f.getFirst().message());

    String s004 = "事前绩效评估完成率：本单位本年度申报的预算项目未完成事前绩效评估工作。（设置分值1分，得1分）\n";
    assertEquals(1, run(check, s004, prose(s004, "事前绩效评估完成率", "1", "1")).size());

    // h317: a system "截至年底未投入使用" against a target of 年内完成并投入使用, scored in full
    String h317 = "13.服务平台升级改造（产出时效）。权重六分，年度目标年内完成并投入使用，实际完成系统尚在联调测试，截至年底未投入使用。得六分。\n";
    List<Finding> g = run(check, h317, prose(h317, "服务平台升级改造", "6", "6"));
    assertEquals(1, g.size());
    assertTrue(g.getFirst().message().contains("“未投入使用”"), g.getFirst().message());
  }

  @Test
  void theActualValueItself() {
    assertEquals(1, run(check, null, row("信息化系统上线", "未实现上线", null, null, "3", "3", null)).size());
    // h278: two of the stations failed their acceptance, full marks kept
    assertEquals(1, run(check, null, row("服务站“五有”标准达标情况", "34个中32个达标，2个未通过验收", null, null, "8", "8", null)).size());
    assertEquals(0, run(check, null, row("服务站达标率", "100%", null, "未达标扣2分", "8", "8", null)).size(), "a rule's wording");
  }

  @Test
  void aRowThatLostPointsOrAnotherRowsWordsStaySilent() {
    // h05: 进度滞后, and the row lost a point: the report acted on it
    String h05 = "18.任务完成及时性（5分）。村卫生室标准化建设项目进度滞后。本指标分值5分，自评得分4分。\n";
    assertTrue(run(check, h05, prose(h05, "任务完成及时性", "5", "4")).isEmpty());
    // two prose rows in one paragraph: the second row's 尚未完成 is not the first row's
    String two = "1.培训场次（2分）。完成4场，得2分。2.验收完成率（3分）。尚未完成验收，得1分。\n";
    assertTrue(run(check, two, prose(two, "培训场次", "2", "2"), prose(two, "验收完成率", "3", "1")).isEmpty());
    // a paragraph about another row after the line break
    String next = "1.培训场次（2分）。完成4场，得2分。\n存在问题：部分项目尚未完成验收。\n";
    assertTrue(run(check, next, prose(next, "培训场次", "2", "2")).isEmpty());
  }

  @Test
  void trapsFromTheCorpusStaySilent() {
    // 002: nothing bad happened
    assertTrue(run(check, null, row("保障安全生产", "开展安全隐患排查2次，专项检查5次，全年未发生安全事故。", null, null, "2", "2", null)).isEmpty());
    // h42: the rule column speaks of 未完成, not the row
    assertTrue(run(check, null, row("河道综合治理长度", "8公里", null, "完成目标得满分，未完成按比例扣分", "8", "8", null)).isEmpty());
    // "无" and a header-like 未完成原因 in the 偏差原因 column; a complaint rate of 0 against ≤5%
    assertTrue(run(check, null, row("项目完成率", "100%", "无", null, "5", "5", null)).isEmpty());
    assertTrue(run(check, null, row("项目完成率", "100%", "未完成原因分析：无", null, "5", "5", null)).isEmpty());
    assertTrue(run(check, null, row("投诉率", "0", null, null, "3", "3", null)).isEmpty());
    assertTrue(run(check, null, row("整改完成率", "100%", "全部整改到位，无未完成事项", null, "3", "3", null)).isEmpty());
    assertTrue(run(check, null, row("安全检查", "检查12次，尚未发现重大隐患", null, null, "3", "3", null)).isEmpty());
  }

  /** h145's family: a table row claims 完成 while a sentence naming its task says it is not done. */
  @Test
  void aSentenceNamingATableRowsTaskSaysItIsNotDone() {
    String text = "（一）产出情况。受冬季施工条件限制，高标准农田项目竣工验收工作尚未完成，计划于次年4月底前组织验收。\n"
        + "产出\t高标准农田项目竣工验收\t10\t2022年12月底前完成\t完成\t10\n";
    IndicatorRow table = row("高标准农田项目竣工验收", "完成", null, null, "10", "10", null);
    assertEquals(1, run(check, text, table).size());
    String elsewhere = "（一）产出情况。高标准农田项目竣工验收已完成，排灌设施改造尚未完成。\n";
    assertTrue(run(check, elsewhere, table).isEmpty(), "another task's words in the next clause are not this row's");
  }

  @Test
  void aMeasureTheProseSaysIsNotPutInPlace() {
    // h326: the 存在的问题 name the row word for word, "落实不到位", and count the 小区 where it is 未落实
    String text = "（三）改造后长效管理机制落实不到位，改造完成的42个小区中仍有12个小区未落实物业管理等长效管理措施。\n";
    IndicatorRow table = row("改造后长效管理机制", "已建立", null, null, "5", "5", null);
    assertEquals(1, run(check, text, table).size());
    assertTrue(run(check, "（三）改造后长效管理机制已全面落实。\n", table).isEmpty());
  }

  @Test
  void aClauseOfContrastAfterTheTaskGoesOnAboutIt() {
    // h505: "档案库房消防设施改造主体已完工，但2024年12月消防验收未通过，正在整改，尚未投入使用" beside 完成1处, 6 of 6
    String text = "库房温湿度达标率96.4%。档案库房消防设施改造主体已完工，但2024年12月消防验收未通过，正在整改，尚未投入使用。\n";
    IndicatorRow table = row("档案库房消防设施改造", "完成1处", null, null, "6", "6", null);
    assertEquals(1, run(check, text, table).size());
    String other = "档案库房消防设施改造主体已完工，排灌设施改造尚未完成。\n";
    assertTrue(run(check, other, table).isEmpty(), "without a contrast the next clause may be another task's");
  }

  @Test
  void aTaskSetUpAsItsSentencesTopicAndAPartNotDone() {
    // h182: "X中，" makes the clauses after it about X, down to the end of the sentence
    String text = "二、项目实施情况。敬老院适老化改造中，2所已完工投入使用，三堆镇敬老院改造工程因设计变更年内尚未完工。\n"
        + "产出\t敬老院适老化改造\t8\t完成3所\t完成2所，1所在建\t8\n";
    IndicatorRow table = row("敬老院适老化改造", "完成2所，1所在建", null, null, "8", "8", null);
    assertEquals(1, run(check, text, table).size());
    String next = "二、项目实施情况。敬老院适老化改造中，3所全部完工投入使用。供养服务设施改造尚未完工。\n";
    assertTrue(run(check, next, table).isEmpty(), "the next sentence is about something else");
  }

  @Test
  void theProseCountsFewerDoneThanThePlanTheRowClaimsMet() {
    // h193: the row names its task otherwise ("市政道路破损修复"); the plan's 12处 is its target and no other row's
    String text = "城区主次干道破损路面修复计划12处，年内完成10处，其余2处因入冬后气温过低不具备施工条件，顺延至2022年春季实施。\n";
    IndicatorRow claimed = counted("市政道路破损修复", "12处", "12处", "8", "8");
    List<Finding> f = run(check, text, claimed, counted("违法建设查处率", "≥95%", "95%", "9", "9"));
    assertEquals(1, f.size(), f.toString());
    assertEquals("市政道路破损修复", f.get(0).indicator());
    assertTrue(f.get(0).message().contains("完成10处"), f.get(0).message());
    assertTrue(run(check, text.replace("完成10处", "完成12处"), claimed).isEmpty(), "the plan met");
    // h198: 竣工 for 完成
    assertEquals(1, run(check, "年度计划新建改建公共厕所15座，年内竣工13座，另有2座因用地规划调整未能开工。\n",
        counted("新建改建公共厕所", "15座", "15座", "10", "10")).size());
    assertTrue(run(check, text, counted("市政道路破损修复", "12处", "10处", "8", "6")).isEmpty(), "points taken");
    assertTrue(run(check, text, claimed, counted("背街小巷整治", "12处", "12处", "6", "6")).isEmpty(),
        "two rows with that target: the sentence may be about either");
    // h235: the unit stands after the name, not the figures; words come between 完成 and the count done
    String lifts = "计划加装电梯24部，已完成加装并投入使用21部，新桥花园小区3部因管线迁改尚未完工。\n";
    assertEquals(1, run(check, lifts, counted("加装电梯（部）", "≥24", "24", "6", "6")).size());
    assertTrue(run(check, lifts, counted("加装电梯（台）", "≥24", "24", "6", "6")).isEmpty(), "another unit: another count");
  }

  private static IndicatorRow counted(String name, String target, String actual, String weight, String score) {
    return new IndicatorRow(null, null, null, null, name, target, actual, new BigDecimal(weight), new BigDecimal(score),
        org.jixiao.text.number.ValueParser.parse(target), org.jixiao.text.number.ValueParser.parse(actual), null, null, null,
        null, null, Map.of(), List.of());
  }

  @Test
  void aCompletionRateAtItsTargetWhileTheProseSaysPartOfTheTaskIsUnfinished() {
    // h220: 校舍维修改造项目完工率 100% with 10 of 10; the prose names the task and says two schools are not finished
    String text = "（二）校舍维修改造。全年安排17所学校校舍维修改造，其中15所已完工并通过验收；那大镇第二小学、"
        + "王五镇中心学校2所学校维修工程因雨季延误工期，截至年底尚未完工，计划于2023年春季学期开学前完成。\n"
        + "11\t产出\t质量指标\t校舍维修改造项目完工率\t100%\t100%\t10\t10";
    IndicatorRow done = RuleTestRows.row("校舍维修改造项目完工率", "100%", "100%", "10", "10", null);
    List<Finding> found = run(check, text, done);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("尚未完工"), found.get(0).message());
    // the task finished, or a rate below 100% that keeps its points by a rule: silent
    assertEquals(List.of(), run(check, "全年安排17所学校校舍维修改造，已全部完工并通过验收。", done));
    IndicatorRow partial = RuleTestRows.row("校舍维修改造项目完工率", "≥85%", "88.2%", "10", "10", null);
    assertEquals(List.of(), run(check, text, partial));
  }

  @Test
  void aProductionRateAtFullWhileTheProseSaysOneLineIsNotYetProducing() {
    // h432: 新建加工生产线投产率 100% of 100%, 6 of 6; 四（三） names the lines built, without the verb, and one not producing
    String text = "（三）项目产出。新建茶叶加工生产线2条，主体工程已完工并通过验收，其中1条因电力增容工程未完成，截至评价日尚未投产。\n";
    IndicatorRow rate = RuleTestRows.row("新建加工生产线投产率", "100%", "100%", "6", "6", null);
    List<Finding> found = run(check, text, rate);
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of(), run(check, "（三）项目产出。新建茶叶加工生产线2条，均已投产。\n", rate));
  }

  @Test
  void whatASentenceSaysAfterNamingAnotherRowsTaskIsThatRows() {
    // h428: 维修养护 met (124处 of ≥120处); the shortfall in the same sentence is 更换改造老旧供水管网's
    String text = "（三）产出情况。全年维修养护农村集中供水工程124处，更换改造老旧供水管网56.4公里，未达到60公里的年度目标；"
        + "新增净水消毒设备45台（套）。\n";
    IndicatorRow repaired = counted("维修养护农村集中供水工程", "≥120处", "124处", "8", "8");
    IndicatorRow pipes = counted("更换改造老旧供水管网", "≥60公里", "56.4公里", "7", "7");
    assertEquals(List.of(), run(check, text, repaired, pipes));
  }

  @Test
  void aCountMetByTheRowWhileASentenceNamingItsTaskSaysItIsNotFinished() {
    // h417: the 分选线 is counted built (1条 of ≥1条, 7 of 7); the report's own account says it is not in use
    String text = "（一）产出方面。全年新建矮化自根砧苹果示范园5120亩。苹果智能分选线设备于2024年11月到货，截至2024年底仍在"
        + "安装调试，尚未投入使用，计划2025年6月正式投产。\n"
        + "产出指标\t数量指标\t苹果智能分选线建设\t≥1条\t1条\t7\t7\t";
    IndicatorRow line = counted("苹果智能分选线建设", "≥1条", "1条", "7", "7");
    List<Finding> found = run(check, text, line);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("尚未"), found.get(0).message());
    // h410: the sentence in the goal block's 实际完成情况 cell, one of its 目标 items; the row's own cell says nothing
    String cell = "年度总体目标\t目标1：建设朝鲜族非遗数字展厅1个\t目标1：培训传承人326人次；朝鲜族非遗数字展厅完成主体布展，"
        + "因多媒体设备调试未通过，截至2024年底尚未完成竣工验收；目标2：惠及群众5.8万人次\n"
        + "产出指标\t数量指标\t建设朝鲜族非遗数字展厅\t≥1个\t1个\t6\t6\t";
    assertEquals(1, run(check, cell, counted("建设朝鲜族非遗数字展厅", "≥1个", "1个", "6", "6")).size());
    // h407: an item of the problems list ("一是…；二是…") names the task
    String list = "（二）存在的问题。一是部分年度目标完成质量有待提高，杉城镇城区农贸市场智慧化改造项目因消防设施整改，截至2024年底"
        + "尚未完成竣工验收；二是小作坊产品质量监督抽查合格率未达到目标。";
    assertEquals(1, run(check, list, counted("农贸市场智慧化改造", "≥4个", "4个", "6", "6")).size());
    // silent: the task finished; a rate met against its target (the prose may measure it by another standard, sample
    // 001); a task another row's name holds too; the row's points already lost
    assertEquals(List.of(), run(check, "苹果智能分选线于2024年10月建成并投入使用。", line));
    assertEquals(List.of(), run(check, "部门预算完成率尚未达到100%。", counted("部门预算完成率", "≥90%", "91.38%", "5", "5")));
    assertEquals(List.of(), run(check, text, line, counted("苹果智能分选线运行率", "≥90%", "95%", "3", "3")));
    assertEquals(List.of(), run(check, text, counted("苹果智能分选线建设", "≥1条", "1条", "7", "5")));
    // h90: the task itself said done ("完成建设"), a later stage not ("尚未通水试运行"); h374: the words before the task are
    // about another indicator
    assertEquals(List.of(), run(check, "全年共有12个村污水处理设施完成建设，其中2处尚未通水试运行。",
        counted("村污水处理设施建设", "≥12个", "12个", "15", "15")));
    // h423: built, but one not accepted, and acceptance completes the works
    assertEquals(1, run(check, "新建国有林场管护用房3处，主体工程均已完工，其中历口林场管护用房因消防设施整改，截至2024年底尚未通过竣工验收。",
        counted("国有林场管护用房建设", "≥3处", "3处", "5", "5")).size());
    assertEquals(List.of(), run(check, "初中毛入学率93.8%（部分初中毕业生外出务工，未达到95%的目标），中考平均分较上年提升3.2分。",
        counted("中考平均分较上年提升", "≥2分", "3.2分", "6", "6")));
  }

  @Test
  void anAcceptanceOutstandingIsTheAcceptanceRowsWhenTheFormHasOne() {
    // h473: the works counted (3 of 3) and an acceptance rate of 100%, both at full marks; one 广场 not yet accepted
    String text = "已完工项目中，文家村文化活动广场因配套排水沟需整改，截至自评时尚未通过竣工验收，其余项目均已验收合格。";
    IndicatorRow built = counted("新建文化活动广场", "≥3个", "3个", "6", "6");
    IndicatorRow accepted = counted("工程验收合格率", "100%", "100%", "8", "8");
    List<Finding> found = run(check, text, built, accepted);
    assertEquals(1, found.size(), found.toString());
    assertEquals("工程验收合格率", found.get(0).indicator());
    // no acceptance row: the works' own row, acceptance completing them (h423)
    assertEquals("新建文化活动广场", run(check, text, built).get(0).indicator());
  }

  @Test
  void aDeadlineRowWithFullMarksWhileTheProseSaysTheTaskIsNotInUse() {
    // h301: the row opens with its city's name, the prose (of that city's bureau) does not
    String text = "三、绩效目标完成情况\n零工市场主体工程于9月完工，因消防验收需整改，截至年底尚未投入使用。\n"
        + "产出\t时效指标\t福鼎市零工市场建成投用时间\t2024年10月底前\t已建成\t4\t4";
    IndicatorRow late = RuleTestRows.row("福鼎市零工市场建成投用时间", "2024年10月底前", "已建成", "4", "4", null);
    List<Finding> found = run(check, text, late);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("尚未"), found.get(0).message());
    assertEquals(List.of(), run(check, "零工市场于10月建成并投入使用。", late), "done in time");
    IndicatorRow lost = RuleTestRows.row("福鼎市零工市场建成投用时间", "2024年10月底前", "未投用", "4", "2", null);
    assertEquals(List.of(), run(check, text, lost), "points already lost");
  }

  @Test
  void aDeadlineRowWhoseTaskTheProseSaysActionFirst() {
    // h483: 安全隐患整治完成时间 | 2024年11月底前 | 按期完成, 5 of 5; the prose: "排查整治安全隐患35处，其中6处…未能在11月底前完成"
    String text = "（一）产出指标（46分），自评得分46分。全年纳入考核农村公路1,723.8公里；排查整治安全隐患35处，其中6处受汛期水毁影响"
        + "至12月下旬才完成整治，未能在11月底前完成；优良中等路率83.6%。\n"
        + "产出\t时效指标\t安全隐患整治完成时间\t2024年11月底前\t按期完成\t5\t5";
    IndicatorRow row = RuleTestRows.row("安全隐患整治完成时间", "2024年11月底前", "按期完成", "5", "5", null);
    List<Finding> found = run(check, text, row);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("未能"), found.get(0).message());
    assertEquals(List.of(), run(check, "排查整治安全隐患35处，均于11月底前完成整治。", row), "done in time");
  }

  @Test
  void aTaskNamedThenWhatHeldItUp() {
    // h487: "诉讼服务中心智能化改造因设备到货延迟，至年底尚未完成竣工验收" beside 2024年11月底前完成 | 按期完成, 6 of 6
    String text = "（三）产出。执行案款到位1.86亿元；诉讼服务中心智能化改造因设备到货延迟，至年底尚未完成竣工验收，预计2025年一季度投入使用；"
        + "诉讼费退费全部及时办理。\n产出\t时效指标\t诉讼服务中心智能化改造\t2024年11月底前完成\t按期完成\t6\t6";
    IndicatorRow row = RuleTestRows.row("诉讼服务中心智能化改造", "2024年11月底前完成", "按期完成", "6", "6", null);
    List<Finding> found = run(check, text, row);
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of(), run(check, "诉讼服务中心智能化改造因工期紧张，加班推进，于11月完成竣工验收。", row), "done in time");
    // h512: the works named, then what they were held up by ("受…影响"), in a list of problems
    String h512 = "答：一是非遗传承培训期数未达目标；二是图书馆少儿阅览区改造工程受冬季停工影响，年底尚未完工；三是偏远村屯文化活动场次偏少。\n"
        + "产出\t时效指标\t图书馆少儿阅览区改造\t年内完工\t按计划推进\t6\t6";
    IndicatorRow works = RuleTestRows.row("图书馆少儿阅览区改造", "年内完工", "按计划推进", "6", "6", null);
    assertEquals(1, run(check, h512, works).size());
    assertEquals(List.of(), run(check, "图书馆少儿阅览区改造工程受冬季停工影响，12月中旬完工。", works), "done in the year");
    // h522: "未完工" says the works were not finished
    IndicatorRow store = RuleTestRows.row("县级应急物资储备库建设", "完成主体工程", "完成", "7", "7", null);
    String h522 = "三、县级应急物资储备库建设项目受用地调整影响，主体工程年内未完工，预计2025年6月完工。\n"
        + "产出\t质量指标\t县级应急物资储备库建设\t完成主体工程\t完成\t7\t7";
    assertEquals(1, run(check, h522, store).size());
    assertEquals(List.of(), run(check, h522.replace("年内未完工", "年内完工"), store), "finished");
  }

  @Test
  void aCentreBuiltAndRunningCountedWhileTheProseSaysItIsNotYetRunning() {
    // h493: 区域性养老服务中心建成运营 | 1个 | 1个, 6 of 6; the prose: "…主体工程已完工，因消防验收未通过，至年底尚未投入运营"
    String text = "（二）养老服务。县区域性养老服务中心主体工程已完工，因消防验收未通过，至年底尚未投入运营，计划2025年二季度开业。\n"
        + "产出指标\t区域性养老服务中心建成运营\t1个\t1个\t6\t6";
    IndicatorRow row = RuleTestRows.row("区域性养老服务中心建成运营", "1个", "1个", "6", "6", null);
    assertEquals(1, run(check, text, row).size());
    assertEquals(List.of(), run(check, "县区域性养老服务中心于10月建成并投入运营。", row), "running");
  }

  @Test
  void aTaskNamedWithItsLastStepAloneIsADeadlineToo() {
    // h188: "农村危房改造竣工" | 年底前全部竣工 | 全部竣工, 8 of 8, while 三 says five houses were carried into the next year
    String text = "三、年度目标完成情况\n农村危房改造年度计划62户，年底前竣工57户，其余5户因户主外出务工推迟开工，已结转至2022年实施。\n"
        + "9. 名称：农村危房改造竣工（时效指标）  年度指标值：年底前全部竣工  实际完成值：全部竣工  分值：8分  得分：8分";
    IndicatorRow done = RuleTestRows.row("农村危房改造竣工", "年底前全部竣工", "全部竣工", "8", "8", null);
    List<Finding> found = run(check, text, done);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("推迟"), found.get(0).message());
    assertEquals(List.of(), run(check, "农村危房改造年度计划62户，年底前全部竣工并通过验收。", done), "all done");
  }

  @Test
  void aLaterClauseNamingTheTaskSaysWhatAnEarlierOneOnlyPlanned() {
    // h338: 一 names the task with its plan only ("同步实施村卫生室标准化建设20个"), 五 the shortfall
    IndicatorRow built = row("村卫生室标准化建设", "基本完成", null, null, "4", "4", null);
    String text = "2024年同步实施村卫生室标准化建设20个，年内完成17个。\n"
        + "二是20个村卫生室标准化建设中，有3个因选址调整至年底尚未竣工验收，相应尾款未支付。";
    List<Finding> found = run(check, text, built);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("尚未"), found.get(0).message());
    // sample 001: a row whose figures meet its target (91.38% against ≥90%) is not undone by "未达到100%" elsewhere
    IndicatorRow rate = new IndicatorRow(null, null, null, null, "部门预算完成率", "≥90%", "91.38%", new BigDecimal("3"),
        new BigDecimal("3"), org.jixiao.text.number.ValueParser.parse("≥90%"), org.jixiao.text.number.ValueParser.parse("91.38%"),
        null, null, null, null, null, Map.of(), List.of());
    assertEquals(List.of(), run(check, "①部门预算完成率（3分）。部门预算完成率91.38%，达成目标。\n1.部门预算完成率未达到100%\n", rate));
  }
  @Test
  void aClauseNamingTheTaskByTheEndOfItsName() {
    // h343: 美丽乡村中心村建设 | 完成2个 | 完成, 5 of 5, while 五 says "三岗中心村建设进度滞后，年底未完工"
    IndicatorRow centres = row("美丽乡村中心村建设", "完成", null, null, "5", "5", null);
    String text = "一是三岗中心村建设进度滞后，年底未完工，相应工程款未结算；二是部分绩效指标设置不够量化。\n";
    List<Finding> found = run(check, text, centres);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("滞后"), found.get(0).message());
    IndicatorRow other = row("示范中心村建设", "完成", null, null, "5", "5", null);
    assertEquals(List.of(), run(check, text, centres, other), "an end two rows' names share is neither row's");
    assertEquals(List.of(), run(check, "一是三岗村建设进度滞后。\n", centres), "an end under five characters names too much");
  }
  @Test
  void aTargetNamingItsTaskBeforeItsCountAndAnActualClaimingThePlanInWords() {
    // h347 (read in simplified characters): 修缮碉楼15座 | 按计划完成, 6 of 6, while 一 says 13 of the 15 were done
    IndicatorRow towers = new IndicatorRow(null, null, null, null, "开平碉楼与村落修缮保护", "修缮碉楼15座", "按计划完成",
        new BigDecimal("6"), new BigDecimal("6"), org.jixiao.text.number.ValueParser.parse("修缮碉楼15座"),
        org.jixiao.text.number.ValueParser.parse("按计划完成"), null, null, null, null, null, Map.of(), List.of());
    String text = "2024年计划修缮碉楼15座，全年完成13座碉楼修缮，另有2座因产权人意见不统一，年底尚未开工。\n";
    assertEquals(1, run(check, text, towers).size());
    assertEquals(List.of(), run(check, text.replace("全年完成13座", "全年完成15座"), towers), "the plan met");
  }

  @Test
  void theCountDoneThenThePlansInBrackets() {
    // h351: 完成3.2公里 | 已完成, 6 of 6, while 存在问题 says 2.1 of the 3.2公里 were laid
    IndicatorRow pipes = counted("圩镇污水管网改造", "完成3.2公里", "已完成", "6", "6");
    String text = "一是圩镇污水管网改造工程受雨季和征地协调影响，年底仅完成管网铺设2.1公里（计划3.2公里），剩余1.1公里未完工。\n";
    List<Finding> f = run(check, text, pipes);
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().contains("完成管网铺设2.1公里") || f.get(0).message().contains("完成2.1公里"), f.get(0).message());
    assertEquals(List.of(), run(check, text.replace("2.1公里（", "3.2公里（").replace("，剩余1.1公里未完工", ""), pipes),
        "the plan met");
    // (without its last clause: "剩余1.1公里未完工" after the task held up "受…影响" is the task's own words)
    assertEquals(List.of(), run(check, text.replace("计划3.2公里", "计划2.1公里").replace("，剩余1.1公里未完工", ""), pipes),
        "another plan: another row's");
  }

  @Test
  void thePlansCountWithTheTaskBetweenOrWordsThatPartIsNotDone() {
    // h231: the task named between the plan's count and the count done
    IndicatorRow labs = counted("农贸市场快检室建设数量（个）", "≥12", "12", "8", "8");
    String built = "计划建设的12个农贸市场快检室已建成10个，江北、关庙2个快检室因场地调整尚未建成。\n";
    assertEquals(1, run(check, built, labs).size());
    assertEquals(List.of(), run(check, built.replace("已建成10个", "已建成12个").replace("，江北、关庙2个快检室因场地调整尚未建成", ""),
        labs), "all twelve built");
    // h207: the plan's count, then in the same sentence a part 尚未完工, the count done not stated
    IndicatorRow clinics = counted("乡镇卫生院标准化改造（所）", "4", "4", "8", "8");
    String clinic = "乡镇卫生院标准化改造计划4所，其中3所已完工并投入使用，布久乡卫生院改造工程受冬季停工影响尚未完工。\n";
    assertEquals(1, run(check, clinic, clinics).size());
    assertEquals(List.of(), run(check, clinic + "另有1所卫生院尚未完工。\n", counted("乡镇卫生院标准化改造（所）", "4", "3", "8", "6")),
        "points taken");
    assertEquals(List.of(), run(check, "乡镇卫生院标准化改造计划4所，均已完工并投入使用。另有村卫生室2所尚未完工。\n", clinics),
        "the words not done are in another sentence");
  }
}
