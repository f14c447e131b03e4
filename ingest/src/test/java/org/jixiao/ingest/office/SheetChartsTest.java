package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.ooxml.XlsxReader;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** A chart sheet drawing a form's 一级 summary, its source cells hidden (h380): read as the table of its cached values. */
class SheetChartsTest {
  @Test
  void aChartSheetIsReadAsTheTableItDraws() throws Exception {
    ParsedDocument doc = new XlsxReader().read(Path.of("../corpus-heldout/h380_nanjiang_zhujian.xlsx"), DocFormat.XLSX,
        Limits.defaults());
    TableGrid chart = doc.tables().getLast();
    assertEquals("分值", chart.text(0, 1));
    assertEquals("得分", chart.text(0, 2));
    assertEquals("效益指标", chart.text(3, 0));
    assertEquals("30.07", chart.text(3, 2), "the chart's cached value, what its data label shows");
    assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().equals("一级指标得分情况")), "the chart's title");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.CHART_DATA_READ), doc.warnings().toString());
  }

  @Test
  void aPointIndexNoSheetReachesIsLeftOut() throws Exception {
    // a damaged or hostile chart: idx 2000000000 would otherwise size a list of two billion points
    String xml = "<c:val xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:numCache>"
        + "<c:pt idx=\"0\"><c:v>10</c:v></c:pt><c:pt idx=\"2\"><c:v>8.5</c:v></c:pt>"
        + "<c:pt idx=\"2000000000\"><c:v>1</c:v></c:pt><c:pt idx=\"-1\"><c:v>2</c:v></c:pt></c:numCache></c:val>";
    org.w3c.dom.Element val = org.apache.poi.ooxml.util.DocumentHelper.readDocument(
        new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).getDocumentElement();
    assertEquals(java.util.List.of("10", "", "8.5"), SheetCharts.points(val));
  }
}
