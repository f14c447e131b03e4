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
    return Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
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
            new CellRef("a.pdf", 3, 0, 4, 2), null, Map.of(IndicatorField.score, new TextSpan("a.pdf", null, 5, 9)),
            List.of());
    String json = Json.write(row);
    assertTrue(json.contains("\"weight\" : 10"), json);
    IndicatorRow back = Json.read(json, IndicatorRow.class);
    assertEquals(row.source(), back.source());
    assertEquals(row.sources(), back.sources());
  }

  @Test
  void gradeIsTheGoldSymbolAndThePrintedWordingComesFromEvidence() {
    Report r =
        new Report("a.pdf", "某局", 2023, null, null, null, null, new BigDecimal("91.5"), null,
            GradeLevel.EXCELLENT, null, List.of(), List.of(), null, null, null, "PDF",
            Map.of(ReportField.grade, new Evidence("优秀", new CellRef("a.pdf", 2, 0, 9, 1), ExtractionMethod.TABLE)),
            List.of(), null, null);
    String json = Json.write(r);
    assertTrue(json.contains("\"grade\" : \"优\""), json);
    Report back = Json.read(json, Report.class);
    assertEquals(r, back);
    assertEquals(new Grade(GradeLevel.EXCELLENT, "优秀"), back.printedGrade());
    Report gold = Json.read("{\"sourceFile\":\"a\",\"grade\":\"良\"}", Report.class);
    assertEquals(new Grade(GradeLevel.GOOD, "良"), gold.printedGrade());
    assertThrows(UncheckedIOException.class,
        () -> Json.read("{\"sourceFile\":\"a\",\"grade\":\"优秀\"}", Report.class));
  }

  @Test
  void cellsKeepTheirPdfTableMethodAndOtherCellsWriteNull() {
    CellRef pdf = new CellRef("a.pdf", 3, 1, 4, 2, TableMethod.STREAM);
    CellRef docx = new CellRef("a.docx", null, 1, 4, 2);
    assertTrue(Json.write(pdf).contains("\"tableMethod\" : \"STREAM\""), Json.write(pdf));
    assertTrue(Json.write(docx).contains("\"tableMethod\" : null"), Json.write(docx));
    assertEquals(pdf, Json.read(Json.write(pdf), SourceRef.class));
    assertEquals(docx, Json.read(Json.write(docx), SourceRef.class));
    // snapshots and stored reports written before the field existed still read
    assertEquals(docx, Json.read(
        "{\"type\":\"cell\",\"file\":\"a.docx\",\"page\":null,\"table\":1,\"row\":4,\"col\":2}",
        SourceRef.class));
  }

  @Test
  void findingsAndDiagnosticsCarryTypedCodesUnderTheirStableNames() {
    Finding f =
        new Finding("a.txt", CheckId.SECTION_SUM, Severity.ERROR, Certainty.HIGH, null,
            new TextSpan("a.txt", null, 1, 2), "1", "2", "Σ", "m");
    String json = Json.write(f);
    assertTrue(json.contains("\"check\" : \"SectionSumCheck\""), json);
    assertEquals(f, Json.read(json, Finding.class));
    // one problem printed in two places: the second place in alsoAt; findings stored before it existed still read
    Finding twice = f.withAlsoAt(java.util.List.of(new TextSpan("a.txt", null, 40, 42)));
    assertTrue(Json.write(twice).contains("\"alsoAt\" : [ {"), Json.write(twice));
    assertEquals(twice, Json.read(Json.write(twice), Finding.class));
    assertEquals(f, Json.read(json.replaceFirst("\"alsoAt\" : \\[ \\],?", ""), Finding.class));
    Diagnostic d = new Diagnostic(WarningCode.UNPARSED_NUMBER, "x", null);
    assertTrue(Json.write(d).contains("\"code\" : \"UNPARSED_NUMBER\""), Json.write(d));
    assertEquals(d, Json.read(Json.write(d), Diagnostic.class));
    for (CheckId id : CheckId.values()) {
      assertEquals(id, CheckId.ofJsonName(id.jsonName()));
    }
  }

  @Test
  void fieldKeyedMapsWriteTheFieldNamesInSortedOrder() {
    Budget b =
        new Budget(null, new BigDecimal("10"), new BigDecimal("9"), null, null, null, null, null,
            Map.of(
                BudgetField.expenditure, new Evidence("9万元", new TextSpan("a", null, 5, 8), ExtractionMethod.PROSE),
                BudgetField.adjustedBudget, new Evidence("10万元", new TextSpan("a", null, 0, 4), ExtractionMethod.PROSE)));
    String json = Json.write(b);
    assertTrue(json.indexOf("\"adjustedBudget\" : {") < json.indexOf("\"expenditure\" : {"), json);
    assertEquals(b, Json.read(json, Budget.class));
    // enum keys are written in declaration order, so declaration order must be the sorted order
    for (Class<? extends Enum<?>> keys : List.of(ReportField.class, IndicatorField.class, BudgetField.class)) {
      List<String> names = java.util.Arrays.stream(keys.getEnumConstants()).map(Enum::name).toList();
      assertEquals(names.stream().sorted().toList(), names, keys.getSimpleName());
    }
  }

  @Test
  void aReportThatStatesNothingIsNotAReport() {
    Report empty =
        new Report("notes.txt", null, 2023, null, null, null, null, null, null, null, null, List.of(),
            List.of(), "会议纪要", null, null, "TEXT", Map.of(), List.of(), null, null);
    assertTrue(empty.statesNothing());
    assertTrue(!empty.withIndicators(List.of(IndicatorRow.of(null, null, null, null, "x",
        null, null, BigDecimal.ONE, BigDecimal.ONE))).statesNothing());
  }

  @Test
  void unknownFieldsAreRejected() {
    assertThrows(UncheckedIOException.class,
        () -> Json.read("{\"sourceFile\":\"a\",\"departmant\":\"x\"}", Report.class));
  }
}
