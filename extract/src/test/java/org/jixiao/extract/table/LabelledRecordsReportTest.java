package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import org.jixiao.ingest.text.TextReader;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/**
 * The h117 family (issue 9) on a text export of my own wording: one labelled record per indicator
 * numbered "1、", set a blank line apart, with other labels (指标名称, 指标值, 完成值, 权重, 自评得分,
 * 扣分原因) in another order, and a 合计 line naming the sum before its labels.
 */
class LabelledRecordsReportTest {
  @Test
  void eachLabelledRecordIsAnIndicatorRowAndTheSumLineIsTheTotal() throws IOException, URISyntaxException, IngestException {
    Path txt = Path.of(Objects.requireNonNull(getClass().getResource("testLabelledRecords.txt")).toURI());
    Report r = ReportExtractor.standard().extract(new TextReader().read(txt, DocFormat.TEXT, Limits.defaults()), null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(5, rows.size(), rows.toString());
    IndicatorRow checked = rows.get(1);
    assertEquals("产出", checked.level1());
    assertEquals("质量指标", checked.level2());
    assertEquals("抽检不合格食品核查处置率", checked.level3());
    assertEquals("100%", checked.target());
    assertEquals("96%", checked.actual());
    assertEquals(0, new BigDecimal("15").compareTo(checked.weight()));
    assertEquals(0, new BigDecimal("13.5").compareTo(checked.score()));
    assertInstanceOf(CellRef.class, checked.source());
    IndicatorRow pleased = rows.get(4);
    assertEquals("满意度", pleased.level1());
    assertEquals("83.6%", pleased.actual());
    assertEquals(0, new BigDecimal("9").compareTo(pleased.score()));
    assertNull(pleased.goal());
    assertEquals(0, new BigDecimal("67.5").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("70").compareTo(r.maxScore()));
    assertEquals("测试县市场监督管理局", r.department());
  }
}
