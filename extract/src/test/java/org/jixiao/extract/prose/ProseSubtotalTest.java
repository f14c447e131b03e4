package org.jixiao.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/**
 * The prose forms of issue 9 on crafted paragraphs: 一级 subtotal leads are sections and never rows,
 * joint subtotals over a 、 list, coded items in prose, the wordings of prose-only reports, and a
 * report with a table of 一级 subtotals only whose items are scored in prose.
 */
class ProseSubtotalTest {
  private static final ProseIndicatorExtractor PROSE = ProseIndicatorExtractor.standard();

  /** The prose strategy's rows of the paragraphs, and the draft it wrote sections and diagnostics into. */
  private record Read(List<IndicatorRow> rows, ReportDraft draft) {}

  private static Read read(String file, String... paragraphs) {
    ParsedDocument doc = DocumentFixture.named(file).paragraphs(paragraphs).build();
    ReportDraft draft = ReportDraft.of(doc);
    return new Read(PROSE.extract(doc, draft).rows().stream().map(c -> c.row()).toList(), draft);
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  private static void assertScored(IndicatorRow r, String weight, String score) {
    assertEquals(0, n(weight).compareTo(r.weight()), () -> r.level3() + " weight " + r.weight());
    assertEquals(0, n(score).compareTo(r.score()), () -> r.level3() + " score " + r.score());
  }

  @Test
  void aSubtotalLeadIsTheGroupsSectionNotARow() {
    Read read = read("testSubtotalLead.docx",
        "四、绩效指标分析",
        "（二）效益指标（权重30分，得分27分）",
        "1.生态效益指标。新增造林面积1,200亩（目标1,000亩），苗木成活率92%。该项指标权重12分，得11分。",
        "2.满意度指标。抽样调查林农300户。该项指标权重18分，得满分。");
    ReportDraft draft = read.draft();
    List<IndicatorRow> rows = read.rows();
    assertEquals(List.of("生态效益指标", "满意度指标"), rows.stream().map(IndicatorRow::level3).toList());
    rows.forEach(r -> assertEquals("效益指标", r.level1()));
    assertScored(rows.get(0), "12", "11");
    assertScored(rows.get(1), "18", "18");
    assertNull(rows.get(0).actual(), "a titled paragraph narrates evidence, its figures are no actual");
    Section s = draft.sections().get(0);
    assertEquals("效益指标", s.name());
    assertEquals(0, n("30").compareTo(s.weight()));
    assertEquals(0, n("27").compareTo(s.score()));
  }

  @Test
  void leadWordingsLoseTheirTrailingWord() {
    Read read = read("testLeadWordings.docx",
        "（一）项目决策方面。本部分共20分，自评得18分。",
        "1.立项规范性。立项程序完整。此项满分5分，得5分。",
        "（二）项目管理情况。该部分权重30分，自评得分28.5分。",
        "1.资金到位率。资金全部到位，计6分（满分6分）。");
    assertEquals(List.of("项目决策", "项目管理"), read.draft().sections().stream().map(Section::name).toList());
    assertEquals(List.of("项目决策", "项目管理"), read.rows().stream().map(IndicatorRow::level1).toList());
    assertScored(read.rows().get(1), "6", "6");
  }

  @Test
  void aJointSubtotalIsNeitherARowNorTheLastNamesSection() {
    Read read = read("testJointSubtotal.docx",
        "产出数量、产出质量、产出时效共30分，得27分。",
        "（二）效益情况。社会效益、满意度共20分，得19分。");
    ReportDraft draft = read.draft();
    List<IndicatorRow> rows = read.rows();
    assertEquals(List.of(), rows);
    assertEquals(List.of("效益"), draft.sections().stream().map(Section::name).toList(),
        "under a lead the joint subtotal is the lead's group; alone it is a diagnostic only");
    assertEquals(1, draft.counts().get(WarningCode.JOINT_SUBTOTAL));
  }

  @Test
  void codedItemsInProseKeepTheirCodeAndLevel2() {
    Read read = read("testCodedProse.docx",
        "（三）产出情况。产出数量、产出质量共20分，得18.5分。",
        "1.产出数量。C11培训人次（8分）：完成培训2,400人次，得8分。C12“示范点”建设数（4分）：建成示范点3个，目标4个，扣1分，得3分。",
        "2.产出质量。C21验收合格率（8分）：全部验收合格，得满分。");
    ReportDraft draft = read.draft();
    List<IndicatorRow> rows = read.rows();
    assertEquals(List.of("C11", "C12", "C21"), rows.stream().map(IndicatorRow::code).toList());
    assertEquals(List.of("培训人次", "“示范点”建设数", "验收合格率"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("产出数量", "产出数量", "产出质量"), rows.stream().map(IndicatorRow::level2).toList());
    rows.forEach(r -> assertEquals("产出", r.level1()));
    assertScored(rows.get(1), "4", "3");
    assertScored(rows.get(2), "8", "8");
    assertEquals("产出", draft.sections().get(0).name());
  }

  @Test
  void aProseOnlyReportGetsRowsSectionsTotalGradeAndFullMark() {
    ParsedDocument doc = DocumentFixture.named("testProseOnly.pdf").paragraphs(
        "三、绩效自评情况",
        "我中心从投入、过程、产出、效益四个方面开展自评，满分100分。",
        "（一）投入方面。本部分共10分，自评得9分。",
        "1.预算编制合理性。预算测算偏低。分值4分，扣1分，实得3分。",
        "2.资金到位率。该项权重6分，全部得分。",
        "（二）产出方面。该部分权重90分，自评得分80分。",
        "1.巡查覆盖率。巡查覆盖率达到99%，计40分（满分45分）。",
        "2.案件办结情况。办结案件320",
        "件，计40分（满分45分）。",
        "四、自评结论",
        "综上，本中心综合自评得分89分，等级为“良”。").build();
    Report r = ReportExtractor.standard().extract(doc, null);
    assertEquals(List.of("预算编制合理性", "资金到位率", "巡查覆盖率", "案件办结情况"),
        r.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("投入", "投入", "产出", "产出"), r.indicators().stream().map(IndicatorRow::level1).toList());
    assertScored(r.indicators().get(0), "4", "3");
    assertScored(r.indicators().get(1), "6", "6");
    assertScored(r.indicators().get(2), "45", "40");
    assertEquals(List.of("投入", "产出"), r.sections().stream().map(Section::name).toList());
    assertEquals(0, n("89").compareTo(r.totalScore()));
    assertEquals(0, n("100").compareTo(r.maxScore()));
    assertEquals(GradeLevel.GOOD, r.grade());
  }

  @Test
  void aSubtotalTableWithItemsInProseReadsTheTableAsSections() {
    ParsedDocument doc = DocumentFixture.named("testSubtotalTableAndProse.doc").paragraphs(
        "经自评，该项目综合得分88分。各一级指标得分情况见下表。")
        .table("一级指标|分值|得分", "决策指标|20|18", "产出指标|80|70", "合计|100|88")
        .paragraphs("四、绩效指标分析",
            "（一）决策指标（权重20分，得分18分）",
            "1.项目立项。程序规范。该项指标权重20分，得18分。",
            "（二）产出指标（权重80分，得分70分）",
            "1.数量指标。完成改造。该项指标权重50分，得45分。",
            "2.质量指标。验收合格。该项指标权重30分，得25分。").build();
    Report r = ReportExtractor.standard().extract(doc, null);
    assertEquals(List.of("项目立项", "数量指标", "质量指标"), r.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("决策指标", "产出指标", "产出指标"), r.indicators().stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("决策指标", "产出指标"), r.sections().stream().map(Section::name).toList());
    assertFalse(r.indicators().stream().anyMatch(x -> x.level3().contains("（")), "headings are not rows");
    assertTrue(r.sections().stream().allMatch(s -> s.score() != null));
  }
}
