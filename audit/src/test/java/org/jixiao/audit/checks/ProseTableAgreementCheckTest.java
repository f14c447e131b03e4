package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** A count the table reports done, stated otherwise in the prose (h211's family). */
class ProseTableAgreementCheckTest {
  private static final IndicatorRow ISSUED = RuleTestRows.row("不动产登记发证（件）", "≥12000", "12680", "8", "8", null);

  private static List<Finding> check(String text) {
    return new ProseTableAgreementCheck().check(RuleTestRows.subject(null, text, ISSUED));
  }

  @Test
  void aCountStatedOtherwiseAfterTheRowsNameIsAWarning() {
    List<Finding> found = check("（一）不动产登记服务。全年完成不动产登记发证12,860件，办理抵押登记3,420件。");
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("12,860件", f.stated());
    assertEquals("12680件", f.recomputed());
  }

  @Test
  void aCodeCitedWithAnotherRowsNameIsNotedAndWithItsOwnNameRewordedIsNot() {
    // sample 003: C14 cited as 加强市民中心管理, the table's C14 加强行政服务中心管理: the code names the row, reworded
    IndicatorRow c14 = coded("C14", "加强行政服务中心管理");
    IndicatorRow c15 = coded("C15", "政务服务事项网上办理率");
    assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, "C14加强市民中心管理（5分）", c14, c15)));
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null, "C14政务服务事项网上办理率（5分）", c14, c15));
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals("C14加强行政服务中心管理", found.get(0).recomputed());
  }

  private static IndicatorRow coded(String code, String name) {
    IndicatorRow r = RuleTestRows.row(name, null, null, "5", "5", null);
    return new IndicatorRow(null, code, null, null, name, null, null, r.weight(), r.score(), null, null, null, null, null, null,
        null, java.util.Map.of(), List.of());
  }

  @Test
  void aTargetFiledAsAnotherBoundInTheFilesDeclarationTableIsAWarning() {
    // h329: 附件1 申报表 prints ≥1200件, the 自评表 ≥1000件 (met by 1086件 at full marks)
    IndicatorRow cases = RuleTestRows.row("法律援助案件办理数", "≥1000件", "1086件", "10", "10", null);
    String filed = "产出指标\t数量指标\t法律援助案件办理数\t≥1200件\n";
    String own = "产出指标\t数量指标\t法律援助案件办理数\t≥1000件\t1086件\t10\t10\t\n";
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null, filed + own, cases));
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("≥1200件", found.get(0).recomputed());
    assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null,
        "产出指标\t数量指标\t法律援助案件办理数\t≥1000件\n" + own, cases)), "the same bound filed");
    assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null,
        "法律援助案件办理数\t≥1000件\t≥600件\t620件\n" + own, cases)), "a line carrying the row's own target beside a 序时 one");
  }

  @Test
  void aGoalsProseWrittenInATableCellIsProse() {
    // h271: the 年度总体目标 block's 实际完成情况 cell, a goal's label before the name
    String goals = "年度总体目标\t目标1：年内完成不动产登记发证不少于12000件，提升办理效率。\t"
        + "目标1：全年完成不动产登记发证12,860件，平均办理时限压缩至3个工作日。";
    List<Finding> found = check(goals);
    assertEquals(1, found.size(), found.toString());
    assertEquals("12,860件", found.get(0).stated());
    assertEquals(List.of(), check("年度总体目标\t目标1：不动产登记发证12,680件\t短"), "a short cell of a table row");
    assertEquals(List.of(), check("不动产登记发证（件）\t≥12000\t12680\t8\t8\t不动产登记发证≥12500件得满分，每少100件扣0.5分。"),
        "a rule's threshold in its cell is no figure done");
    assertEquals(List.of(), check("年度目标\t完成不动产登记发证12500件以上，办理时限压缩至5个工作日。"), "a goal's bound");
  }

  @Test
  void aCountStatedBeforeTheRowsNameInTheAccountOfWhatWasDone() {
    // h395: the goal block's 实际完成情况 says 16座 where the table's row says 18座 (the target is ≥16座)
    IndicatorRow reinforced = RuleTestRows.row("小型水库除险加固", "≥16座", "18座", "6", "6", null);
    String stacked = "年度总体目标\t预期目标\t\t\n\t完成16座小型水库除险加固，实施大坝防渗处理12处。\t\t\n\t实际完成情况\t\t\n"
        + "\t完成16座小型水库除险加固，实施大坝防渗处理12处、溢洪道改造7座。\t\t\n";
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null, stacked, reinforced));
    assertEquals(1, found.size(), found.toString());
    assertEquals("16座", found.get(0).stated());
    assertEquals("18座", found.get(0).recomputed());
    // the same sentence under the goal's label, in a block laid out side by side, is the goal restated (h176)
    String sideBySide = "年度总体目标\t\t预期目标\t\t\t实际完成情况\t\t\n\t\t完成16座小型水库除险加固，保障防洪安全。\t\t\t完成18座小型水库除险加固，保障防洪安全。\t\t\n";
    assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, sideBySide, reinforced)));
    // in running prose a figure other than the target is what was done; a part (其中) and a plan are not
    assertEquals(1, new ProseTableAgreementCheck().check(RuleTestRows.subject(null, "全年完成17座小型水库除险加固。", reinforced)).size());
    assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, "全年完成18座小型水库除险加固。", reinforced)));
    assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, "其中完成12座小型水库除险加固。", reinforced)));
    assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, "计划完成20座小型水库除险加固。", reinforced)));
  }

  @Test
  void aFigureAfterAnotherRowsLongerNameIsThatRowsFigure() {
    // h276: "轮换县级储备粮11460吨" names the row 轮换县级储备粮（吨）, not 县级储备粮规模（吨）
    IndicatorRow scale = RuleTestRows.row("县级储备粮规模（吨）", "≥30000", "30000", "8", "8", null);
    IndicatorRow rotated = RuleTestRows.row("轮换县级储备粮（吨）", "≥11000", "11460", "12", "12", null);
    var report = new org.jixiao.schema.Report("t.xlsx", null, 2024, null, null, null, null, null, null, null, null, List.of(),
        List.of(scale, rotated), null, null, null, null, java.util.Map.of(), List.of(), null, null, null);
    String prose = "实际完成情况\t目标1：轮换县级储备粮11460吨，储备规模保持30000吨，确保储备粮数量真实、质量良好。";
    assertEquals(List.of(), new ProseTableAgreementCheck().check(new org.jixiao.audit.AuditSubject(report, prose)));
  }

  @Test
  void inAScanAProseFigureOneCharacterAwayMayBeTheRecognizersAndIsNoFinding() {
    // h413, a report image: "困难群众基本生活保障率100%" in the goal block recognized as "…10%", the row's 100% read right
    IndicatorRow typed = RuleTestRows.row("困难群众基本生活保障率", "100%", "100%", "6", "6", null);
    var ocr = new org.jixiao.schema.CellRef("t.webp", 1, 0, 12, 3, org.jixiao.schema.TableMethod.OCR,
        new org.jixiao.schema.OcrRead(80, 400, 60, 8, 97), null, null);
    IndicatorRow scanned = new IndicatorRow(null, null, null, null, typed.level3(), typed.target(), typed.actual(), typed.weight(),
        typed.score(), typed.targetValue(), typed.actualValue(), null, null, null, ocr, null, java.util.Map.of(), List.of());
    String prose = "完成情况：困难群众基本生活保障率10%，高龄津贴和残疾人两项补贴应发尽发。";
    assertEquals(1, new ProseTableAgreementCheck().check(RuleTestRows.subject(null, prose, typed)).size(), "typed: a finding");
    assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, prose, scanned)));
    // a figure further off is a finding in a scan too
    String further = "完成情况：困难群众基本生活保障率96%，高龄津贴和残疾人两项补贴应发尽发。";
    assertEquals(1, new ProseTableAgreementCheck().check(RuleTestRows.subject(null, further, scanned)).size());
  }

  @Test
  void theSameCountAPlanAnotherYearOrTheTargetAreNoFinding() {
    assertEquals(List.of(), check("全年完成不动产登记发证12,680件。"));
    assertEquals(List.of(), check("上年完成不动产登记发证11,860件。"));
    assertEquals(List.of(), check("不动产登记发证计划12,500件。"));
    assertEquals(List.of(), check("不动产登记发证12000件的年度目标已完成。"));
    assertEquals(List.of(), check("不动产登记发证（件）\t≥12000\t12680\t8\t8"), "the table line itself");
    assertEquals(List.of(), check("全年完成不动产首次登记、不动产登记发证12,860件、12,680件。"),
        "h285: two names, their figures in turn; the first figure is the other name's");
  }

  @Test
  void theNameWithoutItsMeasureWordNamesTheTask() {
    // h222: 新建高标准农田面积（万亩） 3.05 in the table, "项目新建高标准农田3.50万亩" in the prose
    IndicatorRow area = RuleTestRows.row("新建高标准农田面积（万亩）", "≥3.0", "3.05", "8", "8", null);
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null,
        "（一）产出情况。项目新建高标准农田3.50万亩，新建高效节水灌溉面积1.2万亩。", area));
    assertEquals(1, found.size(), found.toString());
    assertEquals("3.50万亩", found.get(0).stated());
  }

  @Test
  void aNameWithItsMeasureWordAndTheUnitInTheActualIsReadToo() {
    // h166: 营造林面积 | ≥2.4万亩 | 2.4万亩 in the 扣分 table, "全年完成营造林2.6万亩" in the prose
    IndicatorRow area = RuleTestRows.row("营造林面积", "≥2.4万亩", "2.4万亩", "10", "10", null);
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null,
        "2021年全年完成营造林2.6万亩、森林抚育1.56万亩，造林成活率90.2%。", area));
    assertEquals(1, found.size(), found.toString());
    assertEquals("2.6万亩", found.get(0).stated());
    assertEquals("2.4万亩", found.get(0).recomputed());
    for (String same : new String[] {"全年完成营造林2.4万亩。", "计划营造林2.6万亩。", "营造林2.6亩。",
        "上年完成营造林2.6万亩。", "1\t征求意见稿“营造林面积”按2.6万亩计分，经核实为2.4万亩。"}) {
      assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, same, area)), same);
    }
  }

  @Test
  void aRateStatedOtherwiseAfterItsWholeNameIsAWarning() {
    // h252: 森林覆盖率 68.24% in the 附表, "全县森林覆盖率达到68.42%" in the prose
    IndicatorRow cover = RuleTestRows.row("森林覆盖率", "≥68%", "68.24%", "6", "6", null);
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null,
        "2023年全县完成人工造林1.56万亩，全县森林覆盖率达到68.42%，森林火灾受害率0.21‰。", cover));
    assertEquals(1, found.size(), found.toString());
    assertEquals("68.42%", found.get(0).stated());
    assertEquals("68.24%", found.get(0).recomputed());
    for (String same : new String[] {"全县森林覆盖率达到68.24%。", "森林覆盖率目标68%。", "上年森林覆盖率为67.9%。",
        "森林覆盖率\t≥68%\t68.24%\t6\t6"}) {
      assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, same, cover)), same);
    }
  }

  @Test
  void aCountNamedByWhatItCountsIsStatedWithoutIt() {
    // h323: "安全生产执法检查企业（家次）" is stated "开展安全生产执法检查1286家次"
    IndicatorRow inspected = RuleTestRows.row("安全生产执法检查企业（家次）", "≥1200", "1268", "8", "8", null);
    String text = "全年开展安全生产执法检查1286家次，组织应急救援队伍训练演练24次。";
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null, text, inspected));
    assertEquals(1, found.size(), found.toString());
    assertEquals("1286家次", found.get(0).stated());
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, text.replace("1286", "1268"), inspected)));
  }

  @Test
  void aLengthDoneStatedInAnotherUnitIsConverted() {
    // h324: 43260米 in the row, "43.62公里" in the goal block's 实际完成情况 (digits swapped); "43.26公里" agrees
    IndicatorRow road = RuleTestRows.row("农村公路提档升级改造里程", "≥42公里", "43260米", "8", "8", null);
    String text = "实际完成情况：完成农村公路提档升级改造43.62公里，改造危桥6座。";
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null, text, road));
    assertEquals(1, found.size(), found.toString());
    assertEquals("43.62公里", found.get(0).stated());
    assertEquals("43.26公里", found.get(0).recomputed());
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, text.replace("43.62", "43.26"), road)));
  }

  @Test
  void theRowsFigureWithTwoDigitsSwappedInAClauseOnTheSameThingIsAWarning() {
    // h182's wording on a row of my own: the clause orders the name's words otherwise ("救助城乡低保对象" for 城乡低保对象救助人数)
    IndicatorRow aided = RuleTestRows.row("城乡低保对象救助人数", "≥12,000人", "12,648人", "10", "10", null);
    String text = "（一）产出情况。全年累计救助城乡低保对象12,468人，特困人员救助供养1,862人。";
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null, text, aided));
    assertEquals(1, found.size(), found.toString());
    assertEquals("12,468人", found.get(0).stated());
    assertEquals("12,648人", found.get(0).recomputed());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    // a figure after the words too, and a scale before the unit ("参与群众12.6万人次" beside 16.2万人次, h149)
    IndicatorRow visits = RuleTestRows.row("群众参与公共文化活动人次", "≥15万人次", "16.2万人次", "8", "8", null);
    assertEquals(1, new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, "送戏下乡演出120场，参与群众12.6万人次，满意度92%。", visits)).size());
    // under an account's goal label, "目标1完成情况：" (h389): which goal it reports on, not a target
    IndicatorRow mains = RuleTestRows.row("新建改造农村供水管网", "≥150公里", "168.5公里", "6", "6", null);
    String account = "目标1完成情况：全年新建改造农村供水管网186.5公里，农村自来水普及率99.3%。";
    assertEquals(1, new ProseTableAgreementCheck().check(RuleTestRows.subject(null, account, mains)).size());
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, account.replace("完成情况", "任务"), mains)), "a goal's task is its target");
  }

  @Test
  void aSwappedFigureWrittenInChineseNumeralsIsAWarning() {
    // h317: a report written in numerals, "城镇新增就业三千八百六十二人" in its opening against the row's 三千六百八十二人
    IndicatorRow jobs = RuleTestRows.row("城镇新增就业", "三千五百人以上", "三千六百八十二人", "7", "7", null);
    String text = "2024年，全区实现城镇新增就业三千八百六十二人，城镇登记失业率控制在百分之二点一。";
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null, text, jobs));
    assertEquals(1, found.size(), found.toString());
    assertEquals("三千八百六十二人", found.get(0).stated());
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, text.replace("三千八百六十二", "三千六百八十二"), jobs)), "the same figure");
  }

  @Test
  void aSwappedFigureOnAnotherThingOrInAnotherUnitOrAsAPlanIsNoFinding() {
    IndicatorRow aided = RuleTestRows.row("城乡低保对象救助人数", "≥12,000人", "12,648人", "10", "10", null);
    for (String text : List.of("特困人员集中供养12,468人。", "全年救助城乡低保对象12,468户。", "计划救助城乡低保对象12,468人。",
        "全年救助城乡低保对象14,628人。", "城乡低保对象12,468人以上。", "上年救助城乡低保对象12,468人。")) {
      assertEquals(List.of(), new ProseTableAgreementCheck().check(RuleTestRows.subject(null, text, aided)), text);
    }
  }

  @Test
  void aTargetTheAdjustmentNoteGivesOtherwiseIsAWarning() {
    // h335: the 绩效目标调整情况 raises a ceiling to 不高于180万元, the table's 调整后 column prints ≤175万元/座
    IndicatorRow cost = RuleTestRows.row("危桥改造单座平均造价", "≤175万元/座", "171.4万元/座", "6", "6", null);
    String note = "经区财政局批复，同步调整以下绩效目标：危桥改造单座平均造价由不高于165万元调增为不高于180万元。其他指标未调整。";
    List<Finding> found = new ProseTableAgreementCheck().check(RuleTestRows.subject(null, note, cost));
    assertEquals(1, found.size(), found.toString());
    assertEquals("≤175万元/座", found.get(0).stated());
    assertEquals("不高于180万元", found.get(0).recomputed());
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, note.replace("180万元", "175万元"), cost)), "the same target");
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, note.replace("不高于180万元", "不高于1.8亿元"), cost)), "another unit word: not compared");
  }

  @Test
  void aSwappedFigureOfAnotherRateOrOfAnotherUnitIsNoFinding() {
    // h320: a rate shares 救助 with another rate's clause; h326: 24个 of 24个百分点 is no count of 个; h294: the budget's
    // execution rate is the figure checks'
    IndicatorRow timely = RuleTestRows.row("临时救助审批办结及时率", "≥95%", "96.3%", "6", "6", null);
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, "临时救助对象满意度93.6%，较上年提高。", timely)));
    IndicatorRow estates = RuleTestRows.row("完成改造小区数量", "≥40个", "42个", "8", "8", null);
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, "改造后小区基础设施完好率提升24个百分点。", estates)));
    IndicatorRow rate = RuleTestRows.row("预算执行率", "100%", "94.23%", "10", "9.42", null);
    assertEquals(List.of(), new ProseTableAgreementCheck().check(
        RuleTestRows.subject(null, "全年支出7,598.90万元，预算执行率94.32%。", rate)));
  }
}
