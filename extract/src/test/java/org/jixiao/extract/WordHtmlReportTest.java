package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.html.HtmlReader;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.MetaRef;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word "Save as HTML" page as a portal publishes it, end to end (crafted, GB2312 bytes): the
 * data table nested in a borderless layout table, "4.5" and "分" in separate runs, the department
 * and year only in {@code <title>}, group scores and the grade stated only in prose.
 */
class WordHtmlReportTest {
  @TempDir Path tmp;

  private static final String PAGE =
      """
      <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
      <head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
      <title>某某县测试局2022年度部门整体支出绩效自评表</title>
      <!--[if gte mso 9]><xml><o:DocumentProperties><o:Pages>2</o:Pages></o:DocumentProperties></xml><![endif]-->
      </head><body lang=ZH-CN><div class=WordSection1>
      <table border=0 cellspacing=0 cellpadding=0 width="100%">
       <tr><td><p class=MsoNormal><font size=2>发布机构：某某县测试局&nbsp;&nbsp;&nbsp;发布日期：2023-05-16</font></p></td></tr>
       <tr><td>
        <p class=MsoNormal align=center><b>部门整体支出绩效自评表<o:p></o:p></b></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
         <tr><td colspan=3><p class=MsoNormal>绩效指标</p></td><td rowspan=2><p class=MsoNormal>年度指标值</p></td><td colspan=2><p class=MsoNormal>评价结果</p></td></tr>
         <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>得分</td></tr>
         <tr><td rowspan=2>产出</td><td rowspan=2>数量指标</td><td>培训人次</td><td>≥600人</td>
             <td><span lang=EN-US>5</span><span style='font-family:宋体'>分</span></td>
             <td><span lang=EN-US>4.5</span><span style='font-family:宋体'>分<o:p></o:p></span></td></tr>
         <tr><td>A级示范点创建</td><td>≥3个</td><td>5分</td><td>5分</td></tr>
         <tr><td>效益</td><td>社会效益</td><td>群众满意度</td><td>≥90%</td><td>10分</td><td>9分</td></tr>
        </table>
       </td></tr>
      </table>
      <p class=MsoListParagraph><![if !supportLists]>（一）&nbsp;<![endif]>产出指标：该类指标分值10分，自评得分9.5分。</p>
      <p class=MsoNormal>经自评，总分18.5分，自评等级为“优”。</p>
      </div></body></html>
      """;

  @Test
  void aWordSavedPortalPageReadsWhole() throws Exception {
    Path file = Files.write(tmp.resolve("testWordHtml.html"), PAGE.getBytes(Charset.forName("GB2312")));
    Report r = ReportExtractor.standard().extract(new HtmlReader().read(file, DocFormat.HTML, Limits.defaults()), null);
    assertEquals("某某县测试局", r.department());
    assertEquals(2022, r.fiscalYear());
    assertEquals(new MetaRef("testWordHtml.html", "title"), r.evidence().get(ReportField.fiscalYear).source());
    List<String> names = r.indicators().stream().map(IndicatorRow::level3).toList();
    assertEquals(List.of("培训人次", "A级示范点创建", "群众满意度"), names);
    IndicatorRow first = r.indicators().getFirst();
    assertEquals(0, new BigDecimal("4.5").compareTo(first.score()));
    assertEquals("产出", first.level1());
    assertEquals(0, assertInstanceOf(CellRef.class, first.source()).table());
    assertEquals(GradeLevel.EXCELLENT, r.grade());
    assertEquals(ExtractionMethod.PROSE, r.evidence().get(ReportField.grade).method());
    Section output = r.sections().stream().filter(s -> s.name().startsWith("产出")).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("9.5").compareTo(output.score()));
  }
}
