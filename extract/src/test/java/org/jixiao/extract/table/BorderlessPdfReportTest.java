package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.pdf.PdfReader;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.TableMethod;
import org.junit.jupiter.api.Test;

/**
 * A member of the h47 family (issue 9) drawn apart from h47 by {@code tools/borderless-variant.py}:
 * a borderless indicator table aligned by white space only, 分值 before the target values, header
 * cells wrapped at other places ("年度目|标值", "实际完|成值", "偏差原因及|改进措施"), and a page break
 * inside the 效益 group after which two rows go on with no header and an empty 一级 column.
 */
class BorderlessPdfReportTest {
  @Test
  void everyRowOfTheBorderlessTableIsReadWithItsPage() throws IOException, URISyntaxException, IngestException {
    Report r = extract("borderless-continued.pdf");
    List<IndicatorRow> rows = r.indicators();
    assertEquals(16, rows.size(), rows.toString());
    assertEquals("示例县农业农村局", r.department());
    assertEquals("高标准农田建设项目", r.project());
    assertEquals(0, new BigDecimal("100").compareTo(rows.stream().map(IndicatorRow::weight).reduce(BigDecimal.ZERO, BigDecimal::add)));
    assertEquals(0, new BigDecimal("96.5").compareTo(rows.stream().map(IndicatorRow::score).reduce(BigDecimal.ZERO, BigDecimal::add)));

    IndicatorRow road = byName(rows, "新建及整修田间道路长度");
    assertEquals("产出", road.level1());
    assertEquals("数量指标", road.level2());
    assertEquals("≥40公里", road.target());
    assertEquals("36.8公里", road.actual());
    assertEquals(0, new BigDecimal("8").compareTo(road.weight()));
    assertEquals(0, new BigDecimal("7").compareTo(road.score()));

    // on page 2: no header, 一级 column empty, the 二级 and 三级 names wrapped onto a second line
    IndicatorRow upkeep = byName(rows, "工程设施管护机制建立情况");
    assertEquals("效益", upkeep.level1());
    assertEquals("可持续影响指标", upkeep.level2());
    assertEquals(0, new BigDecimal("3.5").compareTo(upkeep.score()));
    CellRef at = assertInstanceOf(CellRef.class, upkeep.source());
    assertEquals(2, at.page());
    assertEquals(TableMethod.STREAM, at.tableMethod());
    assertEquals(1, ((CellRef) byName(rows, "受益农户数").source()).page());
    assertEquals("满意度指标", byName(rows, "受益群众满意度").level2());
  }

  /**
   * The second variant ({@code tools/borderless-variant-two-level.py}): landscape, two indicator
   * levels (the second scored), 权重(%) and 年度指标值 wrapped in the header, rows set close, and three
   * rows with the 合计 row on page 2 under no header.
   */
  @Test
  void aTwoLevelBorderlessTableGoesOnOverThePageBreak() throws IOException, URISyntaxException, IngestException {
    Report r = extract("borderless-two-level.pdf");
    List<IndicatorRow> rows = r.indicators();
    assertEquals(13, rows.size(), rows.toString());
    assertEquals(0, new BigDecimal("96").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()));
    IndicatorRow late = byName(rows, "临时救助资金发放及时率");
    assertEquals("产出", late.level1());
    assertEquals("≥95%", late.target());
    assertEquals(0, new BigDecimal("10").compareTo(late.weight()));
    assertEquals(0, new BigDecimal("8").compareTo(late.score()));
    IndicatorRow known = byName(rows, "社会救助政策知晓率");
    assertEquals("效益", known.level1());
    assertEquals("83%", known.actual());
    assertEquals(2, ((CellRef) known.source()).page());
    assertEquals("满意度", byName(rows, "救助对象满意度").level1());
  }

  /**
   * The h116 family ({@code tools/borderless-group-headings.py}): no 一级指标 column, each 一级 a heading
   * line across the table with its weight and score, the first group of one row right under the
   * header, 三级指标 first and numbers right-aligned; the section heading between the fund block and
   * the indicator table stays a paragraph.
   */
  @Test
  void groupHeadingLinesAcrossABorderlessTableGiveTheFirstLevelAndTheSections()
      throws IOException, URISyntaxException, IngestException {
    readsGroupHeadings(extract("borderless-group-headings.pdf"));
  }

  /** The same table broken over two pages right before a heading: page 2 opens with "三、效益（…）". */
  @Test
  void aGroupHeadingAtTheTopOfTheNextPageOpensTheRestOfTheTable() throws IOException, URISyntaxException, IngestException {
    Report r = extract("borderless-group-headings-paged.pdf");
    readsGroupHeadings(r);
    IndicatorRow safety = byName(r.indicators(), "道路安全事故");
    assertEquals("效益", safety.level1());
    assertEquals(2, ((CellRef) safety.source()).page());
  }

  private static void readsGroupHeadings(Report r) {
    List<IndicatorRow> rows = r.indicators();
    assertEquals(7, rows.size(), rows.toString());
    IndicatorRow aim = byName(rows, "绩效目标明确性");
    assertEquals("决策", aim.level1());
    assertEquals("目标设定", aim.level2());
    IndicatorRow good = byName(rows, "优良路率");
    assertEquals("产出", good.level1());
    assertEquals("质量指标", good.level2());
    assertEquals("≥80%", good.target());
    assertEquals("76%", good.actual());
    assertEquals(0, new BigDecimal("15").compareTo(good.weight()));
    assertEquals(0, new BigDecimal("12").compareTo(good.score()));
    assertEquals("满意度", byName(rows, "沿线群众满意度").level1());
    assertEquals(List.of("决策", "产出", "效益", "满意度"), r.sections().stream().map(s -> s.name()).toList());
    assertEquals(0, new BigDecimal("46").compareTo(r.sections().get(1).score()));
    assertEquals(0, new BigDecimal("95").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()));
  }

  private static Report extract(String resource) throws IOException, URISyntaxException, IngestException {
    Path pdf = Path.of(Objects.requireNonNull(BorderlessPdfReportTest.class.getResource(resource)).toURI());
    return ReportExtractor.standard().extract(new PdfReader().read(pdf, DocFormat.PDF, Limits.defaults()), null);
  }

  private static IndicatorRow byName(List<IndicatorRow> rows, String level3) {
    return rows.stream().filter(r -> r.level3().equals(level3)).findFirst().orElseThrow(() -> new AssertionError(level3 + " in " + rows));
  }
}
