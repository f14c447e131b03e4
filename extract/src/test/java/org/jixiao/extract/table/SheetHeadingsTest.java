package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/** A sheet printed with its row and column headings (h351): the letters and row numbers are no content. */
class SheetHeadingsTest {
  @Test
  void theHeadingsOfAPrintedSheetAreBlankedAndTheFormReads() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("headings.pdf")
        .table("|A|B|C|D|E",
            "12|一级指标|二级指标|三级指标|分值|得分",
            "13|决策|目标设定|绩效目标合理性|3|3",
            "14|过程|预算执行|预算执行率|10|9.33",
            "15|合计|||13|12.33")
        .build(), null);
    assertEquals(List.of("绩效目标合理性", "预算执行率"), r.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("决策", "过程"), r.indicators().stream().map(IndicatorRow::level1).toList());
  }

  @Test
  void aFirstColumnOfSerialNumbersUnderAnOrdinaryHeaderIsNoHeading() {
    var doc = DocumentFixture.named("serial.pdf")
        .table("序号|三级指标|分值|得分", "1|绩效目标合理性|3|3", "2|预算执行率|10|9.33", "3|资产管理规范性|3|3").build();
    assertEquals(doc, SheetHeadings.blanked(doc), "no row of column letters: the table is as printed");
  }
}
