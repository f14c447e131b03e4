package org.jixiao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.Samples;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
  @TempDir Path tmp;

  private static ParsedDocument read(Path file) throws IngestException {
    return new HtmlReader().read(file, DocFormat.HTML, Limits.defaults());
  }

  private ParsedDocument html(String body) throws Exception {
    return read(Files.writeString(tmp.resolve("test.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>"));
  }

  private static ParsedDocument sample() throws IngestException {
    return read(Samples.file("002_85bada5a1e1f1378.html"));
  }

  @Test
  void aComponentsShadowRootIsReadWithItsSlotsFilledAndASitesMenuIsNot() throws Exception {
    // h547: the article inside declarative shadow roots, the page's own elements filling their slots
    ParsedDocument doc = html("<gov-header><template shadowrootmode=\"open\"><div><slot name=\"site\"></slot></div>"
        + "<nav><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a></nav></template><span slot=\"site\">修武县人民政府</span></gov-header>"
        + "<gov-article><template shadowrootmode=\"open\"><h1><slot name=\"title\"></slot></h1><p>项目年初预算530.00万元。</p>"
        + "<gov-table><template shadowrootmode=\"open\"><table><tr><td><slot>无数据</slot></td></tr></table></template>"
        + "<b>三级指标</b></gov-table></template><span slot=\"title\">2024年研学旅行基地建设项目绩效自评报告</span>"
        + "<span>未分配的内容</span></gov-article>");
    String text = doc.text();
    assertTrue(text.contains("修武县人民政府"), text);
    assertTrue(text.contains("2024年研学旅行基地建设项目绩效自评报告\n项目年初预算530.00万元。"), text);
    assertEquals("三级指标", doc.tables().get(0).text(0, 0).strip());
    assertFalse(text.contains("首页"), "a menu of links is no content");
    assertFalse(text.contains("未分配的内容"), "a host's child no slot takes is not shown");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SHADOW_DOM_READ));
  }

  @Test
  void aFramesInlineDocumentIsReadWhereTheFrameStands() throws Exception {
    // h377: a portal page saved whole, its attachment preview an iframe srcdoc holding the report
    String inner = "<html><head><title>附件</title></head><body><p>部门整体支出绩效自评表</p><table><tr><td>三级指标</td><td>分值</td></tr>"
        + "<tr><td>预算执行率</td><td>10</td></tr></table></body></html>";
    ParsedDocument doc = html("<p>首页 &gt; 政务公开</p><iframe title=\"附件预览\" srcdoc=\""
        + inner.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
        + "\"></iframe><iframe src=\"https://example.cn/x\"></iframe><p>网站标识码</p>");
    assertEquals(1, doc.tables().size());
    assertEquals("预算执行率", doc.tables().get(0).text(1, 0));
    assertTrue(doc.text().indexOf("首页") < doc.text().indexOf("部门整体") && doc.text().indexOf("部门整体") < doc.text().indexOf("网站标识码"),
        doc.text());
    assertFalse(doc.text().contains("附件\n"), "the inner document's head is not content");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == org.jixiao.schema.WarningCode.FRAME_DOCUMENT_READ));
  }

  @Test
  void sampleHasTwoTablesOf94RowsWithMergedCells() throws Exception {
    ParsedDocument doc = sample();
    assertEquals(2, doc.tables().size());
    assertEquals(94, doc.tables().stream().mapToInt(TableGrid::rows).sum());
    TableGrid head = doc.tables().get(0);
    assertEquals(2, head.cellAt(0, 0).colSpan(), "部门名称 colspan=2");
    assertEquals("部门名称", head.text(0, 1));
    assertEquals(2, head.cellAt(1, 0).rowSpan(), "预算执行情况 rowspan=2");
    assertEquals("22230.8", head.text(2, 2), "the row under a rowspan starts after the occupied slots");
    TableGrid indicators = doc.tables().get(1);
    assertEquals(List.of("年度指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"), indicators.rowTexts(0));
    assertEquals(List.of("绩效目标1", "产出指标", "质量指标", "党建工作考评等次", "合格以上", "合格", "2", "2", ""), indicators.rowTexts(2));
    assertEquals(List.of(), Samples.missingInOrder(Samples.goldLevel3("002_85bada5a1e1f1378"), Samples.gridCells(doc)));
  }

  @Test
  void aPdfsOnlinePreviewPlacedByPositionIsReadAsThePageItRenders() throws Exception {
    // h363: pdf2htmlEX-style divs placed by CSS classes, rules as thin divs, no <table>
    ParsedDocument doc = read(Path.of("../corpus-heldout/h363_lichuan_jiaotong.html"));
    assertEquals(2, doc.tables().size(), doc.blocks().toString());
    assertEquals(List.of("项目", "年初预算数", "全年预算数", "全年执行数", "执行率"), doc.tables().get(0).rowTexts(0));
    TableGrid indicators = doc.tables().get(1);
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"), indicators.rowTexts(0));
    assertEquals(List.of("投入管理", "预算执行", "预算执行率", "≥95%", "95.17%", "10", "10"), indicators.rowTexts(1));
    assertEquals(3, indicators.cellAt(1, 0).rowSpan(), "a merged group drawn without inner rules");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == org.jixiao.schema.WarningCode.POSITIONED_TEXT_READ));
    // a page with a few positioned labels is read as markup
    ParsedDocument few = html("<style>.x1{left:10px}.y1{bottom:20px}</style><div class=\"x1 y1\">标题</div><p>正文</p>");
    assertTrue(few.warnings().stream().noneMatch(w -> w.code() == org.jixiao.schema.WarningCode.POSITIONED_TEXT_READ));
  }

  @Test
  void aDataGridsHeaderBodyAndFooterTablesAreOneTableAndItsFixedCopyIsDropped() throws Exception {
    // h367: an Element UI grid saved from the browser
    String grid = "<div class=\"el-table\"><div class=\"el-table__header-wrapper\"><table><thead><tr><th>一级指标</th><th>分值</th>"
        + "<th>得分</th></tr></thead></table></div><div class=\"el-table__body-wrapper\"><table><tbody>"
        + "<tr><td>决策</td><td>10</td><td>8</td></tr><tr><td>过程</td><td>20</td><td>16.64</td></tr></tbody></table></div>"
        + "<div class=\"el-table__footer-wrapper\"><table><tbody><tr><td>合计</td><td>30</td><td>24.64</td></tr></tbody></table></div>"
        + "<div class=\"el-table__fixed\"><div class=\"el-table__fixed-header-wrapper\"><table><thead><tr><th>一级指标</th>"
        + "<th class=\"is-hidden\">分值</th><th class=\"is-hidden\">得分</th></tr></thead></table></div>"
        + "<div class=\"el-table__fixed-body-wrapper\"><table><tbody><tr><td>决策</td><td class=\"is-hidden\">10</td>"
        + "<td class=\"is-hidden\">8</td></tr></tbody></table></div></div></div>";
    ParsedDocument doc = html(grid);
    assertEquals(1, doc.tables().size(), doc.blocks().toString());
    TableGrid t = doc.tables().getFirst();
    assertEquals(List.of("一级指标", "分值", "得分"), t.rowTexts(0));
    assertEquals(List.of("合计", "30", "24.64"), t.rowTexts(3));
    // two tables of their own, each with its header, stay two
    ParsedDocument two = html("<table><tr><th>一级指标</th><th>分值</th></tr><tr><td>决策</td><td>10</td></tr></table>"
        + "<table><tr><th>一级指标</th><th>得分</th></tr><tr><td>决策</td><td>8</td></tr></table>");
    assertEquals(2, two.tables().size());
  }

  @Test
  void tooltipsOnACellsNamesAreAColumnOfTheirOwn() throws Exception {
    // h357: a portal shows each indicator's 评分标准 only as a tooltip on its name
    ParsedDocument doc = html("<table><tr><td colspan=\"4\">绩效指标完成情况</td></tr>"
        + "<tr><th>一级指标</th><th>三级指标</th><th>分值</th><th>得分</th></tr>"
        + "<tr><td rowspan=\"3\">产出</td><td><span title=\"评分标准：得分＝预算执行率×分值。\">预算执行率</span></td><td>10</td><td>9.73</td></tr>"
        + "<tr><td title=\"评分标准：达到160场得满分。\">送戏下乡</td><td>6</td><td>6</td></tr>"
        + "<tr><td><abbr title=\"评分标准：每少1项扣1分。\">文物保护</abbr></td><td>4</td><td>3</td></tr>"
        + "<tr><td colspan=\"2\">合计</td><td>20</td><td>18.73</td></tr></table>");
    TableGrid t = doc.tables().getFirst();
    assertEquals(List.of("一级指标", "三级指标", "评分标准", "分值", "得分"), t.rowTexts(1));
    assertEquals(List.of("产出", "预算执行率", "得分＝预算执行率×分值。", "10", "9.73"), t.rowTexts(2));
    assertEquals("达到160场得满分。", t.text(3, 2));
    assertEquals("每少1项扣1分。", t.text(4, 2));
    assertEquals(5, t.cellAt(0, 0).colSpan(), "the title row spans the new column too");
    // two tooltips are no column: an abbreviation's title is not a rule
    ParsedDocument few = html("<table><tr><th>三级指标</th><th>分值</th></tr><tr><td><abbr title=\"a\">x</abbr></td><td>1</td></tr>"
        + "<tr><td><abbr title=\"b\">y</abbr></td><td>2</td></tr></table>");
    assertEquals(2, few.tables().getFirst().cols());
  }

  @Test
  void aFormPageShowsItsControlsValuesWhereTheyStand() throws Exception {
    // h308: a 填报 system's page saved from the browser, every figure a control's value
    ParsedDocument doc = html("<input type=\"hidden\" name=\"id\" value=\"8a8f5c2e\">"
        + "<table><tr><td>部门名称</td><td><input type=\"text\" value=\"某某局\" readonly></td>"
        + "<td>年度</td><td><select disabled><option value=\"2023\">2023</option><option selected>2024</option></select></td></tr>"
        + "<tr><td>分值</td><td><input class=\"ipt\" value=\"10\"></td><td>偏差原因</td>"
        + "<td><textarea placeholder=\"请填写偏差原因\">部分指标未细化</textarea></td></tr>"
        + "<tr><td>等级</td><td><select><option value=\"\">--请选择--</option><option>优</option></select></td>"
        + "<td>说明</td><td><textarea placeholder=\"请填写\"></textarea><input type=\"button\" value=\"保存\"></td></tr></table>");
    TableGrid t = doc.tables().getFirst();
    assertEquals(List.of("部门名称", "某某局", "年度", "2024"), t.rowTexts(0));
    assertEquals(List.of("分值", "10", "偏差原因", "部分指标未细化"), t.rowTexts(1));
    assertEquals(List.of("等级", "", "说明", ""), t.rowTexts(2), "no option chosen, a placeholder and a button show no value");
    assertTrue(doc.paragraphs().stream().noneMatch(p -> p.text().contains("8a8f5c2e")), "a hidden input is not shown");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.FORM_FIELDS_READ));
  }

  @Test
  void textFloatedToTheLinesEndStandsApartFromTheTextBeforeIt() throws Exception {
    // h442: "填报单位（盖章）：XX局<span style="float:right">金额单位：万元</span>"
    ParsedDocument doc = html("<p>填报单位（盖章）：某某县测试局<span style=\"float:right\">金额单位：万元</span></p>"
        + "<p>其<span style=\"color:red\">中</span>：基本支出</p>");
    assertEquals("填报单位（盖章）：某某县测试局\u3000金额单位：万元", doc.paragraphs().get(0).text());
    assertEquals("其中：基本支出", doc.paragraphs().get(1).text(), "a span not floated runs on");
  }

  @Test
  void sampleHeadingsParagraphsAndNoStyleText() throws Exception {
    ParsedDocument doc = sample();
    Paragraph title = doc.paragraphs().getFirst();
    assertEquals("整体支出绩效自评表", title.text());
    assertEquals(1, title.headingLevel());
    assertEquals("(2022年度)", doc.paragraphs().get(1).text());
    assertFalse(doc.text().contains("font-family"), "style text leaked");
    assertEquals("整体支出绩效自评表", doc.metadata().get("title"));
    for (Block b : doc.blocks()) {
      assertNull(b.page());
    }
  }

  @Test
  void blocksComeInDocumentOrder() throws Exception {
    ParsedDocument doc =
        html("<h2>一、概况</h2><div>说明<br>第二行<p>段落</p>尾</div><ul><li>甲</li><li>乙</li></ul><table><tr><td>t</td></tr></table><h3>二、结论</h3><script>var x=1;</script>");
    List<String> seen = doc.blocks().stream().map(b -> b instanceof Paragraph p ? p.headingLevel() + ":" + p.text() : "table").toList();
    assertEquals(List.of("2:一、概况", "0:说明", "0:第二行", "0:段落", "0:尾", "0:甲", "0:乙", "table", "3:二、结论"), seen);
  }

  @Test
  void rowspanAndColspanFollowTheTableModel() throws Exception {
    TableGrid t =
        html("<table><thead><tr><th rowspan=2>A</th><th colspan=2>B</th></tr><tr><th>b1</th><th>b2</th></tr></thead>"
                + "<tbody><tr><td>1</td><td rowspan=\"0\">all</td><td>x</td></tr><tr><td>2</td><td>y</td></tr></tbody></table>")
            .tables().getFirst();
    assertEquals(List.of("A", "B", "B"), t.rowTexts(0));
    assertEquals(List.of("A", "b1", "b2"), t.rowTexts(1));
    assertEquals(List.of("1", "all", "x"), t.rowTexts(2));
    assertEquals(List.of("2", "all", "y"), t.rowTexts(3), "rowspan=0 reaches the end of its row group");
  }

  @Test
  void absurdSpansAreClampedWithAWarning() throws Exception {
    ParsedDocument doc = html("<table><tr><td rowspan=1000>L</td><td colspan=1000>wide</td></tr><tr><td>a</td></tr></table>");
    TableGrid t = doc.tables().getFirst();
    assertEquals(2, t.rows());
    assertEquals(2, t.cols());
    assertEquals(List.of("L", "a"), t.rowTexts(1));
    assertEquals(2, doc.warnings().stream().filter(w -> w.code() == WarningCode.SPAN_CLAMPED).count(), doc.warnings().toString());
  }

  /** Found by ReaderRobustnessTest (fuzz/issue-1-html-colspan-into-rowspan.html): it failed the whole file. */
  @Test
  void colspanRunningIntoARowspanIsCutWithAWarning() throws Exception {
    ParsedDocument doc = html("<table><tr><td>a</td><td rowspan=2>b</td></tr><tr><td colspan=2>c</td></tr></table>");
    TableGrid t = doc.tables().getFirst();
    assertEquals(List.of("a", "b"), t.rowTexts(0));
    assertEquals(List.of("c", "b"), t.rowTexts(1), "c keeps the free slot, b its rowspan");
    assertEquals(1, t.cellAt(1, 0).colSpan());
    assertEquals(1, doc.warnings().stream().filter(w -> w.code() == WarningCode.SPAN_CLAMPED).count(), doc.warnings().toString());
  }

  @Test
  void nestedTableIsFlattenedIntoTheOuterCell() throws Exception {
    ParsedDocument doc = html("<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr><tr><td>内3</td></tr></table></td><td>右</td></tr></table>");
    assertEquals(1, doc.tables().size());
    TableGrid t = doc.tables().getFirst();
    assertEquals("外\n内1 内2\n内3", t.text(0, 0));
    assertEquals("右", t.text(0, 1));
    assertTrue(doc.warnings().stream().map(IngestWarning::code).anyMatch(WarningCode.NESTED_TABLE_FLATTENED::equals));
  }

  @Test
  void gbkPageIsDecodedFromItsMetaTag() throws Exception {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"><title>自评表</title></head><body><p>部门整体支出绩效自评</p><table><tr><td>得分</td><td>97.43</td></tr></table></body></html>";
    Path gbk = Files.write(tmp.resolve("testGbk.html"), page.getBytes(Charset.forName("GBK")));
    ParsedDocument doc = read(gbk);
    assertEquals("部门整体支出绩效自评", doc.paragraphs().getFirst().text());
    assertEquals("得分", doc.tables().getFirst().text(0, 0));
    assertTrue(Charset.forName(doc.metadata().get("charset")).aliases().contains("GBK") || doc.metadata().get("charset").equals("GBK"));
  }

  @Test
  void utf8BomWithoutMetaIsUtf8() throws Exception {
    byte[] body = "<p>绩效</p>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("绩效", read(Files.write(tmp.resolve("testBom.html"), bytes)).paragraphs().getFirst().text());
  }

  @Test
  void aPortalsLabelValueListIsTheTwoColumnGridItShows() throws Exception {
    ParsedDocument doc = html("<h3>一、基本信息</h3><ul class=\"info\">"
        + "<li class=\"row\"><em>项目名称</em><b>某某县城乡供水保障项目</b></li>"
        + "<li class=\"row\"><em>主管部门</em><b>某某县水务局</b></li>"
        + "<li class=\"row\"><em>全年执行数（元）</em><b>1,234,500.00</b></li></ul>"
        + "<dl><dt>实施单位</dt><dd>某某县供水服务中心</dd><dt>评价年度</dt><dd>2024年</dd></dl><p>正文</p>");
    assertEquals(2, doc.tables().size());
    TableGrid items = doc.tables().get(0);
    assertEquals(List.of("主管部门", "某某县水务局"), items.rowTexts(1));
    assertEquals(List.of("全年执行数（元）", "1,234,500.00"), items.rowTexts(2));
    assertEquals(List.of("评价年度", "2024年"), doc.tables().get(1).rowTexts(1));
    assertEquals(List.of("一、基本信息", "正文"), doc.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void headingsOverSubListsAreAnOutlineNotLabelValuePairs() throws Exception {
    // h288: <ol> of 一级 items, each a heading span and a <ul> of 二级 items, each a span and a <ul> of indicators
    ParsedDocument doc = html("<ol><li><span class=\"l1\">一、决策指标（分值15分，得分14分）</span><ul>"
        + "<li><span class=\"l2\">（一）目标设定</span><ul><li>绩效目标合理性：指标值合理；分值4分；得分4分。</li>"
        + "<li>绩效指标明确性，指标值明确，分值4分，得分3分。</li></ul></li>"
        + "<li><span class=\"l2\">（二）预算配置</span><ul><li>在职人员控制率:分值：3分；得分：3分</li></ul></li></ul></li>"
        + "<li><span class=\"l1\">二、过程指标（分值25分，得分23分）</span><ul><li><span class=\"l2\">（一）预算执行</span>"
        + "<ul><li>预算执行率：分值10分；得分9分。</li></ul></li></ul></li></ol>");
    assertEquals(0, doc.tables().size(), doc.blocks().toString());
    assertEquals(List.of("一、决策指标（分值15分，得分14分）", "（一）目标设定", "绩效目标合理性：指标值合理；分值4分；得分4分。",
        "绩效指标明确性，指标值明确，分值4分，得分3分。", "（二）预算配置", "在职人员控制率:分值：3分；得分：3分",
        "二、过程指标（分值25分，得分23分）", "（一）预算执行", "预算执行率：分值10分；得分9分。"),
        doc.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void aTableDrawnWithCssGridDivsIsReadAsItsGrid() throws Exception {
    // h192: display:grid with display:contents rows, no <table> on the page
    ParsedDocument doc = html("<p>各一级指标得分情况如下：</p><div class=\"grid g4\">"
        + "<div class=\"grid-head\"><div class=\"c\">一级指标</div><div class=\"c\">分值</div><div class=\"c\">得分</div></div>"
        + "<div class=\"grid-row\"><div class=\"c\">决策指标</div><div class=\"c\">15</div><div class=\"c\">14</div></div>"
        + "<div class=\"grid-foot\"><div class=\"c\">合计</div><div class=\"c\">100</div><div class=\"c\"><b>87.55</b></div></div>"
        + "</div><p>三、主要绩效</p>");
    assertEquals(1, doc.tables().size());
    TableGrid grid = doc.tables().get(0);
    assertEquals(List.of("一级指标", "分值", "得分"), grid.rowTexts(0));
    assertEquals(List.of("合计", "100", "87.55"), grid.rowTexts(2));
    assertEquals(List.of("各一级指标得分情况如下：", "三、主要绩效"), doc.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void aTableDrawnAsAnSvgPictureIsReadAsItsGridAndAnIconIsNotContent() throws Exception {
    // h249: the 评分表 as rectangles and texts written column by column, a merged 一级 cell, a wrapped name in tspans
    ParsedDocument doc = html("<p>附件：评分表</p><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 90\" font-size=\"12\">"
        + "<g class=\"border\"><rect x=\"0\" y=\"0\" width=\"300\" height=\"90\" fill=\"#fff\"/>"
        + "<rect x=\"0\" y=\"0\" width=\"60\" height=\"30\"/><rect x=\"60\" y=\"0\" width=\"160\" height=\"30\"/>"
        + "<rect x=\"220\" y=\"0\" width=\"40\" height=\"30\"/><rect x=\"260\" y=\"0\" width=\"40\" height=\"30\"/>"
        + "<rect x=\"0\" y=\"30\" width=\"60\" height=\"60\"/>"
        + "<rect x=\"60\" y=\"30\" width=\"160\" height=\"30\"/><rect x=\"220\" y=\"30\" width=\"40\" height=\"30\"/>"
        + "<rect x=\"260\" y=\"30\" width=\"40\" height=\"30\"/>"
        + "<rect x=\"60\" y=\"60\" width=\"160\" height=\"30\"/><rect x=\"220\" y=\"60\" width=\"40\" height=\"30\"/>"
        + "<rect x=\"260\" y=\"60\" width=\"40\" height=\"30\"/></g>"
        + "<g class=\"text\"><text x=\"30\" y=\"19\" text-anchor=\"middle\">一级指标</text><text x=\"30\" y=\"64\" text-anchor=\"middle\">产出</text>"
        + "<text x=\"65\" y=\"19\">三级指标</text><text x=\"65\" y=\"44\"><tspan x=\"65\" dy=\"0\">新建城市</tspan><tspan x=\"65\" dy=\"12\">书房（家）</tspan></text>"
        + "<text x=\"65\" y=\"79\">达标验收率</text>"
        + "<text x=\"240\" y=\"19\" text-anchor=\"middle\">分值</text><text x=\"240\" y=\"49\" text-anchor=\"middle\">8</text>"
        + "<text x=\"240\" y=\"79\" text-anchor=\"middle\">6</text>"
        + "<text x=\"280\" y=\"19\" text-anchor=\"middle\">得分</text><text x=\"280\" y=\"49\" text-anchor=\"middle\">7.5</text>"
        + "<text x=\"280\" y=\"79\" text-anchor=\"middle\">6</text></g></svg>"
        + "<p>评价机构<svg viewBox=\"0 0 16 16\"><text x=\"2\" y=\"12\">★</text></svg></p>");
    assertEquals(1, doc.tables().size(), doc.blocks().toString());
    TableGrid t = doc.tables().getFirst();
    assertEquals(3, t.rows());
    assertEquals(4, t.cols());
    assertEquals("新建城市书房（家）", t.text(1, 1));
    assertEquals("产出", t.text(2, 0), "the merged 一级 cell spans both rows");
    assertEquals("7.5", t.text(1, 3));
    assertEquals("6", t.text(2, 3));
    assertFalse(doc.text().contains("★"), "an icon is not content: " + doc.text());
  }

  @Test
  void rowsOfLinksUnevenRowsAndLayoutBlocksAreNoDivTable() throws Exception {
    ParsedDocument menu = html("<div><div><a href=\"/\">首页</a><a href=\"/a\">政务公开</a><a href=\"/b\">互动交流</a></div>"
        + "<div><a href=\"/c\">办事服务</a><a href=\"/d\">数据开放</a><a href=\"/e\">专题专栏</a></div></div>");
    assertEquals(0, menu.tables().size());
    ParsedDocument uneven = html("<div><div><span>一</span><span>二</span><span>三</span></div>"
        + "<div><span>四</span><span>五</span></div></div>");
    assertEquals(0, uneven.tables().size());
    ParsedDocument layout = html("<div><div><div><div><p>甲</p><p>乙</p></div></div><div>丙</div><div>丁</div></div>"
        + "<div><div>戊</div><div>己</div><div>庚</div></div></div>");
    assertEquals(0, layout.tables().size(), "a cell holding rows of its own is layout");
  }

  @Test
  void blocksOfTwoElementsBuiltUnalikeStayParagraphs() throws Exception {
    ParsedDocument doc = html("<div><div class=\"crumb\"><a>首页</a><a>信息公开</a></div>"
        + "<div class=\"meta\"><span>发布时间：2024-05-16</span><span>来源：某某县水务局</span></div></div>");
    assertTrue(doc.tables().isEmpty(), "a crumb line and a meta line are not one list");
    assertEquals(List.of("首页信息公开", "发布时间：2024-05-16来源：某某县水务局"),
        doc.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void thePortalsContentSourceMetaIsThePublisher() throws Exception {
    Path page = Files.writeString(tmp.resolve("testMeta.html"), "<html><head><meta charset=\"utf-8\">"
        + "<meta name=\"ContentSource\" content=\" 某某区园林绿化局 \"><title>标题_部门</title></head><body><p>正文</p></body></html>");
    ParsedDocument doc = read(page);
    assertEquals("某某区园林绿化局", doc.metadata().get("publisher"));
    assertNull(html("<p>正文</p>").metadata().get("publisher"));
  }

  @Test
  void aRowOfCellsHoldingStackedLinesIsOneRowPerLine() throws Exception {
    // h221: the whole indicator block one <tr>, each column one cell of <br>-separated lines, &nbsp; where a group goes on
    ParsedDocument doc = html("<table><tr><td>一级指标</td><td>三级指标</td><td>分值</td><td>得分</td></tr>"
        + "<tr><td>产出指标<br>&nbsp;<br>效益指标</td><td>培训人次<br>培训覆盖率<br>满意度</td><td>10<br>5<br>5</td>"
        + "<td>9<br>5<br>4</td></tr><tr><td colspan=\"2\">合计</td><td>20</td><td>18</td></tr></table>");
    TableGrid t = doc.tables().getFirst();
    assertEquals(5, t.rows());
    assertEquals(List.of("产出指标", "培训人次", "10", "9"), t.rowTexts(1));
    assertEquals(List.of("", "培训覆盖率", "5", "5"), t.rowTexts(2));
    assertEquals(List.of("效益指标", "满意度", "5", "4"), t.rowTexts(3));
    assertEquals("合计", t.text(4, 0), "the rows below move down");
  }

  @Test
  void aHeaderOfTwoLineLabelsStaysOneRow() throws Exception {
    ParsedDocument doc = html("<table><tr><td>年初<br>预算数</td><td>全年<br>预算数</td><td>全年<br>执行数</td></tr>"
        + "<tr><td>100</td><td>120</td><td>110</td></tr></table>");
    assertEquals(2, doc.tables().getFirst().rows());
    assertEquals("年初\n预算数", doc.tables().getFirst().text(0, 0));
  }

  @Test
  void aRunOfDefinitionListsEachAnIndicatorIsOneTable() throws Exception {
    // h225: no <table>; each indicator a <dl>, its name the <dt>, its fields "label：value" in <dd>s
    String record = "<dl class=\"zb\"><dt>%s</dt><dd><span>一级指标：</span>产出指标</dd><dd>年度指标值：%s</dd>"
        + "<dd>分值：%s</dd><dd>得分：%s</dd></dl>";
    ParsedDocument doc = html("<h3>四、绩效指标完成情况</h3>" + String.format(record, "农村户厕改造（户）", "≥1200", "8", "8")
        + "\n" + String.format(record, "改厕质量验收合格率", "≥95%", "8", "7") + "<p>五、评分说明</p>");
    assertEquals(1, doc.tables().size(), doc.blocks().toString());
    TableGrid t = doc.tables().getFirst();
    assertEquals(List.of("", "一级指标", "年度指标值", "分值", "得分"), t.rowTexts(0), "the terms' column has no heading");
    assertEquals(List.of("改厕质量验收合格率", "产出指标", "≥95%", "8", "7"), t.rowTexts(2));
    assertEquals("五、评分说明", doc.paragraphs().getLast().text());
  }

}
