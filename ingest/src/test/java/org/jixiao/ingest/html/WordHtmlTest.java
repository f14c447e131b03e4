package org.jixiao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages written by Word's "Save as HTML" as government portals publish them (crafted, GBK bytes). */
class WordHtmlTest {
  @TempDir Path tmp;

  private static final String HEAD =
      """
      <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
      <head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
      <meta name=Generator content="Microsoft Word 15"><title>某某县测试局2022年度部门整体支出绩效自评表</title>
      <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>测试</o:Author></o:DocumentProperties></xml><![endif]-->
      <style><!-- p.MsoNormal {margin:0cm;} --></style></head>
      """;

  private ParsedDocument gbk(String body) throws Exception {
    String page = HEAD + "<body lang=ZH-CN>" + body + "</body></html>";
    Path file = Files.write(tmp.resolve("testWordHtml.html"), page.getBytes(Charset.forName("GB2312")));
    return new HtmlReader().read(file, DocFormat.HTML, Limits.defaults());
  }

  /** A borderless layout table whose cell holds the publisher line, the title and the data table. */
  private static final String LAYOUT =
      """
      <div class=WordSection1><table border=0 cellspacing=0 cellpadding=0 width="100%">
       <tr><td><p class=MsoNormal align=center><font face="宋体" size=2>发布机构：某某县测试局&nbsp;&nbsp;&nbsp;发布日期：2023-05-16</font></p></td></tr>
       <tr><td>
        <p class=MsoNormal align=center><b><span style='font-size:18pt'>部门整体支出绩效自评表<span lang=EN-US><o:p></o:p></span></span></b></p>
        <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
        <div align=center><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
         <tr><td colspan=3><p class=MsoNormal>绩效指标</p></td><td colspan=2><p class=MsoNormal>评价结果</p></td></tr>
         <tr><td><p class=MsoNormal>一级指标</p></td><td><p class=MsoNormal>二级指标</p></td><td><p class=MsoNormal>三级指标</p></td>
             <td><p class=MsoNormal>分值</p></td><td><p class=MsoNormal>得分</p></td></tr>
         <tr><td rowspan=2><p class=MsoNormal>产出</p></td><td rowspan=2><p class=MsoNormal>数量指标</p></td>
             <td><p class=MsoNormal>培训人次</p></td>
             <td><p class=MsoNormal><span lang=EN-US>5</span><span style='font-family:宋体'>分</span></p></td>
             <td><p class=MsoNormal><font face="Times New Roman"><span lang=EN-US>4.5</span></font><span style='font-family:宋体'>分<o:p></o:p></span></p></td></tr>
         <tr><td><p class=MsoNormal>覆盖乡镇数</p></td><td><p class=MsoNormal>5分</p></td><td><p class=MsoNormal>5分</p></td></tr>
        </table></div>
       </td></tr>
      </table></div>
      """;

  @Test
  void nestedDataTableIsItsOwnGridAndTheLayoutTableIsNotATable() throws Exception {
    ParsedDocument doc = gbk(LAYOUT);
    assertEquals(1, doc.tables().size(), "only the data table is a grid");
    TableGrid t = doc.tables().getFirst();
    assertEquals(4, t.rows());
    assertEquals(5, t.cols());
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "分值", "得分"), t.rowTexts(1));
    assertEquals(List.of("产出", "数量指标", "培训人次", "5分", "4.5分"), t.rowTexts(2), "runs split between Latin and CJK join");
    assertEquals(2, t.cellAt(2, 0).rowSpan());
    assertFalse(doc.warnings().stream().map(IngestWarning::code).anyMatch(WarningCode.NESTED_TABLE_FLATTENED::equals));
    List<String> texts = doc.paragraphs().stream().map(Paragraph::text).toList();
    assertEquals("发布机构：某某县测试局 发布日期：2023-05-16", texts.get(0));
    assertEquals("部门整体支出绩效自评表", texts.get(1));
    assertEquals("某某县测试局2022年度部门整体支出绩效自评表", doc.metadata().get("title"));
    assertTrue(texts.stream().noneMatch(s -> s.contains("Author") || s.contains("测试</o")), texts.toString());
  }

  @Test
  void blocksKeepDocumentOrderAroundTheNestedTable() throws Exception {
    ParsedDocument doc = gbk(LAYOUT + "<p class=MsoNormal>自评等级为“优”。</p>");
    var blocks = doc.blocks();
    assertTrue(blocks.get(blocks.size() - 2) instanceof TableGrid, blocks.toString());
    assertEquals("自评等级为“优”。", ((Paragraph) blocks.getLast()).text());
  }

  @Test
  void listNumbersInSupportListsRunsAreKeptAndVmlIsNotText() throws Exception {
    ParsedDocument doc = gbk(
        """
        <p class=MsoListParagraph><![if !supportLists]><span lang=EN-US>（一）<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]>预算管理：该类指标分值20分，自评得分19分。</p>
        <p class=MsoNormal><!--[if gte vml 1]><v:shape id="图片_1" style='width:120pt;height:120pt'><v:imagedata src="x.files/image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=160 height=160 src="x.files/image002.gif" v:shapes="图片_1"><![endif]>某某县测试局</p>
        """);
    List<String> texts = doc.paragraphs().stream().map(Paragraph::text).toList();
    assertEquals(List.of("（一） 预算管理：该类指标分值20分，自评得分19分。", "某某县测试局"), texts);
  }

  @Test
  void hiddenTextIsNotRead() throws Exception {
    ParsedDocument doc = gbk("<p class=MsoNormal>得分<span style='display:none;mso-hide:all'>PAGEREF _Toc1 \\h</span>95分</p>");
    assertEquals("得分95分", doc.paragraphs().getFirst().text());
  }

  @Test
  void aPortalFrameOfTwoColumnsAroundALongerTableIsLayout() throws Exception {
    ParsedDocument doc = gbk(
        """
        <table width="100%"><tr><td>首页 信息公开</td><td><p>自评表</p>
        <table border=1><tr><td>三级指标</td><td>分值</td><td>得分</td></tr><tr><td>培训人次</td><td>5</td><td>4.5</td></tr>
        <tr><td>满意度</td><td>5</td><td>5</td></tr></table></td></tr></table>
        """);
    assertEquals(1, doc.tables().size());
    assertEquals(List.of("培训人次", "5", "4.5"), doc.tables().getFirst().rowTexts(1));
    assertEquals(List.of("首页 信息公开", "自评表"), doc.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void aDataTableWithASmallTableInACellIsStillData() throws Exception {
    ParsedDocument doc = gbk(
        """
        <table border=0 class=MsoNormalTable><tr><td>三级指标</td><td>分值</td><td>备注</td></tr>
        <tr><td>培训人次</td><td>5</td><td><table><tr><td>注</td></tr></table></td></tr>
        <tr><td>满意度</td><td>5</td><td></td></tr></table>
        """);
    assertEquals(1, doc.tables().size());
    assertEquals(List.of("培训人次", "5", "注"), doc.tables().getFirst().rowTexts(1));
  }

  @Test
  void aBorderedTableHoldingATableIsStillData() throws Exception {
    ParsedDocument doc = gbk("<table border=1><tr><td>外<table><tr><td>内</td></tr></table></td><td>右</td></tr></table>");
    assertEquals(1, doc.tables().size());
    assertEquals("外\n内", doc.tables().getFirst().text(0, 0));
    assertTrue(doc.warnings().stream().map(IngestWarning::code).anyMatch(WarningCode.NESTED_TABLE_FLATTENED::equals));
  }
}
