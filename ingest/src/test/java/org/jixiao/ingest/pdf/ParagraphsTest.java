package org.jixiao.ingest.pdf;

import static org.jixiao.ingest.pdf.LineFixtures.SIZE;
import static org.jixiao.ingest.pdf.LineFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Paragraph boundaries with CJK line breaking: a line may end short because its continuation
 * could not be broken (kinsoku), and a heading may follow a full line.
 */
class ParagraphsTest {
  private static final double LINE = 17.4;

  @Test
  void aNumberWithItsUnitThatDidNotFitKeepsTheParagraph() {
    TextLine prev = line("年初预算数为58.63亿元，全年预算数为66.27亿元，全年实际支出", 0);
    TextLine next = line("62.19亿元，预算执行率为93.84%。", LINE);
    double right = prev.x1() + 3.5 * SIZE; // "62.19亿" is 4 font sizes wide
    assertEquals(List.of(prev.text() + next.text()), paragraphs(right, prev, next));
  }

  @Test
  void aFigureSplitFromItsUnitKeepsTheParagraphHoweverShortTheLine() {
    // h319: lines wrapped by a count of characters, so a line with half-width figures ends far from the margin
    TextLine prev = line("产出指标满分40分，得分38分；效益指标满分25", 0);
    TextLine next = line("分，得分19.79分。", LINE);
    double right = prev.x1() + 6 * SIZE;
    assertEquals(List.of(prev.text() + next.text()), paragraphs(right, prev, next));
    assertEquals(2, paragraphs(right, prev, line("分项说明如下。", LINE)).size(), "a word opening with 分 is no unit");
  }

  @Test
  void anOpeningQuoteAndItsCharacterKeepTheParagraph() {
    TextLine prev = line("经评价，综合得分为87.6分，评价等级为", 0);
    TextLine next = line("“良好”。其中：决策类指标得分17.5分。", LINE);
    double right = prev.x1() + 1.8 * SIZE; // short by the old measure (1.5), too short for “良
    assertEquals(List.of("经评价，综合得分为87.6分，评价等级为“良好”。其中：决策类指标得分17.5分。"), paragraphs(right, prev, next));
    // a plain character would have fitted: the line ended for another reason
    TextLine plain = line("良好。其中：决策类指标得分17.5分。", LINE);
    assertEquals(2, paragraphs(right, prev, plain).size());
  }

  @Test
  void aClosingBracketCarriesTheCharacterBeforeIt() {
    TextLine prev = line("根据《关于开展绩效自评工作的通知》（新财绩〔2024〕2", 0);
    TextLine next = line("号）要求，现将有关情况报告如下：", LINE);
    double right = prev.x1() + 1.9 * SIZE;
    assertEquals(List.of(prev.text() + next.text()), paragraphs(right, prev, next));
  }

  @Test
  void aLineThatClosesASentenceEndsItsParagraphWhateverTheRoom() {
    TextLine prev = line("现将有关情况报告如下。", 0);
    TextLine next = line("“十四五”期间，我委持续推进预算绩效管理。", LINE);
    assertEquals(2, paragraphs(prev.x1() + 1.8 * SIZE, prev, next).size());
    TextLine heading = line("一、部门概况", 0);
    TextLine body = line("新疆维吾尔自治区卫生健康委员会是自治区人民政府组成部门。", LINE);
    assertEquals(2, paragraphs(body.x1(), heading, body).size());
  }

  @Test
  void anOutlineMarkerAfterAFullLineStartsAParagraph() {
    TextLine full = line("效益类指标得分23分（满分25分）。", 0);
    for (String marker : List.of("三、绩效分析", "22.学生及家长满意度（分值7分）。", "附件：部门整体支出绩效评价评分表", "表1 2022年度部门预算收支情况表", "（二）过程类指标分析")) {
      assertEquals(List.of(full.text(), marker), paragraphs(full.x1(), full, line(marker, LINE)), marker);
    }
  }

  @Test
  void aMarkerLikeStartAfterALineCutMidSentenceIsRunningText() {
    TextLine cut = line("3所学校存在合同签订不规范、验收资料不全问题，扣", 0);
    TextLine next = line("1.5分，该项得分2.5分。", LINE);
    assertEquals(1, paragraphs(cut.x1(), cut, next).size());
    TextLine see = line("各项收入和支出的明细情况详见", 0);
    TextLine table = line("表1 所列。", LINE);
    assertEquals(1, paragraphs(see.x1(), see, table).size());
  }

  @Test
  void outlineMarkers() {
    for (String s : List.of("一、部门概况", "十二、附则", "（一）决策", "(二)过程", "（3）产出", "1.项目立项", "12、资金", "3．效益",
        "附件：评分表", "附件1", "附件 ", "表1 2023年度", "表2：预算", "图1 趋势", "表3-1 明细")) {
      assertTrue(LineBreaks.startsOutline(s), s);
    }
    for (String s : List.of("1.5分，该项得分", "表1。", "表1，", "表明", "附件的", "2023年度", "100%", "图书")) {
      assertFalse(LineBreaks.startsOutline(s), s);
    }
  }

  @Test
  void firstTokenWidths() {
    assertEquals(5 * 0.6 * SIZE + SIZE, LineBreaks.firstTokenWidth(line("62.19亿元，", 0)), 1e-6);
    assertEquals(2 * SIZE, LineBreaks.firstTokenWidth(line("“良好”", 0)), 1e-6);
    assertEquals(2 * SIZE, LineBreaks.firstTokenWidth(line("号）要求", 0)), 1e-6);
    assertEquals(3 * 0.6 * SIZE + 2 * SIZE, LineBreaks.firstTokenWidth(line("1.5分，该项", 0)), 1e-6);
    assertEquals(SIZE, LineBreaks.firstTokenWidth(line("良好", 0)), 1e-6);
    assertEquals(2 * 0.6 * SIZE, LineBreaks.firstTokenWidth(line("kg", 0)), 1e-6);
  }

  @Test
  void theMarginIgnoresHangingPunctuation() {
    TextLine hanging = line("负责拟订全区卫生健康政策，", 0);
    assertEquals(hanging.x1() - SIZE, LineBreaks.contentRight(hanging), 1e-6);
    TextLine plain = line("负责拟订全区卫生健康政策", 0);
    assertEquals(plain.x1(), LineBreaks.contentRight(plain), 1e-6);
  }

  @Test
  void aParagraphFullAtAPageFootRunsOnUnlessTheNextPageOpensAHeading() throws IngestException {
    PageBlock.Text foot = new PageBlock.Text(1, 700, "（一）完善绩效目标管理。（二）加强采购内部控制和监督。", true, true);
    assertEquals(2, written(foot, new PageBlock.Text(2, 50, "附件：部门整体支出绩效评价评分表", false, true)).size());
    List<Paragraph> joined = written(foot, new PageBlock.Text(2, 50, "（三）提高预算编制质量。", false, true));
    assertEquals(2, joined.size(), "（三） opens a list item");
    PageBlock.Text cut = new PageBlock.Text(1, 700, "部门整体支出绩效目标与职责基本相符，但目标表述", true, true);
    List<Paragraph> one = written(cut, new PageBlock.Text(2, 50, "笼统，扣0.5分。", false, true));
    assertEquals(List.of("部门整体支出绩效目标与职责基本相符，但目标表述笼统，扣0.5分。"), one.stream().map(Paragraph::text).toList());
  }

  private static List<String> paragraphs(double right, TextLine... lines) {
    List<TextLine> l = List.of(lines);
    return Paragraphs.group(1, l, LineFixtures.LEFT, right, Paragraphs.usualGap(l)).stream().map(PageBlock.Text::text).toList();
  }

  private static List<Paragraph> written(PageBlock.Text... texts) throws IngestException {
    DocumentBuilder out = new DocumentBuilder("test.pdf", DocFormat.PDF, Limits.defaults());
    LayoutWriter w = new LayoutWriter(out);
    for (PageBlock.Text t : texts) {
      w.page(new PageLayout(t.page(), 842, new ArrayList<>(List.of(t)), 0, 0));
    }
    w.flush();
    return out.build().paragraphs();
  }

  @Test
  void linesWrappedAtACountOfCharactersKeepTheirParagraph() {
    // h334: every line holds the same number of characters, the first indented two, so the lines after it end two
    // characters short of the margin, cut anywhere in a word (满|意)
    TextLine first = line("经自评我委部门整体支出绩效自评得分较高其", LineFixtures.LEFT + 2 * SIZE, 0, SIZE);
    TextLine second = line("中预算执行得分较高产出指标得分较高效益满", LINE);
    TextLine third = line("意度指标得分较高等级划分为优良中差四档满", 2 * LINE);
    TextLine fourth = line("意度为优。", 3 * LINE);
    double right = first.x1();
    List<String> read = paragraphs(right, first, second, third, fourth);
    assertEquals(1, read.size(), read.toString());
    // a second line as long as the indented first one, cut in a word, goes on into the closing short line
    TextLine opening = line("我委对全部八个项目支出开展了绩效自评工作", LineFixtures.LEFT + 2 * SIZE, 0, SIZE);
    TextLine cut = line("目均按要求填报了项目支出绩效自评表项的绩", LINE);
    TextLine last = line("效自评表另行报送。", 2 * LINE);
    assertEquals(1, paragraphs(opening.x1(), opening, cut, last).size(), paragraphs(opening.x1(), opening, cut, last).toString());
    // two short lines that each end a sentence stay two paragraphs, however alike their ends
    TextLine a = line("单位为万元。", 0);
    TextLine b = line("项目名称。", LINE);
    assertEquals(2, paragraphs(a.x1() + 10 * SIZE, a, b).size());
  }

  @Test
  void aCoversFieldsStayALineEachHoweverLongTheFirst() {
    // h400: the longest line of a cover reaches the page's text margin, and the cover's lines are evenly spaced
    TextLine evaluator = line("评价机构：     福建武夷明信会计师事务所有限公司", 0);
    TextLine number = line("报告编号：     武明信绩评〔2025〕023号", LINE);
    assertEquals(List.of(evaluator.text(), number.text()), paragraphs(evaluator.x1(), evaluator, number));
    // a wrapped line that opens with a label after running text goes on
    TextLine running = line("项目主要建设内容为新建改造农村供水工程32处，其中", 0);
    TextLine label = line("县级：新建改造12处。", LINE);
    assertEquals(1, paragraphs(running.x1(), running, label).size());
  }
}
