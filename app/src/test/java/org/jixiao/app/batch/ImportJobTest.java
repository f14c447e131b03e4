package org.jixiao.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.index.ReportSearcher;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import job on real samples, a broken file and a file that is no report, into a temporary data directory. */
class ImportJobTest {
  @TempDir Path tmp;

  private final StringWriter err = new StringWriter();

  static Path sample(String name) {
    return Path.of(System.getProperty("jixiao.samples", "../corpus-samples"), name);
  }

  @Test
  void eachFileIsToldThroughItsStagesInOrder() throws Exception {
    Path r004 = sample("004_f903e5746c6a8cdf.txt");
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "会议纪要\n今天讨论了下周的工作安排。\n", StandardCharsets.UTF_8);
    List<String> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    new ImportJob(tmp.resolve("staged"), Limits.defaults(), 1, true)
        .stages((file, stage) -> told.add(file.getFileName() + " " + stage))
        .run(List.of(r004, notes), new PrintWriter(err, true));
    // files in flight interleave; each file's own stages come in order
    assertEquals(List.of("004_f903e5746c6a8cdf.txt 读取与抽取", "004_f903e5746c6a8cdf.txt 审核", "004_f903e5746c6a8cdf.txt 入库与索引"),
        told.stream().filter(t -> t.startsWith("004")).toList());
    assertEquals(List.of("notes.txt 读取与抽取"), told.stream().filter(t -> t.startsWith("notes")).toList(),
        "a file that is no report never reaches the audit");
  }

  @Test
  void storesAndIndexesTheReportsAndCountsTheRest() throws Exception {
    Path broken = Files.write(tmp.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "会议纪要\n今天讨论了下周的工作安排。\n", StandardCharsets.UTF_8);
    Path r003 = sample("003_9702beb4dfdda539.docx");
    Path r004 = sample("004_f903e5746c6a8cdf.txt");
    Path data = tmp.resolve("data");

    ImportJob.Summary s = new ImportJob(data, Limits.defaults(), 2, true)
        .run(List.of(r003, broken, notes, r004), new PrintWriter(err, true));

    assertEquals(new BatchCounts(4, 2), s.counts().batch(), err.toString());
    List<String> lines = err.toString().lines().toList();
    assertEquals(4, lines.size(), err.toString());
    assertTrue(lines.get(1).startsWith("[2/4] broken.pdf: 失败 CORRUPT"), lines.get(1));
    assertEquals("[3/4] notes.txt: 失败 NOT_A_REPORT：notes.txt: not a performance-evaluation report"
        + " (no indicator rows, total, budget or department found)", lines.get(2));
    assertTrue(lines.get(3).startsWith("[4/4] 004_f903e5746c6a8cdf.txt: 30 行指标，总分 "), lines.get(3));

    ReportStore store = new ReportStore(data);
    List<Path> stored = store.files();
    assertEquals(2, stored.size());
    long rows = 0;
    int errors = 0;
    for (Path p : stored) {
      StoredReport r = store.load(p);
      assertEquals(r.report().fileSha256() + ".json", p.getFileName().toString());
      assertTrue(r.sourcePath().endsWith(r.report().sourceFile()), r.sourcePath());
      rows += r.report().indicators().size();
      errors += (int) r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }
    assertEquals(rows, s.rows());
    assertEquals(errors, s.findings().get(Severity.ERROR));
    assertTrue(errors > 0, "004 prints two wrong formulas");
    try (ReportSearcher searcher = ReportSearcher.open(data.resolve("index"))) {
      assertEquals(2, searcher.reportCount());
      assertEquals(rows, searcher.rowCount());
    }
  }

  @Test
  void withoutIndexOnlyStoresAndAllFailedIsAllCounted() throws Exception {
    Path data = tmp.resolve("data");
    ImportJob.Summary s = new ImportJob(data, Limits.defaults(), 1, false)
        .run(List.of(sample("002_85bada5a1e1f1378.html")), new PrintWriter(err, true));
    assertEquals(new BatchCounts(1, 0), s.counts().batch(), err.toString());
    assertEquals(1, new ReportStore(data).files().size());
    assertFalse(Files.exists(data.resolve("index")), "--no-index writes no index");

    Path empty = Files.write(tmp.resolve("empty.docx"), new byte[0]);
    ImportJob.Summary none = new ImportJob(data, Limits.defaults(), 1, false).run(List.of(empty), new PrintWriter(err, true));
    assertEquals(new BatchCounts(1, 1), none.counts().batch());
    assertEquals(0, none.rows());
    assertEquals(1, new ReportStore(data).files().size(), "earlier reports stay");
  }

  @Test
  void aStoppedImportCommitsWhatItStoredAndCountsWhatItDidNotReach() throws Exception {
    // Ctrl-C: stop() once the second file is being stored; the third and fourth are never ended
    Path data = tmp.resolve("data");
    Files.createDirectories(data.resolve("reports"));
    Path leftover = Files.writeString(data.resolve("reports").resolve(".abc.json123.tmp"), ""); // a killed run's half entry
    List<Path> files = List.of(sample("003_9702beb4dfdda539.docx"), sample("004_f903e5746c6a8cdf.txt"),
        sample("001_2d77b94fcc42edf7.docx"), sample("002_85bada5a1e1f1378.docx"));
    ImportJob job = new ImportJob(data, Limits.defaults(), 1, true);
    job.stages((file, stage) -> {
      if (file.getFileName().toString().startsWith("004") && stage.startsWith("入库")) {
        job.stop();
      }
    });
    ImportJob.Summary s = job.run(files, new PrintWriter(err, true));
    assertEquals(2, s.counts().seen(), err.toString());
    assertEquals(2, s.notReached());
    assertEquals(2, Files.readAllLines(s.manifest()).size(), "a manifest line per file ended");
    assertFalse(Files.exists(leftover), "the leftover is removed under the lock");
    try (ReportSearcher searcher = ReportSearcher.open(data.resolve("index"))) {
      assertEquals(2, searcher.reportCount(), "what was stored is committed to the index");
    }
    // the next run goes on where the stopped one ended
    ImportJob.Summary next = new ImportJob(data, Limits.defaults(), 1, true).run(files, new PrintWriter(err, true));
    assertEquals(new ImportCounts(2, 2, 0, 0, 0, java.util.Map.of()), next.counts(), err.toString());
    assertEquals(0, next.notReached());
  }
}
