package org.jixiao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables drawn with CSS table display on divs (h277's family). */
class CssTablesTest {
  @TempDir Path tmp;

  private ParsedDocument read(String style, String body) throws Exception {
    Path f = Files.writeString(tmp.resolve("page.html"), "<html><head><meta charset=utf-8><style>" + style
        + "</style></head><body><p>附件：评分表</p>" + body + "<p>完</p></body></html>", StandardCharsets.UTF_8);
    return new HtmlReader().read(f, DocFormat.HTML, Limits.defaults());
  }

  private static final String CSS = ".tbl{display:table}.thead{display:table-header-group}.tr{display:table-row}"
      + ".td{display:table-cell;border:1px solid}.hide{visibility:hidden}";

  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("<div class=\"tr\">");
    for (String c : cells) {
      b.append("<div class=\"td\">").append(c).append("</div>");
    }
    return b.append("</div>").toString();
  }

  @Test
  void aGroupsRowsNestedInOneCellJoinTheTableBesideItsName() throws Exception {
    String nested = "<div class=\"tbl\">" + row("项目立项", "立项依据充分性", "3", "3")
        + row("<span class=\"hide\">项目立项</span>", "立项程序规范性", "3", "2") + "</div>";
    String page = "<div class=\"tbl\"><div class=\"thead\">" + row("一级指标", "二级指标", "三级指标", "分值", "得分") + "</div>"
        + "<div class=\"tr\"><div class=\"td\">决策</div><div class=\"td\">" + nested + "</div></div>"
        + row("产出", "数量指标", "治理行政村（个）", "8", "8") + "</div>";
    ParsedDocument doc = read(CSS, page);
    assertEquals(1, doc.tables().size(), doc.blocks().toString());
    TableGrid t = doc.tables().getFirst();
    assertEquals(4, t.rows(), t.toString());
    assertEquals(5, t.cols());
    assertEquals("决策", t.text(1, 0));
    assertEquals(2, t.cellAt(1, 0).rowSpan(), "the group's name spans its rows");
    assertEquals("立项程序规范性", t.text(2, 2));
    assertEquals("", t.text(2, 1), "the repeated name a class hides is not shown");
    assertEquals("治理行政村（个）", t.text(3, 2));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.CSS_TABLE_READ));
    assertTrue(doc.text().indexOf("附件") < doc.text().indexOf("决策"));
  }

  @Test
  void inlineStylesDrawATableToo() throws Exception {
    String page = "<div style=\"display:table\"><div style=\"display:table-row\"><div style=\"display:table-cell\">三级指标</div>"
        + "<div style=\"display:table-cell\">分值</div><div style=\"display:table-cell\">得分</div></div>"
        + "<div style=\"display: table-row\"><div style=\"display: table-cell\">满意度</div><div style=\"display: table-cell\">10</div>"
        + "<div style=\"display: table-cell\">9</div></div></div>";
    ParsedDocument doc = read("", page);
    assertEquals(1, doc.tables().size());
    assertEquals("9", doc.tables().getFirst().text(1, 2));
  }
}
