package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jixiao.extract.draft.Candidates;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.schema.GradeLevel;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** {@link IndicatorTableReader} (with header inheritance and row repair) through {@link TableIndicatorExtractor}. */
class TableIndicatorExtractorTest {
  private static final String HEADER = "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分";

  /** What the table strategy read: its rows, and the sections, totals and rejections in the draft. */
  private record Read(ReportDraft draft, List<IndicatorRow> rows) {}

  private static Read extract(ParsedDocument doc) {
    ReportDraft draft = new ReportDraft(doc.fileName());
    Candidates found = TableIndicatorExtractor.standard().extract(doc, draft);
    return new Read(draft, found.rows().stream().map(RowCandidate::row).toList());
  }

  private static Read extract(String... rows) {
    return extract(DocumentFixture.named("testTable.docx").table(rows).build());
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aGoalCellPrintingItsLabelAndTextIsTheGoalAsPrinted() {
    // h185: "目标1：新建高标准农田1.2万亩…" spanning its rows
    Read d = extract(
        "绩效目标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
        "目标1：新建高标准农田1.2万亩，年内全部完工。|产出指标|数量指标|新建高标准农田面积|≥1.2万亩|1.2万亩|10|10",
        "^|^|时效指标|工程按期完工率|100%|90%|10|9");
    assertEquals(List.of("目标1：新建高标准农田1.2万亩，年内全部完工。", "目标1：新建高标准农田1.2万亩，年内全部完工。"),
        d.rows().stream().map(IndicatorRow::goal).toList(), "FORMAT.md: the goal as printed");
  }

  @Test
  void aHeadersSecondLineNamesTheColumnsItsFirstGrouped() {
    // h183: "指标值" over two columns a CSV export cannot merge, "年度目标值 | 实际完成值" on the line below
    Read d = extract(
        "一级指标|指标名称|指标值||分值|得分|评分标准",
        "^|^|年度目标值|实际完成值|||",
        "产出指标|食品安全抽检批次|≥1200批|1236批|15|15|达到目标值得满分",
        "效益指标|工程验收合格率（%）|100|100|10|10|");
    assertEquals(2, d.rows().size(), d.rows().toString());
    assertEquals("≥1200批", d.rows().get(0).target());
    assertEquals("1236批", d.rows().get(0).actual());
    assertEquals("工程验收合格率（%）", d.rows().get(1).level3(), "a unit in brackets is no per cent figure");
    assertEquals("100", d.rows().get(1).actual());
  }

  @Test
  void aGroupRowAcrossTheLevelColumnsAndTargetsFromATableOfTheirOwn() {
    // h179: 表1 gives each indicator's target and actual, 表2 scores them, each 一级 a row of its own
    ParsedDocument doc = DocumentFixture.named("testTwoTables.docx")
        .table("序号|三级指标|年度指标值|全年实际值|未完成原因",
            "1|新建改建公厕（座）|≥12|12|",
            "2|数字城管案件结案率（%）|≥95|93.5|跨部门协调周期长")
        .table("一级指标|二级指标|三级指标|分值|实际得分（分）",
            "履职产出|<|<|45|44.5",
            "|数量指标|新建改建公厕（座）|7|7.0",
            "|质量指标|数字城管案件结案率（%）|8|7.0")
        .build();
    Read d = extract(doc);
    assertEquals(2, d.rows().size(), d.rows().toString());
    IndicatorRow r = d.rows().get(1);
    assertEquals("履职产出", r.level1());
    assertEquals("≥95", r.target());
    assertEquals("93.5", r.actual());
    assertEquals(0, ((CellRef) r.sources().get(IndicatorField.actual)).table(), "the actual keeps its own cell in 表1");
    Section s = d.draft().sections().getFirst();
    assertEquals("履职产出", s.name());
    assertEquals(n("44.5"), s.score());
    // h162: an indicator named across the level columns prints its actual, which no group's row does
    Read fund = extract(
        "一级指标|二级指标|三级指标|分值|年度指标值|全年实际值|得分",
        "预算执行率|<|<|10|—|93.00%|9.5",
        "产出指标|数量指标|青稞良种推广面积|15|≥12万亩|12.4万亩|15");
    assertEquals(List.of("预算执行率", "青稞良种推广面积"), fund.rows().stream().map(IndicatorRow::level3).toList());
    assertTrue(fund.draft().sections().isEmpty(), fund.draft().sections().toString());
  }

  @Test
  void scoresHeaded评价分AndRulesInAScoringNoteColumnOnTheRight() {
    // h177's family: 二级/一级 on the right, 评价分 as the score, 评分说明 holding the rules, full-width figures
    Read d = extract(
        "三级指标|指标值|实际完成值|分值|评价分|评分说明|二级指标|一级指标",
        "立项依据充分性|充分|充分|４分|４分|符合政策，得满分|项目立项|决策",
        "管护人员到岗率|≥98%|96%|６分|５分|≥98%得满分，每低1个百分点扣1分|产出质量|产出");
    assertEquals(2, d.rows().size(), d.rows().toString());
    IndicatorRow r = d.rows().get(1);
    assertEquals(n("6"), r.weight());
    assertEquals(n("5"), r.score());
    assertEquals("产出", r.level1());
    assertEquals("产出质量", r.level2());
    assertEquals("≥98%得满分，每低1个百分点扣1分", r.rule());
  }

  @Test
  void codesPrintedAgainstTheNamesFollowTheirSequence() {
    // h174's family: "1.1居民…", "1.265岁…" in the 三级 cell
    Read d = extract(
        HEADER,
        "产出指标|数量指标|1.1居民电子健康档案建档率|≥62%|64.3%|5|5",
        "^|^|1.265岁及以上老年人健康管理率|≥61%|62.8%|5|5",
        "^|质量指标|2.1孕产妇系统管理率|≥90%|85.2%|5|2");
    assertEquals(java.util.Arrays.asList("1.1", "1.2", "2.1"), d.rows().stream().map(IndicatorRow::code).toList());
    assertEquals("65岁及以上老年人健康管理率", d.rows().get(1).level3());
  }

  @Test
  void aGroupRowsScoreBesideItsHeadingAndAMoneyBlockBelowTheIndicators() {
    // h170's family: "一、投入（12分） | 本项得分 | 12" above its rows; a money block's heading ends the indicators
    Read d = extract(
        "序号|二级指标|三级指标|权重|评分标准|年度目标值|实际完成值|得分",
        "一、投入（12分）|<|<|<|<|<|本项得分|11",
        "1|预算配置|预算编制科学性|4|科学得满分|科学|科学|4",
        "2|预算配置|在职人员控制率|8|≤100%得满分|≤100%|97.4%|7",
        "合计|<|<|100|||96.93",
        "支出类别|<|年初预算|调整预算|<|实际支出|<|执行率",
        "基本支出|<|2,136.50|2,210.80|<|2,246.35|<|101.61%");
    assertEquals(List.of("预算编制科学性", "在职人员控制率"), d.rows().stream().map(IndicatorRow::level3).toList(),
        "a row naming 预算 is still an indicator; the money lines are not");
    Section input = d.draft().sections().getFirst();
    assertEquals("投入", input.name());
    assertEquals(n("12"), input.weight());
    assertEquals(n("11"), input.score());
  }

  @Test
  void mergedGroupCellsGiveEveryRowItsLevel1AndLevel2() {
    List<IndicatorRow> rows = extract(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|10|10",
        "^|^|新增服务事项|≥20项|23项|10|9",
        "^|质量指标|验收合格率|100%|100%|10|10",
        "效益指标|满意度指标|服务对象满意度|≥90%|93%|20|18.5").rows();
    assertEquals(4, rows.size());
    assertEquals(List.of("产出指标", "产出指标", "产出指标", "效益指标"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("数量指标", "数量指标", "质量指标", "满意度指标"), rows.stream().map(IndicatorRow::level2).toList());
    IndicatorRow second = rows.get(1);
    assertEquals(IndicatorRow.of(null, null, "产出指标", "数量指标", "新增服务事项", "≥20项", "23项", n("10"), n("9")),
        IndicatorRow.of(second.goal(), second.code(), second.level1(), second.level2(), second.level3(), second.target(),
            second.actual(), second.weight(), second.score()));
    assertEquals(ExtractionMethod.TABLE, second.method());
    assertEquals(new CellRef("testTable.docx", 1, 0, 2, 2), second.source());
    assertEquals(new CellRef("testTable.docx", 1, 0, 2, 6), second.sources().get(IndicatorField.score));
  }

  @Test
  void aHeaderRepeatedAtAPageBreakIsDroppedAndCounted() {
    Read d = extract(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|10|10",
        HEADER,
        "^|质量指标|验收合格率|100%|100%|10|10");
    assertEquals(List.of("培训人次", "验收合格率"), d.rows().stream().map(IndicatorRow::level3).toList());
    assertEquals(1, d.draft().counts().get(WarningCode.HEADER_REPEATED));
  }

  @Test
  void aGroupClosedBySubtotalTakesItsLabelWhereverPrintedAndGivesASection() {
    // two-level system (一级指标 + scored 指标名称), 权重 before 指标值; the merged 一级指标 label
    // printed beside the middle of its group, a 小计 row closing each group
    Read d = extract("序号|一级指标|指标名称|权重(%)|指标值|完成值|得分",
        "1||预算执行率|5|≥95%|94%|4.5",
        "2|部门管理|结转结余率|3|≤5%|5.3%|2.5",
        "3||政府采购执行率|2|=100%|100%|2",
        "||小计|10|||9",
        "4||就业人数|6|≥1500人|1623人|6",
        "5|履职产出|培训人次|4|≥3000人次|2860人次|3.5",
        "||小计|10|||9.5",
        "||合计|20|||18.5");
    assertEquals(5, d.rows().size());
    assertEquals(List.of("部门管理", "部门管理", "部门管理", "履职产出", "履职产出"),
        d.rows().stream().map(IndicatorRow::level1).toList());
    assertNull(d.rows().get(0).level2());
    assertEquals(List.of("部门管理", "履职产出"), d.draft().sections().stream().map(s -> s.name()).toList());
    assertEquals(n("9.5"), d.draft().sections().get(1).score());
    assertEquals(n("10"), d.draft().sections().get(1).weight());
  }

  @Test
  void totalRowsGiveTheTotalAndAreNotIndicators() {
    Read d = extract(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|60|58",
        "效益指标|满意度指标|服务对象满意度|≥90%|93%|40|36",
        "合计|<|<|<|<|100|94");
    assertEquals(2, d.rows().size());
    assertEquals(1, d.draft().totals().size());
    ReportDraft.TotalStatement t = d.draft().totals().get(0);
    assertEquals(n("94"), t.score());
    assertEquals(n("100"), t.weight());
    assertEquals(ExtractionMethod.TABLE, t.method());
  }

  @Test
  void aSubtotalTableHeadedBy指标类别GivesSectionsAndIts扣分IsNeverTheTotalsScore() {
    Read d = extract("指标类别|满分|自评分|扣分",
        "投入|15|14.5|0.5",
        "产出|35|33.3|1.7",
        "合计|100|97.45|2.55");
    assertTrue(d.rows().isEmpty(), d.rows().toString());
    assertEquals(List.of("投入", "产出"), d.draft().sections().stream().map(Section::name).toList());
    assertEquals(n("33.3"), d.draft().sections().get(1).score());
    assertEquals(n("97.45"), d.draft().totals().get(0).score());
    assertEquals(n("100"), d.draft().totals().get(0).weight());
  }

  /** "类别" alone heads the groups of a 分项得分汇总 table; its 小计 line is no group. */
  @Test
  void aSubtotalTableHeadedBy类别AloneGivesSectionsAndItsTotal() {
    Read d = extract("类别|分值|自评得分",
        "投入|20|19.6",
        "满意度|15|15",
        "小计|100|98.6");
    assertTrue(d.rows().isEmpty(), d.rows().toString());
    assertEquals(List.of("投入", "满意度"), d.draft().sections().stream().map(Section::name).toList());
    assertEquals(n("19.6"), d.draft().sections().get(0).score());
  }

  @Test
  void aTotalWordedAs总分WithShiftedCellsStillGivesTheTotal() {
    Read d = extract(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|100|91.5",
        "总分|100|91.5||||");
    assertEquals(1, d.rows().size());
    assertEquals(n("91.5"), d.draft().totals().get(0).score());
    assertEquals(n("100"), d.draft().totals().get(0).weight());
  }

  @Test
  /** As in 002's published text: 总分 under 一级指标, the full mark under 得分, the score under 偏差原因. */
  void aTotalRowShiftedRightGivesTheScoreAndTheFullMark() {
    Read d = extract(HEADER + "|偏差原因分析及改进措施",
        "产出指标|数量指标|培训人次|≥100人次|126人次|100|97.43|",
        "总分||||||100|97.43");
    assertEquals(1, d.draft().totals().size());
    assertEquals(n("97.43"), d.draft().totals().get(0).score());
    assertEquals(n("100"), d.draft().totals().get(0).weight());
  }

  @Test
  void smallTablesUnderOutlineHeadingsTakeTheirGroups() {
    // h224: one two-row table per indicator under "（一）投入指标（分值15分，得分14分）" and "1.预算编制"
    ParsedDocument doc = DocumentFixture.named("testTiny.docx")
        .paragraph("（一）投入指标（分值15分，得分14分）")
        .paragraph("1.预算编制")
        .table("三级指标|年度指标值|实际完成值|分值|得分", "预算编制科学性|科学|基本科学|5|4")
        .table("三级指标|年度指标值|实际完成值|分值|得分", "绩效目标合理性|合理|合理|5|5")
        .paragraph("2.资产管理")
        .table("三级指标|年度指标值|实际完成值|分值|得分", "资产管理规范性|规范|规范|5|5")
        .build();
    Read d = extract(doc);
    assertEquals(3, d.rows().size(), d.rows().toString());
    assertEquals("投入指标", d.rows().get(1).level1());
    assertEquals("预算编制", d.rows().get(1).level2());
    assertEquals("资产管理", d.rows().get(2).level2());
  }

  @Test
  void anExAnteAssessmentScoresIts二级AgainstTheirPoints() {
    // h226: 一级 | 二级 | 评估要点 | 分值 | 得分 | 评估意见, nothing measured yet: the 二级 are the scored items
    Read d = extract("一级指标|二级指标|评估要点|分值|得分|评估意见",
        "立项必要性|政策相符性|是否符合国家政策|5|5|符合",
        "^|需求迫切性|改造需求是否经过居民意愿调查|5|4.5|覆盖不全");
    assertEquals(List.of("政策相符性", "需求迫切性"), d.rows().stream().map(IndicatorRow::level3).toList());
    assertEquals(n("4.5"), d.rows().get(1).score());
  }

  @Test
  void threeLevelsInOneNameCellSeparatedBySlashes() {
    // h229: "产出指标/数量指标/职业技能培训人次（人次）" beside a 序号 column, no level columns
    Read d = extract("序号|指标名称|年度指标值|实际完成值|分值|得分",
        "1|产出指标/数量指标/职业技能培训人次（人次）|≥3000|3126|10|10",
        "2|效益指标/可持续影响/就业服务长效机制|健全|基本健全|7|6");
    assertEquals("产出指标", d.rows().get(0).level1());
    assertEquals("数量指标", d.rows().get(0).level2());
    assertEquals("职业技能培训人次（人次）", d.rows().get(0).level3());
    assertEquals("可持续影响", d.rows().get(1).level2());
  }

  @Test
  void eachGroupItsOwnTableAfterItsSubtotalSentence() {
    // h233: "（一）决策指标：分值15分，得分14分。" above a table of the group's rows, no 一级 column
    ParsedDocument doc = DocumentFixture.named("testGroupTables.html")
        .paragraph("（一）决策指标：分值15分，得分14分。")
        .table("二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "目标设定|绩效目标合理性|合理|合理|5|5", "^|决策程序规范性|规范|规范|5|5",
            "预算编制|预算编制科学性|科学|基本科学|5|4")
        .paragraph("（二）过程指标：分值20分，得分19.57分。")
        .table("二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "预算执行|预算执行率|100%|95.7%|10|9.57", "财务管理|资金使用合规性|合规|合规|5|5",
            "资产管理|资产管理规范性|规范|规范|5|5")
        .build();
    Read d = extract(doc);
    assertEquals("决策指标", d.rows().get(2).level1());
    assertEquals("过程指标", d.rows().get(3).level1());
  }

  @Test
  void scoresWrittenInWordsAsTheFormsNoteDefinesThem() {
    // h223: "满分" is the weight, "扣N分" the weight less N; words in the 得分 column make no card table
    Read d = extract(HEADER,
        "产出指标|数量指标|新建雨污分流管网（公里）|≥18|18.6|10|满分",
        "^|^|完成雨污分流改造小区（个）|≥24|26|8|扣1分",
        "效益指标|满意度|周边居民满意度|≥90%|91.8%|10|满分",
        "总分|<|<|<|<|100|93.55");
    assertEquals(3, d.rows().size(), d.rows().toString());
    assertEquals(n("10"), d.rows().get(0).score());
    assertEquals(n("7"), d.rows().get(1).score());
    assertEquals("数量指标", d.rows().get(1).level2());
  }

  @Test
  void aBracketedCommon二级NameAfterTheIndicatorsNameIsItsLevel2() {
    // h188: labelled records made a table headed 名称, each name closed by its 二级 in brackets
    Read d = extract("名称|年度指标值|实际完成值|分值|得分",
        "预算执行率（预算执行）|100%|95.30%|10分|9.35分",
        "老旧小区改造（数量指标）|≥32个|32个|10分|10分",
        "改造面积（万平方米）|≥5|5.2|5分|5分");
    assertEquals(List.of("预算执行率", "老旧小区改造", "改造面积（万平方米）"), d.rows().stream().map(IndicatorRow::level3).toList());
    assertEquals("预算执行", d.rows().get(0).level2());
    assertEquals(null, d.rows().get(2).level2(), "a unit in brackets is no 二级");
  }

  @Test
  void aTargetAndItsActualStackedOnTwoLinesUnderOneHeader() {
    // h214: "指标值/完成值" over cells holding the target, a line break, then the actual
    Read d = extract("一级指标|二级指标|三级指标|指标值/完成值|分值|得分",
        "产出指标|数量指标|运维污水处理站点（座）|≥186\n186|8|8",
        "^|质量指标|设施长效运维机制|健全\n基本健全|5|4",
        "^|^|出水水质达标率|≥90%|5|5");
    assertEquals("≥186", d.rows().get(0).target());
    assertEquals("186", d.rows().get(0).actual());
    assertEquals("基本健全", d.rows().get(1).actual());
    assertEquals("≥90%", d.rows().get(2).target(), "one line is the target alone");
    assertEquals(null, d.rows().get(2).actual());
  }

  @Test
  /** h211: a drawn table whose 合计 cell runs over the 分值 column with the full mark printed inside it. */
  void aTotalLabelHoldingTheFullMarkInItsMergedCell() {
    Read d = extract(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|100|91.5",
        "合计 100|<|<|<|<|<|91.5");
    assertEquals(1, d.rows().size(), "the total line is no indicator");
    assertEquals(n("91.5"), d.draft().totals().get(0).score());
    assertEquals(n("100"), d.draft().totals().get(0).weight());
  }

  @Test
  void aScoringTableUnder小计LinesTakesItsLevelsFromTheTargetsTable() {
    // h210: 表二 prints every level with targets and actuals, 表三 scores the 三级 names under "一、决策指标（小计）" lines
    ParsedDocument doc = DocumentFixture.named("testSplitTables.xlsx")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值",
            "决策|目标设定|绩效目标合理性|合理|合理",
            "^|预算编制|预算编制科学性|科学|基本科学")
        .table("序号|三级指标|分值|得分",
            "一、决策指标（小计）|<|10|9",
            "1|绩效目标合理性|5|5",
            "2|预算编制科学性|5|4")
        .build();
    Read d = extract(doc);
    assertEquals(2, d.rows().size(), d.rows().toString());
    IndicatorRow r = d.rows().get(1);
    assertEquals("决策", r.level1());
    assertEquals("预算编制", r.level2());
    assertEquals(0, ((CellRef) r.sources().get(IndicatorField.level2)).table(), "the level keeps its cell in 表二");
    assertEquals("决策指标", d.draft().sections().getFirst().name(), "the 小计 mark is no part of the group's name");
  }

  @Test
  void aFourLevelAppendixGivesOneRowPerScoredFourthLevelItem() {
    Read d = extract("一级指标|二级指标|三级指标|四级指标|分值|目标值|完成值|得分",
        "决策|项目立项|立项规范性|立项依据充分性|2|充分|充分|2",
        "^|^|^|立项程序规范性|2|规范|规范|2",
        "过程|资金管理|资金执行|预算执行率|5|100%|93.86%|4.69");
    assertEquals(List.of("立项依据充分性", "立项程序规范性", "预算执行率"), d.rows().stream().map(IndicatorRow::level3).toList());
    assertEquals("项目立项", d.rows().get(1).level2());
    assertEquals(n("4.69"), d.rows().get(2).score());
  }

  @Test
  void aGradeRowGivesTheGrade() {
    Read d = extract(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|100|91.5",
        "绩效等级|<|良好|<|<|<|<");
    assertEquals(1, d.draft().grades().size());
    assertEquals(GradeLevel.GOOD, d.draft().grades().get(0).grade());
    assertEquals("良好", d.draft().grades().get(0).printed());
    assertEquals(1, d.rows().size());
  }

  @Test
  void aTableContinuedWithoutItsHeaderInheritsIt() {
    ParsedDocument doc = DocumentFixture.named("testContinuation.docx")
        .table(HEADER,
            "产出指标|数量指标|培训人次|≥100人次|126人次|10|10",
            "^|^|新增服务事项|≥20项|23项|10|9")
        .page(2)
        .table("|质量指标|验收合格率|100%|100%|10|10",
            "效益指标|满意度指标|服务对象满意度|≥90%|93%|20|18.5")
        .build();
    List<IndicatorRow> rows = extract(doc).rows();
    assertEquals(List.of("培训人次", "新增服务事项", "验收合格率", "服务对象满意度"),
        rows.stream().map(IndicatorRow::level3).toList());
    IndicatorRow continued = rows.get(2);
    assertEquals("产出指标", continued.level1(), "a blank group cell continues the group of the previous page");
    assertEquals("质量指标", continued.level2());
    assertEquals(n("10"), continued.weight());
    assertEquals(1, ((CellRef) continued.source()).table());
    assertEquals(2, ((CellRef) continued.source()).page());
  }

  @Test
  void aTableOfOtherDataAfterAnIndicatorTableInheritsNothing() {
    ParsedDocument doc = DocumentFixture.named("testNotContinuation.docx")
        .table(HEADER, "产出指标|数量指标|培训人次|≥100人次|126人次|10|10")
        .table("人员经费|工资福利|基本工资|120.5|118.2|98.1%|按标准发放", "公用经费|商品和服务支出|办公费|30|29.7|99%|")
        .build();
    assertEquals(1, extract(doc).rows().size());
  }

  @Test
  void aRowShiftedRightByAnEmptyCellIsRealigned() {
    List<IndicatorRow> rows = extract(HEADER + "|",
        "产出指标|数量指标|培训人次|≥100人次|126人次|10|10|",
        "|^|时效指标|办结及时率|≥98%|99.2%|10|9.5").rows();
    assertEquals(2, rows.size());
    IndicatorRow shifted = rows.get(1);
    assertEquals("办结及时率", shifted.level3());
    assertEquals("时效指标", shifted.level2());
    assertEquals("≥98%", shifted.target());
    assertEquals("99.2%", shifted.actual());
    assertEquals(n("10"), shifted.weight());
    assertEquals(n("9.5"), shifted.score());
    assertEquals("产出指标", shifted.level1(), "a group left over by the repair comes from the rows above");
  }

  @Test
  /** As in 002's published text ('≤400万元' was read as the name of 建设成本's row). */
  void aRowShiftedLeftByAMissingCellIsRealigned() {
    List<IndicatorRow> rows = extract(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|10|10",
        "时效指标|办结及时率|≥98%|99.2%|10|9.5|").rows();
    assertEquals(2, rows.size());
    IndicatorRow shifted = rows.get(1);
    assertEquals("办结及时率", shifted.level3());
    assertEquals("时效指标", shifted.level2());
    assertEquals(n("10"), shifted.weight());
    assertEquals(n("9.5"), shifted.score());
  }

  @Test
  void aNameMergedIntoTheLevel2ColumnIsNotALevel2() {
    List<IndicatorRow> rows = extract("一级指标|二级指标|三级指标|年度指标值|分值|得分",
        "履职|组织协调|按期办结率|≥95%|3|3",
        "^|对单位履职的影响|<|明显|3|3").rows();
    assertEquals(2, rows.size());
    assertEquals("对单位履职的影响", rows.get(1).level3());
    assertEquals("组织协调", rows.get(1).level2());
  }

  @Test
  void rowsWithoutNameOrScoresAreCountedNotEmitted() {
    Read d = extract(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|10|10",
        "^|^||≥20项|23项|10|9",
        "^|^|新增服务事项|≥20项|23项||",
        "^|^|办件量|≥1万件|1.2万件|十分|9");
    assertEquals(List.of("培训人次", "办件量"), d.rows().stream().map(IndicatorRow::level3).toList());
    assertEquals(1, d.draft().counts().get(WarningCode.ROW_WITHOUT_NAME));
    assertEquals(1, d.draft().counts().get(WarningCode.ROW_WITHOUT_SCORES));
    IndicatorRow chinese = d.rows().get(1);
    assertEquals(n("10"), chinese.weight(), "十分 is 10 points in Chinese numerals");
  }

  @Test
  void codedNameTablesUseGroupRowsAsLevels() {
    List<IndicatorRow> rows = extract("指标名称|权重|得分|得分率",
        "C产出|40|36|90%",
        "C1重点工作完成情况|20|18|90%",
        "C11项目按期完成率|10|10|100%",
        "C12系统上线运行|10|8|80%",
        "C2履职目标实现情况|20|18|90%",
        "C21事项网上办理率|20|18|90%").rows();
    assertEquals(List.of("C11", "C12", "C21"), rows.stream().map(IndicatorRow::code).toList());
    assertEquals(List.of("项目按期完成率", "系统上线运行", "事项网上办理率"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals("重点工作完成情况", rows.get(0).level2());
    assertEquals("产出", rows.get(0).level1());
    assertEquals("履职目标实现情况", rows.get(2).level2());
  }

  @Test
  void aSubtotalTableGivesSectionsNotRows() {
    Read d = extract("一级指标|分值|得分|评价等级",
        "一、决策|20|18|",
        "二、过程|30|27|",
        "三、产出|30|28|",
        "四、效益|20|19|",
        "合计|100|92|优");
    assertTrue(d.rows().isEmpty());
    assertEquals(List.of("决策", "过程", "产出", "效益"), d.draft().sections().stream().map(s -> s.name()).toList());
    assertEquals(n("27"), d.draft().sections().get(1).score());
    assertEquals(n("92"), d.draft().totals().get(0).score());
  }

  @Test
  void aLevel1WeightNoteBecomesASection() {
    Read d = extract("一级指标|二级指标|三级指标|分值|得分",
        "A决策(15分)|A1目标设定(5分)|A11目标明确性|5|5",
        "^|A2资金投入(10分)|A21预算编制科学性|10|8");
    assertEquals(1, d.draft().sections().size());
    assertEquals("决策", d.draft().sections().get(0).name());
    assertEquals(n("15"), d.draft().sections().get(0).weight());
    assertNull(d.draft().sections().get(0).score());
    assertEquals(List.of("A11", "A21"), d.rows().stream().map(IndicatorRow::code).toList());
  }

  /** A 一级 heading merged across a table without a 一级指标 column sets the level of the rows below; its note gives a section. */
  @Test
  void aMergedGroupHeadingIsTheFirstLevelOfTheRowsBelow() {
    Read read = extract(
        "二级指标|三级指标|年度目标值|实际完成值|分值|得分",
        "一、产出指标（分值20分，得分19分）|<|<|<|<|<",
        "数量指标|培训人次|≥100人次|126人次|10|10",
        "^|新增服务事项|≥20项|18项|10|9",
        "二、满意度指标|<|<|<|<|<",
        "服务对象满意度指标|群众满意度|≥90%|93%|10|10");
    assertEquals(List.of("产出指标", "产出指标", "满意度指标"), read.rows().stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("数量指标", "数量指标", "服务对象满意度指标"), read.rows().stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("产出指标 20/19"), read.draft().sections().stream()
        .map(s -> s.name() + " " + s.weight().toPlainString() + "/" + s.score().toPlainString()).toList(),
        "a heading without a note states no section");
  }

  /**
   * h423, a table narrowed for a newspaper column: its header starts at 二级指标 and each 一级 is printed merged across the
   * table without an ordinal; a longer line merged across is a note, not a group.
   */
  @Test
  void aPlainNameMergedAcrossATableWhoseHeaderStartsAtTheSecondLevelIsTheFirstLevel() {
    Read read = extract(
        "二级指标|三级指标|指标值|完成值|分值|得分",
        "预算执行|<|<|<|<|<",
        "预算执行|预算执行率|100%|95.66%|10|9.57",
        "产出指标|<|<|<|<|<",
        "数量指标|新造林面积|≥0.8万亩|0.82万亩|6|6",
        "注：以下各项指标的完成值均以县林业局年度统计报表为准|<|<|<|<|<",
        "质量指标|造林成活率|≥85%|91.2%|5|5");
    assertEquals(java.util.Arrays.asList("预算执行", "产出指标", "产出指标"), read.rows().stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of(), read.draft().sections());
  }

  /**
   * A budget system's export (h133's family): the target split over 指标性质 | 指标值 | 度量单位, the fund line scored as
   * "分值/得分" in one cell, and the grade beside 自评结论.
   */
  @Test
  void aTargetSplitOverSignValueAndUnitColumnsAndAFundLineScoredInOneCell() {
    Read d = extract("资金来源|年初预算数|全年预算数|全年执行数|执行率|分值/得分|<|<|<",
        "年度资金总额|420.00|420.00|392.60|93.48%|10/9.35|<|<|<",
        "其中：财政拨款|300.00|300.00|282.60|94.20%|—|<|<|<",
        "序号|一级指标|三级指标|指标性质|指标值|度量单位|实际完成值|权重|自评得分",
        "1|产出指标|抽检批次|≥|1600|批次|1652|15|15",
        "2|产出指标|快检覆盖率|=|100|%|100|10|10",
        "3|效益指标|服务满意度|定性|满意|—|基本满意|10|9",
        "合计|<|<|<|<|<|<|35|34.35",
        "自评结论|优|<|<|<|<|<|<|<");
    List<IndicatorRow> rows = d.rows();
    assertEquals(List.of("年度资金总额", "抽检批次", "快检覆盖率", "服务满意度"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(n("10"), rows.get(0).weight());
    assertEquals(n("9.35"), rows.get(0).score());
    assertEquals("93.48%", rows.get(0).actual());
    assertEquals("≥1600批次", rows.get(1).target(), "the sign and the unit join the value");
    assertEquals("1652批次", rows.get(1).actual());
    assertEquals("100%", rows.get(2).target(), "= adds nothing");
    assertEquals("满意", rows.get(3).target(), "a qualitative mark adds nothing, a word takes no unit");
    assertEquals("优", d.draft().grades().get(0).printed());
  }

  /** A system export listing every level in one column, 指标级次 beside it (h148's family). */
  @Test
  void levelsMarkedInAColumnOfTheirOwn() {
    Read d = extract("指标编码|指标名称|指标级次|年度指标值|实际完成值|分值|得分",
        "02|产出指标|一级|||45|45.5",
        "0201|数量指标|二级|||||",
        "020101|道路机扫面积|三级|≥1200万平方米|1260万平方米|10|10",
        "0202|质量指标|二级|||||",
        "020201|垃圾无害化处理率|三级|100%|100%|10|10",
        "03|满意度指标|一级|||15|13",
        "030101|市民满意度|三级|≥90%|88%|15|13");
    List<IndicatorRow> rows = d.rows();
    assertEquals(List.of("道路机扫面积", "垃圾无害化处理率", "市民满意度"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("产出指标", "产出指标", "满意度指标"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals("质量指标", rows.get(1).level2());
    assertEquals("020201", rows.get(1).code());
    assertEquals(List.of("产出指标", "满意度指标"), d.draft().sections().stream().map(Section::name).toList());
  }

  /** 计划 | 实际 under a merged 指标值 (h146), while a budget block's 实际支出 stays a budget column (h144). */
  @Test
  void planAndActualUnderAMergedTargetHeader() {
    Read d = extract("一级指标|二级指标|三级指标|指标值|<|权重|自评分",
        "^|^|^|计划|实际|^|^",
        "产出指标|数量指标|办理案件数|≥1100件|1186件|10|10");
    assertEquals("≥1100件", d.rows().get(0).target());
    assertEquals("1186件", d.rows().get(0).actual());
  }

  /** A group's subtotal printed above its rows, "决策（小计）" (h153's family). */
  @Test
  void aSubtotalAboveItsRowsNamesTheirGroup() {
    Read d = extract("序号|指标|目标值|实际完成值|分值|得分",
        "|决策（小计）|||15|11.5",
        "1|项目立项规范性|规范|规范|5|5",
        "2|绩效目标合理性|合理|部分指标未量化|10|6.5",
        "|过程（小计）|||8|8",
        "3|预算执行率|100%|100%|8|8");
    assertEquals(List.of("决策", "决策", "过程"), d.rows().stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("决策", "过程"), d.draft().sections().stream().map(Section::name).toList());
    assertEquals(n("11.5"), d.draft().sections().get(0).score());
  }

  @Test
  void aTargetAndItsActualInOneCellAreSplit() {
    // h165's family: 指标值及完成值 | "目标≥30座/完成28座"
    Read r = extract(
        "一级指标|二级指标|三级指标|指标值及完成值|分值|得分|未完成原因",
        "产出指标|数量指标|除险加固小型水库|目标≥30座/完成28座|10|10|",
        "^|质量指标|工程竣工验收合格率|目标100%/完成100%|10|10|",
        "^|时效指标|汛前完工率|计划：≥90%；实际：93.3%|10|10|");
    assertEquals(List.of("≥30座", "100%", "≥90%"), r.rows().stream().map(IndicatorRow::target).toList());
    assertEquals(List.of("28座", "100%", "93.3%"), r.rows().stream().map(IndicatorRow::actual).toList());
    assertEquals(r.rows().get(0).sources().get(IndicatorField.target), r.rows().get(0).sources().get(IndicatorField.actual),
        "both read from the one cell");
    // a target that merely contains a slash is not split
    Read plain = extract("一级指标|二级指标|三级指标|指标值|实际完成值|分值|得分",
        "产出指标|数量指标|人均面积|≥12平方米/人|13平方米/人|10|10");
    assertEquals("≥12平方米/人", plain.rows().getFirst().target());
  }

  @Test
  void aColumnHeaded计划值完成值IsSplitAtItsSlash() {
    // h194: the header names both; a slash inside a value of one kind (元/亩) only splits under such a header
    Read r = extract(
        "一级指标|二级指标|三级指标|计划值/完成值|分值|得分|偏差原因分析及改进措施",
        "产出指标|数量指标|培训新型职业农民|≥600人次/540人次|8|8|",
        "^|时效指标|项目建设完成时限|2023年11月底前/2023年11月25日|6|6|",
        "^|可持续影响指标|基地设施管护机制|健全|7|6|未填完成值");
    assertEquals(List.of("≥600人次", "2023年11月底前", "健全"), r.rows().stream().map(IndicatorRow::target).toList());
    assertEquals(java.util.Arrays.asList("540人次", "2023年11月25日", null), r.rows().stream().map(IndicatorRow::actual).toList());
    assertEquals(r.rows().get(0).sources().get(IndicatorField.target), r.rows().get(0).sources().get(IndicatorField.actual));
  }

  @Test
  void a反向TargetIsACeilingAnd正向AFloorWhileItsTextStaysAsPrinted() {
    // h195: 指标性质 | 指标值 | 度量单位 with 正向 / 反向 / 定性
    Read r = extract(
        "一级指标|二级指标|三级指标|指标性质|指标值|度量单位|实际完成值|分值|得分",
        "产出指标|数量指标|生活垃圾分类覆盖小区数|正向|180|个|186|8|8",
        "^|质量指标|转运车辆遗撒投诉|反向|20|件|12|5|3",
        "^|可持续影响指标|分类长效管理机制|定性|健全||基本健全|8|7");
    assertEquals(List.of("180个", "20件", "健全"), r.rows().stream().map(IndicatorRow::target).toList());
    assertEquals(org.jixiao.schema.Comparator.GE, r.rows().get(0).targetValue().comparator());
    assertEquals(org.jixiao.schema.Comparator.LE, r.rows().get(1).targetValue().comparator());
    assertNull(r.rows().get(2).targetValue().comparator());
  }

  @Test
  void aClosingTableOfLabelsAndValuesGivesTheTotalAndTheGrade() {
    // h195: "评价结论" after the indicator table, no 总分 row in it
    ParsedDocument doc = DocumentFixture.named("t.pdf")
        .table(HEADER, "产出指标|数量指标|培训人次|≥100人次|126人次|100|87.58")
        .paragraph("评价结论")
        .table("项目|内容", "自评总分|87.58分", "自评等级|优", "主要问题|一是部分投放点清运不及时")
        .build();
    Read d = extract(doc);
    assertEquals(List.of(n("87.58")), d.draft().totals().stream().map(ReportDraft.TotalStatement::score).toList());
    assertEquals(GradeLevel.EXCELLENT, d.draft().grades().getFirst().grade());
    Read money = extract(DocumentFixture.named("t.pdf").table("项目|金额", "合计|1,236.80").build());
    assertTrue(money.draft().totals().isEmpty(), "a money table's 合计 is no score");
  }

  @Test
  void cardsOfThreeRowsUnderAMergedSequenceNumberLabelTheirOwnLevels() {
    // h240: each card three sheet rows under a merged 序号, 一级 and 二级 labelled on the card's first row; the total
    // row pairs 总分 (the full mark) with 自评得分
    Read r = extract(
        "1|一级指标|产出指标|二级指标|数量指标|三级指标|港池清淤疏浚量（万立方米）|<",
        "^|年度指标值|≥4.2|实际完成值|4.35|完成率|103.57%|<",
        "^|分值|10|得分|10|偏差原因||<",
        "2|一级指标|效益指标|二级指标|社会效益指标|三级指标|渔船安全停泊能力（艘）|<",
        "^|年度指标值|≥420|实际完成值|436|完成率|103.81%|<",
        "^|分值|8|得分|7.5|偏差原因|部分泊位未完工|<",
        "总分|<|100|自评得分|17.5|自评等级|优|<");
    assertEquals(List.of("港池清淤疏浚量（万立方米）", "渔船安全停泊能力（艘）"), r.rows().stream().map(IndicatorRow::level3).toList());
    IndicatorRow second = r.rows().get(1);
    assertEquals("效益指标", second.level1());
    assertEquals("社会效益指标", second.level2());
    assertEquals("≥420", second.target());
    assertEquals("436", second.actual(), "the 完成率 beside it is no actual");
    assertEquals(n("8"), second.weight());
    assertEquals(n("7.5"), second.score());
    assertEquals(List.of(n("17.5")), r.draft().totals().stream().map(ReportDraft.TotalStatement::score).toList());
    assertEquals(List.of(n("100")), r.draft().totals().stream().map(ReportDraft.TotalStatement::weight).toList());
  }

  @Test
  void aTableOfIndicatorCardsGivesARowPerCardWithEachValueFromItsOwnCell() {
    // h199: no header row; each card a name line over a values line, groups in lines across the table
    Read r = extract(
        "一级指标：产出指标　　二级指标：数量指标|<|<|<|<|<",
        "指标名称|居家养老服务中心（站）运营数|分值|8|得分|8",
        "指标值|≥12个|完成值|12个|偏差说明|无",
        "指标名称|享受居家养老服务补贴老年人数|分值|8|得分|8",
        "指标值|≥2800人|完成值|2650人|偏差说明|无",
        "一级指标：满意度指标　　二级指标：服务对象满意度指标|<|<|<|<|<",
        "指标名称|服务对象满意度|分值|8|得分|6.6",
        "指标值|≥90%|完成值|88.6%|偏差说明|按每低1个百分点扣1分",
        "自评总分|94.86|自评等级|优|<|<");
    assertEquals(List.of("居家养老服务中心（站）运营数", "享受居家养老服务补贴老年人数", "服务对象满意度"),
        r.rows().stream().map(IndicatorRow::level3).toList());
    IndicatorRow last = r.rows().get(2);
    assertEquals("满意度指标", last.level1());
    assertEquals("服务对象满意度指标", last.level2());
    assertEquals("≥90%", last.target());
    assertEquals("88.6%", last.actual());
    assertEquals(n("8"), last.weight());
    assertEquals(n("6.6"), last.score());
    assertEquals("按每低1个百分点扣1分", last.deviationReason());
    assertNull(r.rows().get(0).deviationReason(), "无 is no remark");
    CellRef actual = (CellRef) last.sources().get(IndicatorField.actual);
    assertEquals(7, actual.row());
    assertEquals(3, actual.col());
    assertEquals(List.of(n("94.86")), r.draft().totals().stream().map(ReportDraft.TotalStatement::score).toList());
    assertEquals(GradeLevel.EXCELLENT, r.draft().grades().getFirst().grade());
  }

  @Test
  void weightsPrintedAsFractionsOfTheWholeAreItsPoints() {
    // h202: 权重 0.10 beside 评价得分 10, 合计 1.00 / 89.25
    Read r = extract(
        "一级指标|二级指标|三级指标|权重|评价标准|评价得分|得分说明",
        "决策|项目立项|立项依据充分性|0.04|依据充分得满分|4|",
        "产出|产出数量|改造老旧小区数量|0.10|完成得满分|10|",
        "效益|满意度|居民满意度|0.055|每低1个百分点扣0.5分|4.5|",
        "合计|<|<|1.00||89.25|");
    assertEquals(List.of(n("4"), n("10"), n("5.5")), r.rows().stream().map(IndicatorRow::weight).toList());
    assertEquals(n("100"), r.draft().totals().getFirst().weight());
    // a 权重 column of points (no fractions) is read as printed
    Read points = extract("一级指标|二级指标|三级指标|权重|评价得分", "决策|项目立项|立项依据充分性|4|4",
        "产出|产出数量|改造老旧小区数量|10|10", "效益|满意度|居民满意度|6|4.5");
    assertEquals(List.of(n("4"), n("10"), n("6")), points.rows().stream().map(IndicatorRow::weight).toList());
  }

  @Test
  void aDiagonallySplitCornerOverTheFirstLevel() {
    // h366: the corner cell holds two labels (斜线表头) over the 一级 column
    Read r = extract(
        "指标名称 指标层级|二级指标|三级指标|分值|得分",
        "投入|预算执行|预算执行率|6|6",
        "^|预算配置|在职人员控制率|4|4",
        "过程|财务管理|资金使用合规性|5|5");
    assertEquals(List.of("投入", "投入", "过程"), r.rows().stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("预算执行率", "在职人员控制率", "资金使用合规性"), r.rows().stream().map(IndicatorRow::level3).toList());
  }

  @Test
  void aDashInTheGoalColumnIsNoGoalNotTheOneAbove() {
    // h359: the satisfaction row after 目标4's rows serves no goal ("—"); a blank or merged cell still continues the goal
    Read r = extract(
        "绩效目标|一级指标|三级指标|分值|得分",
        "目标4|产出指标|农村适龄妇女“两癌”免费筛查|6|6",
        "^|效益指标|孕产妇死亡率|5|5",
        "—|满意度指标|群众就医满意度|8|8",
        "目标5|产出指标|家庭医生签约率|5|5",
        "|效益指标|签约居民满意度|5|5");
    assertEquals(Arrays.asList("目标4", "目标4", null, "目标5", "目标5"), r.rows().stream().map(IndicatorRow::goal).toList());
  }

  @Test
  void aPivotTablesRowLabelsAreTheFirstLevel() {
    // h358: Excel's pivot of the indicator table by 一级 (行标签 | 求和项:分值 | 求和项:得分) gives the sections
    Read r = extract("行标签|求和项:分值|求和项:得分", "投入|10|10", "过程|20|20", "产出|40|39.63", "总计|70|69.63");
    assertEquals(List.of("投入", "过程", "产出"), r.draft().sections().stream().map(Section::name).toList());
    assertEquals(List.of(n("10"), n("20"), n("39.63")), r.draft().sections().stream().map(Section::score).toList());
    assertTrue(r.rows().isEmpty(), r.rows().toString());
  }

  @Test
  void weightsAndScoresPrintedAsSharesOfTheirGroupsPointsAreTheirPoints() {
    // h350: 权重（%） and 得分（%） are shares of the 一级's points, printed beside the group with its score
    Read r = extract(
        "一级指标|三级指标|权重（%）|得分（%）|一级指标分值|一级指标得分",
        "投入|绩效目标合理性|25.0%|25.0%|20|19",
        "^|绩效指标明确性|75.0%|70.0%|^|^",
        "产出|学生体质健康测试达标率|9.8%|9.8%|40|39.92",
        "^|在校学生人数|90.2%|90.0%|^|^",
        "合计|<|—|—|60|58.92");
    assertEquals(List.of(n("5"), n("15"), n("3.92"), n("36.08")), r.rows().stream().map(IndicatorRow::weight).toList());
    assertEquals(List.of(n("5"), n("14"), n("3.92"), n("36")), r.rows().stream().map(IndicatorRow::score).toList());
    assertEquals(List.of(n("20"), n("40")), r.draft().sections().stream().map(Section::weight).toList());
    assertEquals(List.of(n("19"), n("39.92")), r.draft().sections().stream().map(Section::score).toList());
    // shares that do not make each group's whole are shares of the report's 100, as a 权重 column prints them
    Read whole = extract(
        "一级指标|三级指标|权重（%）|得分（%）|一级指标分值|一级指标得分",
        "投入|绩效目标合理性|5%|5%|20|19",
        "^|绩效指标明确性|15%|14%|^|^",
        "产出|在校学生人数|40%|39%|40|39",
        "^|学生体质健康测试达标率|40%|39%|^|^");
    assertEquals(List.of(n("5"), n("15"), n("40"), n("40")), whole.rows().stream().map(IndicatorRow::weight).toList());
  }

  @Test
  void levelsSplitIntoCodeAndNameColumnsAndAGroupsSubtotalRow() {
    // h204: a three-line header whose last line splits each level into 编码 | 名称; "一级指标小计" across the lower levels
    Read r = extract(
        "一级指标|<|二级指标|<|三级指标|<|年度目标值|实际完成值|标准分|实得分",
        "编码|名称|编码|名称|编码|名称|^|^|^|^",
        "A|投入|一级指标小计|<|<|<|<|<|10|9",
        "^|^|A1|预算编制|A11|预算编制科学性|科学合理|科学合理|5|5",
        "^|^|A2|目标设定|A21|绩效目标合理性|合理|基本合理|5|4",
        "合计|<|<|<|<|<|<|<|100|93.47");
    assertEquals(List.of("预算编制科学性", "绩效目标合理性"), r.rows().stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("A11", "A21"), r.rows().stream().map(IndicatorRow::code).toList());
    assertEquals("投入", r.rows().getFirst().level1());
    assertEquals("预算编制", r.rows().getFirst().level2());
    assertEquals(List.of(new Section("投入", n("10"), n("9"), null, ExtractionMethod.TABLE)).getFirst().name(),
        r.draft().sections().getFirst().name());
    assertEquals(n("9"), r.draft().sections().getFirst().score());
  }

  @Test
  void aNoteRowAcrossTheTableNamesNoGroupBeforeItsSubtotal() {
    // h207: "注：以下为效益指标…" merged across the table between two groups
    Read r = extract(
        "一级指标|二级指标|三级指标|分值|得分",
        "产出|数量指标|新建站点|10|10",
        "^|小计|<|10|10",
        "注：以下为效益指标，定性指标酌情扣分|<|<|<|<",
        "效益|社会效益|居民健康素养水平|10|10",
        "^|小计|<|10|10");
    assertEquals(List.of("产出", "效益"), r.draft().sections().stream().map(Section::name).toList());
  }

  @Test
  void weightsInTheNamesNotesWhenNoColumnHoldsThem() {
    // h321: "三级指标（分值）" with no 分值 column; the fund line and the total carry theirs in their labels too
    Read r = extract(
        "项目资金（万元）|<|年初预算数|全年预算数|全年执行数|执行率|得分",
        "年度资金总额（10分）|<|900.00|950.00|893.54|94.06%|10",
        "其中：中央财政资金|<|600.00|600.00|574.20|95.70%|—",
        "一级指标|二级指标|三级指标（分值）|年度指标值|实际完成值|得分|偏差原因",
        "产出指标|数量指标|稻渔综合种养示范面积（8分）|≥3000亩|3120亩|8|",
        "^|^|开展技术培训（人次）（6分）|≥600|648|6|",
        "效益指标|经济效益指标|示范区亩均增收（元）（8分）|≥1500|1420|7.57|价格低",
        "总分（满分100分）|<|<|<|<|96.57|自评等级：优");
    assertEquals(List.of("年度资金总额", "稻渔综合种养示范面积", "开展技术培训（人次）", "示范区亩均增收（元）"),
        r.rows().stream().map(IndicatorRow::level3).toList(), "the weight note leaves the name, a unit note stays");
    assertEquals(List.of(n("10"), n("8"), n("6"), n("8")), r.rows().stream().map(IndicatorRow::weight).toList());
    assertEquals(List.of(n("10"), n("8"), n("6"), n("7.57")), r.rows().stream().map(IndicatorRow::score).toList());
    assertTrue(r.rows().get(2).sources().containsKey(IndicatorField.weight), "the weight cites the name cell");
    assertEquals(n("100"), r.draft().totals().getFirst().weight());
    assertEquals(n("96.57"), r.draft().totals().getFirst().score());
  }

  @Test
  void dutiesAndWorkActivitiesAreTheFirstTwoLevels() {
    // h323: a 部门整体 table by the department's duties, 小计 in the 工作活动 column after each duty
    Read r = extract(
        "职责（领域）|工作活动|绩效指标|年度指标值|实际完成值|分值|得分",
        "应急救援|队伍建设|应急救援队伍训练演练（次）|≥24|24|7|7",
        "^|物资保障|应急物资储备达标率|≥95%|92.4%|6|5.84",
        "^|小计|<|<|<|13|12.84",
        "防灾减灾救灾|风险防控|隐患点监测覆盖率|100%|100%|5|5",
        "^|小计|<|<|<|5|5");
    assertEquals(List.of("应急救援", "应急救援", "防灾减灾救灾"), r.rows().stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("队伍建设", "物资保障", "风险防控"), r.rows().stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("应急救援", "防灾减灾救灾"), r.draft().sections().stream().map(Section::name).toList());
    assertEquals(n("12.84"), r.draft().sections().getFirst().score());
  }

  @Test
  void aTotalLinePrintingEachExpertsTotalTakesItsMarkFromThe分值Column() {
    // h319: 专家一 | 专家二 | 专家三 between 分值 and 得分; their totals are no full mark
    Read r = extract(
        "一级指标|三级指标|分值|专家评分|<|<|得分",
        "^|^|^|专家一|专家二|专家三|^",
        "决策|立项依据充分性|3|3|3|3|3",
        "效益|群众满意度|6|3.6|3.6|3.6|3.6",
        "合计|<|9|6.6|6.6|6.6|6.6");
    assertEquals(n("9"), r.draft().totals().getFirst().weight());
    assertEquals(n("6.6"), r.draft().totals().getFirst().score());
  }

  @Test
  void aTargetAndAnActualEachInItsOwnUnitColumn() {
    // h324: 指标值 | 计量单位 | 完成值 | 计量单位, the actual in metres against a target in kilometres
    Read r = extract(
        "一级指标|二级指标|三级指标|年度指标值|<|实际完成值|<|分值|得分",
        "^|^|^|指标值|计量单位|完成值|计量单位|^|^",
        "产出指标|数量指标|农村公路提档升级改造里程|≥42|公里|43260|米|8|8",
        "^|^|危桥改造|≥6|座|6|座|6|6");
    assertEquals(List.of("≥42公里", "≥6座"), r.rows().stream().map(IndicatorRow::target).toList());
    assertEquals(List.of("43260米", "6座"), r.rows().stream().map(IndicatorRow::actual).toList());
  }

  @Test
  void aProjectOverSeveralYearsIsReadByThisYearsColumns() {
    // h330: 指标值 over 项目总体 | 本年度, 完成值 over 本年度 | 累计（截至本年末）
    Read r = extract(
        "一级指标|二级指标|三级指标|计量单位|指标值|<|完成值|<|分值|得分",
        "^|^|^|^|项目总体|本年度|本年度|累计（截至本年末）|^|^",
        "产出指标|数量指标|铺设供水主管网|公里|≥240|≥85|78.6|156.4|8|8");
    assertEquals("≥85公里", r.rows().getFirst().target());
    assertEquals("78.6公里", r.rows().getFirst().actual());
  }

  @Test
  void aBlank得分BesideAFilled扣分IsTheWeightLessIt() {
    // h333: "得分＝分值－扣分", the 得分 left blank on the rows that lost points
    Read r = extract(
        "一级指标|二级指标|三级指标|分值|扣分|得分|扣分原因",
        "决策|过程|绩效指标明确性|3|1||2项效益指标未量化",
        "^|^|资金使用合规性|4|0.5|3.5|",
        "^|^|资金到位率|4||4|");
    assertEquals(List.of(n("2"), n("3.5"), n("4")), r.rows().stream().map(IndicatorRow::score).toList());
  }

  @Test
  void dottedCodesSetOffByABlankNumberTheLevels() {
    // h332: "1 产出指标" and "1.1 数量指标" across the table over "1.1.1 网格员入户走访"; "1.3.1 12345市民服务热线…" keeps its 12345
    Read r = extract(
        "指标|年度指标值|实际完成值|是否达成|分值|得分",
        "1 产出指标||||12|12",
        "1.1 数量指标|<|<|<|<|<",
        "1.1.1 网格员入户走访|≥12000户次|12640户次|是|6|6",
        "1.1.2 12345市民服务热线按时办结率|≥98%|99.1%|是|6|6",
        "2 满意度指标||||10|10",
        "2.1 服务对象满意度|<|<|<|<|<",
        "2.1.1 辖区居民满意度|≥90%|93%|是|10|10");
    assertEquals(List.of("网格员入户走访", "12345市民服务热线按时办结率", "辖区居民满意度"),
        r.rows().stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("1.1.1", "1.1.2", "2.1.1"), r.rows().stream().map(IndicatorRow::code).toList());
    assertEquals(List.of("产出指标", "产出指标", "满意度指标"), r.rows().stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("数量指标", "数量指标", "服务对象满意度"), r.rows().stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("产出指标", "满意度指标"), r.draft().sections().stream().map(Section::name).toList());
  }
}
