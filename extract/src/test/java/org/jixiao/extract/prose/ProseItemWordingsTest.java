package org.jixiao.extract.prose;

import static org.jixiao.extract.prose.ProseRows.assertScored;
import static org.jixiao.extract.prose.ProseRows.at;
import static org.jixiao.extract.prose.ProseRows.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.schema.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The prose family of round 5 (h49, h51) on variants written here: 第X部分/第X章 part headings, 一级 leads
 * stating weight and self-score, 二级 leads on their own line or opening a paragraph of items, several
 * "（1）名称：…" items per paragraph, and the wordings 此项/该项/本项, 满分/分值/权重, 得/评/自评/实得 and
 * "扣X分，本项得S分" with its implied weight.
 */
class ProseItemWordingsTest {
  @Test
  void listItemsLabelTheirFieldsWithColonsOrCommasUnderKnown二级Headings() {
    // a CMS page's nested lists, one item per line (h288's family): "名称：指标值…；实际完成值…；分值…；得分…", the
    // labels with or without colons, the name closed by a colon or a comma; "（一）数量指标" under a scored 一级 lead
    ParsedDocument doc = DocumentFixture.named("testListItems.html", DocFormat.HTML).paragraphs(
        "三、产出指标（分值20分，得分18.5分）",
        "（一）数量指标",
        "污水管网改造长度（公里）:指标值：≥12；实际完成值：12.6；分值：6分；得分：6分",
        "维修泵站数量（座），指标值≥8，实际完成值7，分值6分，得分5.25分（偏差原因：1座泵站改造顺延）。",
        "（二）质量指标",
        "工程验收合格率：指标值100%；实际完成值100%；分值8分；得分7.25分。").build();
    ReportDraft draft = ReportDraft.of(doc);
    List<IndicatorRow> rows = rows(doc, draft);
    assertEquals(List.of("污水管网改造长度（公里）", "维修泵站数量（座）", "工程验收合格率"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("数量指标", "数量指标", "质量指标"), rows.stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("产出指标", "产出指标", "产出指标"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("≥12", "≥8", "100%"), rows.stream().map(IndicatorRow::target).toList());
    assertEquals(List.of("12.6", "7", "100%"), rows.stream().map(IndicatorRow::actual).toList());
    assertScored(rows.get(0), "6", "6");
    assertScored(rows.get(1), "6", "5.25");
    assertScored(rows.get(2), "8", "7.25");
  }

  @Test
  void partHeadingsAreStructureAndLeadsWithTheirSelfScoreAreSections() {
    ParsedDocument doc = DocumentFixture.named("testPartHeadings.doc").paragraphs(
        "第二章 绩效指标完成情况",
        "二、产出类指标（30分，自评27分）",
        "（一）产出数量",
        "1.培训人次（6分）：全年培训1,200人次，达到计划，得6分。",
        "2.宣传覆盖率：宣传覆盖率93%，目标95%。该项满分4分，实得3分。",
        "（二）产出质量",
        "3.验收合格率：验收合格率100%。本项分值5分，评4.5分。",
        "三、效益类指标（权重20分，自评得分19分）",
        "（一）满意度",
        "1.群众满意度（20分）：抽样调查满意度95%，扣1分，得19分。").build();
    ReportDraft draft = ReportDraft.of(doc);
    List<IndicatorRow> rows = rows(doc, draft);
    assertEquals(List.of("培训人次", "宣传覆盖率", "验收合格率", "群众满意度"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("产出类指标", "产出类指标", "产出类指标", "效益类指标"),
        rows.stream().map(IndicatorRow::level1).toList(), "第二章 is a part of the document, never a level");
    assertEquals(List.of("产出数量", "产出数量", "产出质量", "满意度"), rows.stream().map(IndicatorRow::level2).toList());
    assertScored(rows.get(1), "4", "3");
    assertScored(rows.get(2), "5", "4.5");
    assertScored(rows.get(3), "20", "19");
    assertNull(rows.get(1).actual(), "a numbered item narrates evidence: its percentages are no actual");
    List<Section> sections = draft.sections();
    assertEquals(List.of("产出类指标", "效益类指标"), sections.stream().map(Section::name).toList());
    assertEquals(0, new BigDecimal("27").compareTo(sections.get(0).score()));
    assertEquals(0, new BigDecimal("20").compareTo(sections.get(1).weight()));
  }

  @Test
  void severalItemsInOneParagraphEachWithItsOwnSpanUnderTheOpeningLead() {
    ParsedDocument doc = DocumentFixture.named("testItemRun.pdf", DocFormat.PDF).paragraphs(
        "第一部分 自评结果",
        "经评定，本部门绩效自评总分为38.5分，等级为良。",
        "（一）过程指标。过程指标分值20分，自评得分18分。",
        "1.资金管理。①资金到位率：资金全部到位，此项权重5分，自评5分。②资金使用合规性：1笔支出凭证不全，扣1分，该项得3分。",
        "2.组织实施。（1）管理制度健全性：制度健全，满分4分，得4分。（2）项目验收及时性：2个项目验收滞后，满分7分，评6分。",
        "（二）产出指标。产出指标满分25分，自评得20.5分。其中，产出数量、产出质量两项共15分，得12分。",
        "1.产出数量。（1）改造户数：计划300户，完成282户，扣1.5分，本项得8.5分。（2）新建公厕座数：完成40座，此项5分，得5分。",
        "2.产出质量。（1）验收合格率：验收合格率98%，扣1分，本项得4分。",
        "3.产出时效。（1）按期完工率：1个项目延期，此项3分，得3分。").build();
    Report r = ReportExtractor.standard().extract(doc, null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("资金到位率", "资金使用合规性", "管理制度健全性", "项目验收及时性", "改造户数", "新建公厕座数",
        "验收合格率", "按期完工率"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("资金管理", "资金管理", "组织实施", "组织实施", "产出数量", "产出数量", "产出质量", "产出时效"),
        rows.stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("过程指标", "过程指标", "过程指标", "过程指标", "产出指标", "产出指标", "产出指标", "产出指标"),
        rows.stream().map(IndicatorRow::level1).toList());
    assertScored(rows.get(0), "5", "5");
    assertScored(rows.get(1), "4", "3"); // 扣1分，该项得3分: the full mark is 1 + 3
    assertScored(rows.get(3), "7", "6");
    assertScored(rows.get(4), "10", "8.5");
    assertScored(rows.get(6), "5", "4");
    for (IndicatorRow row : rows) {
      assertEquals(row.level3(), at(doc, row, IndicatorField.level3), "each item is named at its own place");
    }
    assertEquals("扣1分，该项得3分", at(doc, rows.get(1), IndicatorField.score));
    assertNull(rows.get(0).actual());
    assertEquals(List.of("过程指标", "产出指标"), r.sections().stream().map(Section::name).toList(),
        "the joint subtotal of two parts is no section");
    assertEquals(0, new BigDecimal("38.5").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("45").compareTo(r.maxScore()), "the sections' weights, their scores making the total");
  }

  @Test
  void theWeightInTheHeadingOutranksTheWeightADeductionImplies() {
    List<IndicatorRow> rows = rows(DocumentFixture.named("testHeadedDeduction.docx").paragraphs(
        "一、决策类指标（10分，自评7分）",
        "1.预算编制科学性（5分）：测算依据不足，扣1分；追加较多，扣1分，得3分。",
        "2.资金分配合理性（5分）：分配依据不充分，扣1分，得4分。").build());
    assertScored(rows.get(0), "5", "3");
    assertScored(rows.get(1), "5", "4");
  }

  @Test
  void aScoreCutFromItsUnitByALineBreakIsRead() {
    ParsedDocument doc = DocumentFixture.named("testUnitWrap.pdf", DocFormat.PDF).paragraphs(
        "（四）效益指标。效益指标满分10分，自评得9.5分。",
        "1.社会效益。（1）受益人数：受益居民4,860户，计划5,000户，扣0.5分，本项得4.5",
        "分。（2）长效管理机制：已建立，此项5分，得5分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("受益人数", "长效管理机制"), rows.stream().map(IndicatorRow::level3).toList());
    assertScored(rows.get(0), "5", "4.5");
    String scored = at(doc, rows.get(0), IndicatorField.score);
    assertEquals("扣0.5分，本项得4.5\n分", scored, "the span covers the document's own text, line break included");
    assertFalse(rows.stream().anyMatch(x -> x.level1() == null));
  }

  /** A table of 一级 subtotals, items in prose with labelled weights and a closing "（得分：S）" (h57's family). */
  @Test
  void labelledWeightsAndClosingScoreNotesUnderASubtotalTable() {
    ParsedDocument doc = DocumentFixture.named("testLabelledItems.doc")
        .table("一级指标|权重分|实得分", "投入指标|10|9", "产出指标|10|9.5", "合计|20|18.5")
        .paragraphs(
            "（二）分项指标自评情况",
            "1.投入指标",
            "（1）预算编制",
            "①预算编制科学性（权重分5分）。测算依据不充分，扣1分。（得分：4）",
            "②预算编制完整性，权重分5分。全部收支纳入预算。（得分：5）",
            "2.产出指标",
            "（1）履职质量",
            "①培训合格率（权重分6分，得分：6）。培训合格率98%，目标值≥95%。",
            "②校舍达标率，标准分4分。达标率96%，扣0.5分。（得分：3.5）").build();
    Report r = ReportExtractor.standard().extract(doc, null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("预算编制科学性", "预算编制完整性", "培训合格率", "校舍达标率"),
        rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("投入指标", "投入指标", "产出指标", "产出指标"), rows.stream().map(IndicatorRow::level1).toList(),
        "the heading 1.投入指标 takes the subtotal table's name");
    assertEquals(List.of("预算编制", "预算编制", "履职质量", "履职质量"), rows.stream().map(IndicatorRow::level2).toList());
    assertScored(rows.get(0), "5", "4");
    assertScored(rows.get(1), "5", "5");
    assertScored(rows.get(2), "6", "6");
    assertScored(rows.get(3), "4", "3.5");
    rows.forEach(x -> assertNull(x.actual(), () -> x.level3() + ": a titled item narrates evidence"));
  }

  /**
   * Items named "k.二级—三级" under headings "（一）X指标：分值N分，自评得分M分。" and a subtotal table naming the groups
   * without 指标 (h93's family), in the three wordings: a closing "本项分值W分，自评得S分", a bracketed note after the
   * name, and "本项W分全部得分"; a level 3 may open with a figure.
   */
  @Test
  void itemsJoiningTheirSecondLevelByADash() {
    ParsedDocument doc = DocumentFixture.named("testDashedItems.doc")
        .table("序号|一级指标|权重（分）|自评得分（分）", "1|投入|10|9.5", "2|产出|20|18", "|总计|30|27.5")
        .paragraphs(
            "（一）投入指标：分值10分，自评得分9.5分。",
            "1.预算编制—测算依据充分性。依据年度工作计划逐项测算。本项分值6分，自评得6分。",
            "2.资金管理——资金拨付及时性（分值4分，自评得分3.5分）。个别款项拨付滞后。",
            "（二）产出指标：分值20分，自评得分18分。",
            "1.数量—12345热线工单办结数：全年办结工单3.2万件，本项10分全部得分。",
            "2.质量—群众回访满意率（分值10分，自评得分8分）。回访满意率86%，目标90%。").build();
    Report r = ReportExtractor.standard().extract(doc, null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("测算依据充分性", "资金拨付及时性", "12345热线工单办结数", "群众回访满意率"),
        rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("预算编制", "资金管理", "数量", "质量"), rows.stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("投入", "投入", "产出", "产出"), rows.stream().map(IndicatorRow::level1).toList(),
        "the heading 投入指标 takes the subtotal table's name 投入");
    assertScored(rows.get(0), "6", "6");
    assertScored(rows.get(1), "4", "3.5");
    assertScored(rows.get(2), "10", "10");
    assertScored(rows.get(3), "10", "8");
    TextSpan level2 = assertInstanceOf(TextSpan.class, rows.get(1).sources().get(IndicatorField.level2));
    assertEquals("资金管理", doc.text().substring(level2.start(), level2.end()));
  }

  /** The colon wording of the same family: "k、二级：三级。…", the 二级 from the framework's names only. */
  @Test
  void itemsNamingTheirSecondLevelBeforeAColon() {
    ParsedDocument doc = DocumentFixture.named("testColonItems.doc").paragraphs(
        "（一）决策指标（权重分10分，自评得分9分）",
        "1、项目立项：立项依据充分性。符合部门职责和年度重点工作。本项分值5分，自评得5分。",
        "2、绩效目标：绩效指标明确性（分值5分，自评得分4分）。个别指标未细化。",
        "3、预算执行率：全年执行率95.2%，本项分值5分，自评得4.5分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("立项依据充分性", "绩效指标明确性", "预算执行率"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(java.util.Arrays.asList("项目立项", "绩效目标", null), rows.stream().map(IndicatorRow::level2).toList());
    assertEquals("项目立项", at(doc, rows.get(0), IndicatorField.level2));
    assertEquals("立项依据充分性", at(doc, rows.get(0), IndicatorField.level3));
  }

  @Test
  void aDashBetweenFiguresOrAfterALongNameJoinsNoLevels() {
    assertEquals(java.util.Optional.empty(), JoinedLevels.split("2023—2025年建设任务完成率"));
    assertEquals(java.util.Optional.empty(), JoinedLevels.split("城乡居民基本医疗保险参保人员—报销比例"));
    assertEquals("报销比例", JoinedLevels.split("医疗保障—报销比例").orElseThrow().level3());
  }

  /**
   * Numbered prose lines under "（一）X指标（分值N分）" leads that state the weight only, "1.X指标" 二级 headings, items
   * "（k）名称：年度目标…，实际完成…，分值W分，得分S分。" and the groups' scores summed up in the conclusion (h82's
   * family); the total is misprinted, yet the 一级 weights, which the rows' weights add up to, give the full mark.
   */
  @Test
  void structuredItemsUnderWeightOnlyLeads() {
    ParsedDocument doc = DocumentFixture.named("testStructuredItems.txt", DocFormat.TEXT).paragraphs(
        "三、绩效指标完成情况",
        "（一）产出指标（分值60分）",
        "1.数量指标",
        "（1）农机购置补贴受益户数：年度目标≥1500户，实际完成1620户，分值30分，得分30分。",
        "2.时效指标",
        "（2）补贴资金兑付及时率：年度目标100%，实际完成96%，分值30分，得分27分。未完成原因：部分材料补正。",
        "（二）满意度指标（权重40分）",
        "1.服务对象满意度指标",
        "（3）购机户满意度：年度目标≥90%，实际完成92%，分值40分，得分40分。",
        "经自评，产出指标得57分，满意度指标得40分，自评总分98分，自评等级为“优”。").build();
    Report r = ReportExtractor.standard().extract(doc, null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("农机购置补贴受益户数", "补贴资金兑付及时率", "购机户满意度"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("产出指标", "产出指标", "满意度指标"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("数量指标", "时效指标", "服务对象满意度指标"), rows.stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("≥1500户", "100%", "≥90%"), rows.stream().map(IndicatorRow::target).toList());
    assertEquals(List.of("1620户", "96%", "92%"), rows.stream().map(IndicatorRow::actual).toList());
    assertEquals("96%", at(doc, rows.get(1), IndicatorField.actual));
    assertScored(rows.get(1), "30", "27");
    assertEquals(List.of("产出指标 60/57", "满意度指标 40/40"), r.sections().stream()
        .map(x -> x.name() + " " + x.weight().stripTrailingZeros().toPlainString() + "/" + x.score().stripTrailingZeros().toPlainString())
        .toList());
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()), "the 一级 weights, matched by the rows' weights");
  }

  @Test
  void aLabelledFigureInTheNarrativeIsNoTarget() {
    ParsedDocument doc = DocumentFixture.named("testNarrativeTarget.doc").paragraphs(
        "（一）产出指标（分值10分）",
        "1.入园率：学前三年毛入园率93.1%，目标值≥92%，分值10分，得分10分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(1, rows.size());
    assertNull(rows.get(0).target(), "目标值 inside the narrative is evidence, not a structured item's target");
  }

  @Test
  void a二级InLenticularBracketsOrInTheItemsBracketAndARulePrintedInTheItem() {
    ParsedDocument doc = DocumentFixture.named("testBracketLevels.doc").paragraphs(
        "（一）过程（满分20分，自评19分）",
        "1．【预算执行】预算执行率，分值6分。评分标准为“得分=预算执行率×6”，全年预算执行率95.00%，实得5.7分。",
        "2．资产管理规范性（资产管理，满分4分）。资产账实相符，评定得分4分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("预算执行率", "资产管理规范性"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("预算执行", "资产管理"), rows.stream().map(IndicatorRow::level2).toList());
    assertScored(rows.get(0), "6", "5.7");
    assertScored(rows.get(1), "4", "4");
    assertEquals("得分=预算执行率×6", rows.get(0).rule());
    assertEquals("得分=预算执行率×6", at(doc, rows.get(0), IndicatorField.rule));
    assertEquals("资产管理", at(doc, rows.get(1), IndicatorField.level2));
    assertNull(rows.get(1).rule());
  }

  @Test
  void itemsScoredBy自评WithTheirValuesAfterTheWeightAndARuleOfSeveralBands() {
    ParsedDocument doc = DocumentFixture.named("testSelfScored.doc").paragraphs(
        "（二）产出指标",
        "1.质量指标",
        "（1）调解成功率（标准分6分）。年度目标：≥98%；完成情况：98.5%。评分规则：≥98%得6分；95%（含）至98%得4分；低于95%不得分。本项自评6分。",
        "（2）宣传场次（标准分6分）。年度目标：≥120场；完成情况：118场。本项自评5分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("调解成功率", "宣传场次"), rows.stream().map(IndicatorRow::level3).toList());
    assertScored(rows.get(0), "6", "6");
    assertScored(rows.get(1), "6", "5");
    assertEquals("≥98%", rows.get(0).target());
    assertEquals("98.5%", rows.get(0).actual());
    assertEquals("118场", rows.get(1).actual());
    assertEquals("≥98%得6分；95%（含）至98%得4分；低于95%不得分", rows.get(0).rule());
  }

  @Test
  void aTownshipsOneLineItemsUnderAChapterStatingTheFullMark() {
    // h331: "名称：目标X，完成Y（W分，得S分）", remarks in brackets before the weight note; the chapter's "（满分100分）" is no group
    ParsedDocument doc = DocumentFixture.named("testTownship.txt").paragraphs(
        "二、自评得分情况（满分100分）",
        "（一）产出指标（50分，得49.16分）",
        "1.一事一议村级公益项目：目标12个，完成12个（6分，得6分）",
        "2.农村改厕：目标320户，完成302户，剩下18户今年开春接着改（6分，得5.66分）",
        "3.防汛抗旱物资储备：目标储备到位，实际全部到位，还多备了一批编织袋（4分，得4分）",
        "（二）满意度指标（10分，得10分）",
        "1.群众满意度：目标90%以上，实际93%（发放问卷300份）（10分，得10分）").build();
    ReportDraft draft = ReportDraft.of(doc);
    List<IndicatorRow> rows = ProseRows.rows(doc, draft);
    assertEquals(List.of("12个", "320户", "储备到位", "90%以上"), rows.stream().map(IndicatorRow::target).toList());
    assertEquals(List.of("12个", "302户", "全部到位", "93%"), rows.stream().map(IndicatorRow::actual).toList());
    assertEquals(List.of("产出指标", "满意度指标"), draft.sections().stream().map(org.jixiao.schema.Section::name).toList());
  }
}
