package org.jixiao.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.index.ReportSearcher;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.Json;
import org.jixiao.schema.StoredReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity and resume (issue 12): a file's content hash decides; copies are one report; the run's manifest and lock. */
class ImportResumeTest {
  @TempDir Path tmp;

  private final StringWriter err = new StringWriter();

  private Path data() {
    return tmp.resolve("data");
  }

  private Path copy(String sample, String as) throws IOException {
    Path to = tmp.resolve("in").resolve(as);
    Files.createDirectories(to.getParent());
    return Files.copy(ImportJobTest.sample(sample), to);
  }

  private ImportJob.Summary run(boolean index, boolean reread, Path... files) throws Exception {
    return new ImportJob(data(), Limits.defaults(), 2, index, reread).run(List.of(files), new PrintWriter(err, true));
  }

  private List<String> statusLines() {
    List<String> lines = err.toString().lines().toList();
    err.getBuffer().setLength(0);
    return lines;
  }

  @Test
  void reimportOfAnUnchangedFolderSkipsEveryFileAndSaysSo() throws Exception {
    Path a = copy("004_f903e5746c6a8cdf.txt", "a.txt");
    Path b = copy("002_85bada5a1e1f1378.html", "b.html");
    Path notes = Files.writeString(tmp.resolve("in/notes.txt"), "会议纪要\n今天讨论了下周的工作安排。\n", StandardCharsets.UTF_8);
    ImportJob.Summary first = run(true, false, a, b, notes);
    assertEquals(new ImportCounts(2, 0, 0, 0, 1, Map.of()), first.counts(), err.toString());
    statusLines();
    String storedA = Files.readString(data().resolve("reports").resolve(Pipeline.sha256(a) + ".json"));

    ImportJob.Summary again = run(true, false, a, b, notes);
    assertEquals(new ImportCounts(0, 2, 0, 0, 1, Map.of()), again.counts());
    assertEquals("共 3 个文件：导入 0，未变 2，重复 0，其他格式 0，非报告 1，失败 0", again.counts().describe());
    List<String> lines = statusLines();
    assertTrue(lines.get(0).startsWith("[1/3] a.txt: 未变 ("), lines.toString());
    assertTrue(lines.get(1).startsWith("[2/3] b.html: 未变 ("), lines.toString());
    assertEquals(0, again.rows(), "nothing read");
    assertEquals(storedA, Files.readString(data().resolve("reports").resolve(Pipeline.sha256(a) + ".json")), "entry untouched");

    ImportJob.Summary forced = run(true, true, a, b);
    assertEquals(new ImportCounts(2, 0, 0, 0, 0, Map.of()), forced.counts(), "--reread reads again");
    try (ReportSearcher s = ReportSearcher.open(data().resolve("index"))) {
      assertEquals(2, s.reportCount());
    }
  }

  @Test
  void theSameFileUnderTwoNamesIsOneReportWithBothPathsAndOneIndexDocument() throws Exception {
    Path a = copy("003_9702beb4dfdda539.docx", "a.docx");
    Path b = copy("003_9702beb4dfdda539.docx", "sub/copy of a.docx");
    ImportJob.Summary s = run(true, false, a, b);
    assertEquals(new ImportCounts(1, 0, 1, 0, 0, Map.of()), s.counts(), err.toString());
    List<String> lines = statusLines();
    assertTrue(lines.get(1).startsWith("[2/2] copy of a.docx: 重复：同 [1] " + a + " ("), lines.toString());

    List<Path> stored = new ReportStore(data()).files();
    assertEquals(1, stored.size());
    StoredReport entry = new ReportStore(data()).load(stored.getFirst());
    assertEquals(a.toString(), entry.sourcePath());
    assertEquals(List.of(b.toString()), entry.otherPaths());
    try (ReportSearcher searcher = ReportSearcher.open(data().resolve("index"))) {
      assertEquals(1, searcher.reportCount());
    }

    // a third name in a later run: a duplicate of the stored report, its path added
    Path c = copy("003_9702beb4dfdda539.docx", "c.docx");
    ImportJob.Summary later = run(true, false, c, b);
    assertEquals(new ImportCounts(0, 0, 2, 0, 0, Map.of()), later.counts());
    lines = statusLines();
    assertTrue(lines.get(0).startsWith("[1/2] c.docx: 重复：同已存的 " + a + " ("), lines.toString());
    assertEquals(List.of(b.toString(), c.toString()), new ReportStore(data()).load(stored.getFirst()).otherPaths());
    try (ReportSearcher searcher = ReportSearcher.open(data().resolve("index"))) {
      assertEquals(1, searcher.reportCount());
    }
  }

  @Test
  void theSameReportInAnotherFormatIsOneReportListingItsRenderings() throws Exception {
    Path docx = copy("003_9702beb4dfdda539.docx", "003.docx");
    Path pdf = copy("003_9702beb4dfdda539.pdf", "003.pdf");
    Path other = copy("004_f903e5746c6a8cdf.txt", "004.txt");
    ImportJob.Summary s = run(true, false, docx, pdf, other);
    assertEquals(new ImportCounts(2, 0, 0, 1, 0, Map.of()), s.counts(), err.toString());
    List<String> lines = statusLines();
    assertTrue(lines.get(1).startsWith("[2/3] 003.pdf: 另一格式：同 [1] 003.docx，只计一次 ("), lines.toString());
    assertEquals(60, s.rows(), "the rendering's rows are not counted again");

    ReportStore store = new ReportStore(data());
    StoredReport primary = store.load(store.dir().resolve(Pipeline.sha256(docx) + ".json"));
    StoredReport rendering = store.load(store.dir().resolve(Pipeline.sha256(pdf) + ".json"));
    assertEquals(List.of(pdf.toString()), primary.renderings());
    assertEquals(Pipeline.sha256(docx), rendering.renderingOf());
    assertEquals(Pipeline.sha256(docx), store.head(Pipeline.sha256(pdf)).renderingOf(), "told by the entry's head alone");
    assertEquals(null, store.head(Pipeline.sha256(docx)).renderingOf());
    assertEquals(30, rendering.report().indicators().size(), "the rendering's own reading is kept");
    try (ReportSearcher searcher = ReportSearcher.open(data().resolve("index"))) {
      assertEquals(2, searcher.reportCount());
    }
    String manifest = Files.readString(s.manifest());
    assertTrue(manifest.contains("\"outcome\":\"rendering\""), manifest);

    // again, and into an index that lost everything: the rendering stays unindexed, the report is indexed once
    try (var all = Files.walk(data().resolve("index"))) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    ImportJob.Summary again = run(true, false, pdf, docx, other);
    assertEquals(new ImportCounts(0, 3, 0, 0, 0, Map.of()), again.counts(), err.toString());
    try (ReportSearcher searcher = ReportSearcher.open(data().resolve("index"))) {
      assertEquals(2, searcher.reportCount());
    }
  }

  @Test
  void anUnchangedFileMissingFromTheIndexIsIndexedFromTheStore() throws Exception {
    Path a = copy("004_f903e5746c6a8cdf.txt", "a.txt");
    run(false, false, a); // stored, not indexed (as a run killed before its first commit leaves it)
    statusLines();
    ImportJob.Summary s = run(true, false, a);
    assertEquals(new ImportCounts(0, 1, 0, 0, 0, Map.of()), s.counts());
    assertTrue(statusLines().get(0).contains("未变，重新索引 1 份（索引中缺失）"));
    try (ReportSearcher searcher = ReportSearcher.open(data().resolve("index"))) {
      assertEquals(1, searcher.reportCount());
      assertEquals(30, searcher.rowCount());
    }
  }

  @Test
  void aChangedFileIsReadAgain() throws Exception {
    Path f = copy("004_f903e5746c6a8cdf.txt", "report.txt");
    run(false, false, f);
    Files.copy(ImportJobTest.sample("000_0ace20d031349de2.txt"), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    ImportJob.Summary s = run(false, false, f);
    assertEquals(new ImportCounts(1, 0, 0, 0, 0, Map.of()), s.counts(), err.toString());
    assertTrue(Files.exists(data().resolve("reports").resolve(Pipeline.sha256(f) + ".json")));
  }

  @Test
  void theManifestHasOneParsableLinePerFile() throws Exception {
    Path a = copy("004_f903e5746c6a8cdf.txt", "a.txt");
    Path b = copy("004_f903e5746c6a8cdf.txt", "b.txt");
    Path broken = Files.write(tmp.resolve("in/broken.pdf"), "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
    ImportJob.Summary s = run(false, false, a, b, broken);
    assertEquals(new ImportCounts(1, 0, 1, 0, 0, Map.of("CORRUPT", 1)), s.counts(), err.toString());
    assertEquals(data().resolve("runs"), s.manifest().getParent());
    List<String> lines = Files.readAllLines(s.manifest(), StandardCharsets.UTF_8);
    assertEquals(3, lines.size(), lines.toString());
    JsonNode first = Json.mapper().readTree(lines.get(0));
    JsonNode copy = Json.mapper().readTree(lines.get(1));
    JsonNode bad = Json.mapper().readTree(lines.get(2));
    String sha = Pipeline.sha256(a);
    assertEquals("imported", first.get("outcome").asText());
    assertEquals(sha, first.get("sha256").asText());
    assertEquals(sha, first.get("reportIds").get(0).asText());
    assertEquals("duplicate", copy.get("outcome").asText());
    assertEquals(a.toString(), copy.get("duplicateOf").asText());
    assertEquals(b.toString(), copy.get("path").asText());
    assertEquals("failed", bad.get("outcome").asText());
    assertEquals("CORRUPT", bad.get("reason").asText());
    assertTrue(bad.get("reportIds").isEmpty());
  }

  @Test
  void theLockRefusesASecondImportWhateverItsOptions() throws Exception {
    Path a = copy("004_f903e5746c6a8cdf.txt", "a.txt");
    try (DataLock held = DataLock.acquire(data())) {
      for (boolean index : new boolean[] {true, false}) {
        DataLock.Held e = assertThrows(DataLock.Held.class, () -> run(index, false, a));
        assertTrue(e.getMessage().contains(data().resolve(DataLock.FILE).toString()), e.getMessage());
      }
    }
    assertEquals(1, run(false, false, a).counts().imported(), "free again once released");
  }

  @Test
  void anEntryStoredBeforeCopiesAndVersionsStillReadsAndIsReadAgain() throws Exception {
    Path a = copy("004_f903e5746c6a8cdf.txt", "a.txt");
    run(false, false, a);
    Path entry = data().resolve("reports").resolve(Pipeline.sha256(a) + ".json");
    ObjectNode old = (ObjectNode) Json.mapper().readTree(entry.toFile());
    old.remove(List.of("otherPaths", "extractor"));
    Files.writeString(entry, Json.write(old), StandardCharsets.UTF_8);

    StoredReport read = new ReportStore(data()).load(entry);
    assertEquals(List.of(), read.otherPaths());
    assertNull(read.extractor());
    assertEquals(new ImportCounts(1, 0, 0, 0, 0, Map.of()), run(false, false, a).counts(), "unknown version: read again");
    assertEquals(ExtractorVersion.current(), new ReportStore(data()).load(entry).extractor());
  }
}
