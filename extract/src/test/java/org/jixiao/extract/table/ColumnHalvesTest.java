package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/**
 * A wide sheet printed "down, then over" (h286's family): pages with 序号 and the names, then pages with 序号 and the
 * figures of the same rows, each half a table over two pages.
 */
class ColumnHalvesTest {
  private static DocumentFixture halves(String... rightKeys) {
    DocumentFixture f = DocumentFixture.named("testHalves.pdf")
        .page(1).table(DocumentFixture.grid(1, "序号|一级指标|二级指标|三级指标|年度指标值", "1|产出|数量指标|新建泵站（座）|≥8",
            "2|^|质量指标|验收合格率|100%"))
        .page(2).table(DocumentFixture.grid(2, "序号|一级指标|二级指标|三级指标|年度指标值", "3|效益|社会效益|受益人口（万人）|≥45",
            "合计||||"));
    String[] rows = {"1|8|20|20|", "2|100%|30|28.5|两处返工", "3|46.8|50|50|", "合计||100|98.5|"};
    for (int i = 0; i < rightKeys.length; i++) {
      rows[i] = rightKeys[i] + rows[i].substring(rows[i].indexOf('|'));
    }
    return f.page(3).table(DocumentFixture.grid(3, "序号|实际完成值|分值|得分|偏差原因", rows[0], rows[1]))
        .page(4).table(DocumentFixture.grid(4, "序号|实际完成值|分值|得分|偏差原因", rows[2], rows[3]));
  }

  @Test
  void theHalvesAreJoinedRowByRowOnTheirKeys() {
    ParsedDocument doc = ColumnHalves.joined(halves("1", "2", "3", "合计").build());
    assertEquals(1, doc.tables().size());
    TableGrid t = doc.tables().getFirst();
    assertEquals(5, t.rows());
    assertEquals(9, t.cols(), "5 columns, then 4 (the key once)");
    assertEquals("验收合格率", t.text(2, 3));
    assertEquals("28.5", t.text(2, 7));
    assertEquals(3, t.cellAt(2, 7).page(), "a cell keeps the page it is printed on");
    assertEquals("98.5", t.text(4, 7));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.COLUMN_HALVES_JOINED));
  }

  @Test
  void theJoinedTableIsReadAsTheIndicatorTable() {
    Report r = ReportExtractor.standard().extract(halves("1", "2", "3", "合计").build(), null);
    assertEquals(List.of("新建泵站（座）", "验收合格率", "受益人口（万人）"), r.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("8", "100%", "46.8"), r.indicators().stream().map(IndicatorRow::actual).toList());
    assertEquals("28.5", r.indicators().get(1).score().toPlainString());
    assertEquals("98.5", r.totalScore().toPlainString());
  }

  @Test
  void halvesWhoseKeysDifferAreLeftAsPrinted() {
    ParsedDocument printed = halves("1", "3", "2", "合计").build();
    assertSame(printed, ColumnHalves.joined(printed), "another order: not the same rows");
    ParsedDocument missing = halves("1", "2", "4", "合计").build();
    assertSame(missing, ColumnHalves.joined(missing));
  }
}
