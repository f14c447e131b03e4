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
