package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/** h310: figures with note markers in their cells, the notes under the table, two of them scoring rules. */
class NoteMarkersTest {

  @Test
  void aMarkerIsNoPartOfItsFigureAndARulesNoteIsItsRowsRule() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("testNotes.docx")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "产出指标|数量指标|建设示范基地（万亩）|≥3|3.26①|10|10",
            "^|质量指标|商品果率|≥85%|83%③|6|5",
            "^|^|出口量（万吨）|≥10|10.6*|5|5")
        .paragraph("注：①示范基地面积以验收汇总数为准。")
        .paragraph("③商品果率评分细则：达到年度指标值得满分，每低于年度指标值1个百分点扣1分，扣完为止。")
        .build(), null);
    IndicatorRow base = row(r, "建设示范基地（万亩）");
    assertEquals("3.26", base.actual());
    assertEquals(0, new java.math.BigDecimal("3.26").compareTo(base.actualValue().number()));
    assertNull(base.rule(), "note ① states no points: a definition, not a rule");
    IndicatorRow rate = row(r, "商品果率");
    assertEquals("83%", rate.actual());
    assertEquals("达到年度指标值得满分，每低于年度指标值1个百分点扣1分，扣完为止。", rate.rule());
    assertEquals("10.6", row(r, "出口量（万吨）").actual());
  }

  private static IndicatorRow row(Report r, String name) {
    return r.indicators().stream().filter(x -> x.level3().equals(name)).findFirst().orElseThrow();
  }
}
