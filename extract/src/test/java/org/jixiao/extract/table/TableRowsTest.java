package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.extract.draft.GradeWords;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.extract.testing.Samples;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.junit.jupiter.api.Test;

/** {@link TableRows}: each cell read once into a {@link CellValue}, each row classified once. */
class TableRowsTest {
  private static final HeaderClassifier HEADERS = HeaderClassifier.standard();

  private static TableRows read(ParsedDocument doc, TableGrid grid) {
    return TableRows.read(grid, new ReportDraft(doc.fileName()), HEADERS);
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aRowHoldsItsParsedFiguresAndTheirPlaces() {
    ParsedDocument doc = DocumentFixture.named("testRowCells.docx")
        .table("一级指标|三级指标|权重|得分",
            "产出指标|培训人次|5%|4.5分",
            "^|办件量|十分|/")
        .build();
    TableRows t = read(doc, doc.tables().get(0));
    HeaderRow header = t.row(0).header();
    assertNotNull(header, "the header row is classified once, when the table is read");
    assertTrue(header.percentWeights());
    assertNull(t.row(1).header());
    assertEquals(0, t.firstHeader());

    TableRow first = t.row(1);
    assertEquals(n("5"), first.weight(header).value(), "5% in a 权重 column is 5 points");
    assertTrue(first.number(2).unparsed(), "read as a plain number, 5% is not one");
    assertEquals(n("4.5"), first.score(header).value());
    assertTrue(first.isPoints(3));
    assertFalse(first.isPoints(2), "a percentage is never points");
    assertEquals(new CellRef("testRowCells.docx", 1, 0, 1, 3), first.ref(3));
    assertTrue(first.readsAsIndicator(header));

    TableRow second = t.row(2);
    assertEquals(n("10"), second.weight(header).value(), "十分 is 10 points");
    assertNull(second.value(3), "'/' states nothing");
    assertNull(second.score(header).value());
    assertFalse(second.score(header).unparsed(), "a placeholder is not an unparsed number");
    assertFalse(second.startsHere(0), "产出指标 continues from the row above");
    assertSame(first.slots().get(0).value(), second.slots().get(0).value(), "a merged cell is read once for all its slots");
    assertEquals(new CellRef("testRowCells.docx", 1, 0, 2, 0), second.ref(0), "each slot keeps its own place");
  }

  /**
   * On a real report (002: 77 indicators over several tables): every cell is read once, and every
   * weight and score the table strategy emits is the figure read into the cell its source names.
   */
  @Test
  void theRowsOfARealReportCarryTheFiguresTheStrategyEmits() {
    ParsedDocument doc = Samples.parse(Samples.dir().resolve("002_85bada5a1e1f1378.docx"));
    GradeWords grades = GradeWords.standard();
    List<RowCandidate> emitted = new TableIndicatorExtractor(HEADERS, TotalLabels.standard(), grades)
        .extract(doc, new ReportDraft(doc.fileName())).rows();
    assertTrue(emitted.size() >= 77, "rows: " + emitted.size());
    Map<Integer, TableRows> tables = new java.util.HashMap<>();
    for (TableGrid grid : doc.tables()) {
      TableRows t = read(doc, grid);
      tables.put(grid.tableIndex(), t);
      Set<CellValue> values = Collections.newSetFromMap(new IdentityHashMap<>());
      t.rows().forEach(r -> r.slots().forEach(s -> values.add(s.value())));
      assertEquals(grid.cells().size(), values.size(), "one CellValue per cell of table " + grid.tableIndex());
    }
    int checked = 0;
    for (RowCandidate c : emitted) {
      IndicatorRow row = c.row();
      for (IndicatorField field : List.of(IndicatorField.weight, IndicatorField.score)) {
        CellRef at = (CellRef) row.sources().get(field);
        BigDecimal stated = field == IndicatorField.weight ? row.weight() : row.score();
        if (at == null || stated == null) {
          continue;
        }
        TableRow read = tables.get(at.table()).row(at.row());
        BigDecimal cell = read.slots().get(at.col()).value().number().value();
        BigDecimal share = read.slots().get(at.col()).value().percentWeight().value();
        assertTrue(stated.equals(cell) || stated.equals(share), row.level3() + " " + field + ": " + stated + " vs " + cell);
        checked++;
      }
    }
    assertTrue(checked >= 2 * 77 - 5, "figures checked: " + checked);
  }
}
