package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.testing.Samples;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.TableMethod;
import org.junit.jupiter.api.Test;

/**
 * The PDF table method (lattice/stream) reaches every cell reference of the report JSON. An IT: it
 * reads a sample PDF, which the other ITs of the failsafe JVM read too (Samples caches it).
 */
class TableMethodProvenanceIT {
  private static final String STEM = "000_0ace20d031349de2";

  @Test
  void everyCellOfAPdfReportNamesItsTableMethod() {
    Report pdf = Samples.extract(Samples.dir().resolve(STEM + ".pdf"));
    List<IndicatorRow> tableRows =
        pdf.indicators().stream().filter(r -> r.method() == ExtractionMethod.TABLE).toList();
    assertFalse(tableRows.isEmpty(), "the sample's indicators are in a ruled table");
    for (IndicatorRow row : tableRows) {
      CellRef at = (CellRef) row.source();
      assertEquals(TableMethod.LATTICE, at.tableMethod(), row.level3());
      row.sources().values().forEach(s -> assertEquals(TableMethod.LATTICE, ((CellRef) s).tableMethod(), row.level3()));
    }
    List<JsonNode> cells = cells(pdf);
    assertTrue(cells.stream().allMatch(c -> c.get("tableMethod").isTextual()), "every cell in the JSON: " + cells);
  }

  @Test
  void aWordReportsCellsHaveNoTableMethod() {
    Report docx = Samples.extract(Samples.dir().resolve(STEM + ".docx"));
    List<JsonNode> cells = cells(docx);
    assertFalse(cells.isEmpty());
    assertTrue(cells.stream().allMatch(c -> c.get("tableMethod").isNull()), "null, written out: " + cells.get(0));
  }

  @Test
  void aWorkbooksCellsNameTheirSheetAndTheCellExcelShows() throws Exception {
    java.nio.file.Path xlsx = Samples.dir().resolve(STEM + ".xlsx");
    Report book = Samples.extract(xlsx);
    List<IndicatorRow> rows = book.indicators().stream().filter(r -> r.method() == ExtractionMethod.TABLE).toList();
    assertFalse(rows.isEmpty());
    org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
    try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile(), null, true)) {
      for (IndicatorRow row : rows) {
        CellRef at = (CellRef) row.sources().get(org.jixiao.schema.IndicatorField.level3);
        assertTrue(at != null && at.sheet() != null, row.level3() + ": " + at);
        var ref = new org.apache.poi.ss.util.CellReference(at.sheet().cell());
        var cell = wb.getSheet(at.sheet().name()).getRow(ref.getRow()).getCell(ref.getCol());
        // the address is a round trip: Excel's cell there holds the name the row was read from
        String there = shown.formatCellValue(cell).replaceAll("\\s+", "");
        assertTrue(there.contains(row.level3().replaceAll("\\s+", "")), at.sheet().cell() + " holds " + there + ", not " + row.level3());
      }
    }
  }

  /** Every {@code "type": "cell"} object anywhere in the report's JSON. */
  private static List<JsonNode> cells(Report r) {
    List<JsonNode> out = new ArrayList<>();
    collect(Json.mapper().valueToTree(r), out);
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isObject() && "cell".equals(node.path("type").asText())) {
      out.add(node);
    }
    node.forEach(child -> collect(child, out));
  }
}
