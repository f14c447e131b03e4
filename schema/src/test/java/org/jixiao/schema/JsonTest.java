package org.jixiao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  static Path gold() {
    return Path.of(System.getProperty("jixiao.shared", "../../shared"), "gold");
  }

  @Test
  void everyGoldFileReadsAsAReportAndRoundTrips() throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(gold(), "*.json")) {
      ds.forEach(files::add);
    }
    assertTrue(files.size() >= 5, "gold files found in " + gold());
    for (Path f : files) {
      Report r = Json.read(f, Report.class);
      assertNotNull(r.department(), f.toString());
      assertTrue(!r.indicators().isEmpty(), f.toString());
      Report back = Json.read(Json.write(r), Report.class);
      assertEquals(r, back, f.toString());
    }
  }

  @Test
  void bigDecimalsArePlainAndSourceRefsKeepTheirType() {
    IndicatorRow row =
        new IndicatorRow(null, null, null, null, "x", null, null, new BigDecimal("1E+1"),
            new BigDecimal("1.49"), null, null, null, null, null,
            new CellRef("a.pdf", 3, 0, 4, 2), null, Map.of("score", new TextSpan("a.pdf", null, 5, 9)),
            List.of());
    String json = Json.write(row);
    assertTrue(json.contains("\"weight\" : 10"), json);
    IndicatorRow back = Json.read(json, IndicatorRow.class);
    assertEquals(row.source(), back.source());
    assertEquals(row.sources(), back.sources());
  }

  @Test
  void unknownFieldsAreRejected() {
    assertThrows(UncheckedIOException.class,
        () -> Json.read("{\"sourceFile\":\"a\",\"departmant\":\"x\"}", Report.class));
  }
}
