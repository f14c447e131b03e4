package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-reading verbs end to end on the real samples: import, extract, audit, eval, inspect, and their error exits. */
class PipelineVerbsIT extends CliRun {
  @TempDir Path tmp;

  static Path samples() {
    return Path.of(System.getProperty("jixiao.samples", "../corpus-samples"));
  }

  static Path sample(String name) {
    return samples().resolve(name);
  }

  @Test
  void importStoresEveryGoodFileReportsTheBadOneAndReimportReplaces() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(sample("004_f903e5746c6a8cdf.docx"), in.resolve("004.docx"));
    Files.copy(sample("002_85bada5a1e1f1378.html"), in.resolve("002.html"));
    Files.write(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
    Files.writeString(in.resolve("notes.txt"), "会议纪要\n今天讨论了下周的工作安排。\n", StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");

    assertEquals(ExitCodes.SOME_FILES_FAILED, run("import", in.toString(), "--data", data.toString(), "--threads", "2"));
    assertTrue(err.toString().contains("broken.pdf: 失败 CORRUPT"), err.toString());
    assertTrue(err.toString().contains("notes.txt: not a performance-evaluation report"), err.toString());
    assertTrue(out.toString().contains("共 4 个文件：导入 2，未变 0，重复 0，其他格式 0，非报告 1，失败 1（CORRUPT 1）"), out.toString());
    List<Path> stored = list(data.resolve("reports"));
    assertEquals(2, stored.size());
    StoredReport r004 = stored.stream().map(PipelineVerbsIT::load)
        .filter(s -> s.report().sourceFile().equals("004.docx")).findFirst().orElseThrow();
    assertEquals(30, r004.report().indicators().size());
    assertTrue(r004.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR), "findings stored with the report");

    // a stored report given to audit shows its import's findings, not "no findings" from reading the JSON as text
    Path stored004 = stored.stream().filter(p -> load(p).report().sourceFile().equals("004.docx")).findFirst().orElseThrow();
    assertEquals(ExitCodes.OK, run("audit", "--json", stored004.toString()));
    assertEquals(r004.findings(), Json.read(out.toString(), AuditJson.class).findings());
    assertTrue(err.toString().contains("stored report of"), err.toString());
    assertEquals(ExitCodes.FINDINGS, run("audit", "--fail-on", "error", stored004.toString()));
    assertEquals(ExitCodes.USAGE, run("audit", "--fail-on", "info", stored004.toString()));

    // the findings verb lists what import stored, across reports, filtered
    long errors = stored.stream().map(PipelineVerbsIT::load).flatMap(x -> x.findings().stream())
        .filter(f -> f.severity() == Severity.ERROR).count();
    assertEquals(ExitCodes.OK, run("findings", "--data", data.toString(), "--severity", "error", "--json"));
    assertEquals(errors, Json.read(out.toString(), com.fasterxml.jackson.databind.JsonNode.class).size());
    assertEquals(ExitCodes.OK, run("findings", "--data", data.toString(), "--province", "天津"));
    assertTrue(out.toString().contains("2 份已存报告中，问题"), out.toString());
    assertTrue(err.toString().contains("--province 天津 按 天津市 筛选"), err.toString());
    assertTrue(out.toString().contains("天津市人民政府政务服务办公室") && !out.toString().contains(r004.report().department()), out.toString());
    Path csv = tmp.resolve("findings.csv");
    assertEquals(ExitCodes.OK, run("findings", "--data", data.toString(), "--csv", csv.toString()));
    assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("\uFEFF部门 department,"));
    Path xlsx = tmp.resolve("findings.xlsx");
    assertEquals(ExitCodes.OK, run("findings", "--data", data.toString(), "--xlsx", xlsx.toString(), "--check", "ARITHMETIC"));
    assertTrue(Files.size(xlsx) > 0);
    assertEquals(ExitCodes.USAGE, run("findings", "--data", data.toString(), "--severity", "fatal"));
    assertEquals(ExitCodes.USAGE, run("findings", "--data", data.toString(), "--check", "NO_SUCH"));
    assertEquals(ExitCodes.FAILURE, run("findings", "--data", tmp.resolve("nothing").toString()));

    // an index rebuilt from the store carries the findings import made (the web page's findings read the index)
    Path rebuilt = tmp.resolve("rebuilt");
    assertEquals(ExitCodes.OK, run("index", data.resolve("reports").toString(), "--index", rebuilt.toString()));
    try (var imported = org.jixiao.index.ReportSearcher.open(data.resolve("index"));
        var again = org.jixiao.index.ReportSearcher.open(rebuilt)) {
      var all = org.jixiao.search.FindingQuery.all();
      long storedFindings = stored.stream().map(PipelineVerbsIT::load).mapToLong(x -> x.findings().size()).sum();
      assertEquals(storedFindings, imported.findings(all).total());
      assertEquals(imported.findings(all).bySeverity(), again.findings(all).bySeverity());
      assertEquals(imported.findings(all).byCheck(), again.findings(all).byCheck());
    }

    assertEquals(ExitCodes.OK, run("import", in.resolve("004.docx").toString(), "--data", data.toString()));
    assertEquals(2, list(data.resolve("reports")).size(), "the same file again is one entry");
    assertTrue(out.toString().contains("未变 1"), out.toString());
    // read again in this process (--in-process) instead of a parse worker: the same entry, rewritten
    assertEquals(ExitCodes.OK, run("import", "--reread", "--in-process", in.resolve("004.docx").toString(), "--data", data.toString()));
    assertTrue(out.toString().contains("导入 1，未变 0"), out.toString());
    assertEquals(ExitCodes.OK, run("stats", "--data", data.toString()));
    assertTrue(out.toString().contains("2 份报告"), out.toString());
  }

  @Test
  void aSecondImportIntoTheSameDataIsRefusedNamingTheLock() throws IOException {
    Path data = tmp.resolve("data");
    try (org.jixiao.app.batch.DataLock held = org.jixiao.app.batch.DataLock.acquire(data)) {
      assertEquals(ExitCodes.FAILURE, run("import", "--no-index", sample("004_f903e5746c6a8cdf.txt").toString(), "--data", data.toString()));
      assertTrue(err.toString().contains("another import is writing to " + data) && err.toString().contains(data.resolve("import.lock").toString()),
          err.toString());
    }
  }

  @Test
  void everyEntryOfAWalkedFolderIsMentionedAndNamesStayOnOneLine() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("walk"));
    Files.copy(sample("003_9702beb4dfdda539.docx"), in.resolve("two\nlines.docx"));
    Files.createSymbolicLink(in.resolve("gone.pdf"), tmp.resolve("missing.pdf"));
    Files.createSymbolicLink(in.resolve("loop"), in);
    assertEquals(ExitCodes.OK, run("import", in.toString(), "--data", tmp.resolve("data").toString()));
    String log = err.toString();
    assertTrue(log.contains("gone.pdf: skipped, a link to nothing"), log);
    assertTrue(log.contains("loop: skipped, a link to a folder, not followed"), log);
    assertTrue(log.contains("two\\nlines.docx: 30 行指标"), log);
    assertTrue(log.lines().noneMatch(l -> l.startsWith("lines.docx")), "a name with a newline does not split its line");
  }

  @Test
  void auditJsonNamesTheWrongFormulasOfReport004() {
    assertEquals(ExitCodes.OK, run("audit", "--json", sample("004_f903e5746c6a8cdf.docx").toString()));
    List<Finding> findings = Json.read(out.toString(), AuditJson.class).findings();
    // the report prints （2-3）/3*100%=-3.3% and 358/207*100%=17%; both are wrong
    assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && "-3.3%".equals(f.stated())
        && f.recomputed() != null && f.recomputed().startsWith("-33.3")), out.toString());
    assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && "17%".equals(f.stated())), out.toString());
  }

  @Test
  void benchAuditTimesEveryCheckOnTheReportsRead() {
    assertEquals(ExitCodes.OK, run("bench", "audit", "--rounds", "1", sample("004_f903e5746c6a8cdf.docx").toString()));
    // 004's wrong formulas are found in the warm-up round, as `audit` finds them
    assertTrue(out.toString().startsWith("audit of 1 reports ("), out.toString());
    assertTrue(!out.toString().contains("(0 findings)"), out.toString());
    for (CheckId id : List.of(CheckId.ARITHMETIC, CheckId.TOTAL_SCORE, CheckId.FIGURE_AGREEMENT)) {
      assertTrue(out.toString().contains("\n" + id.name() + " "), id + " in " + out);
    }
    assertEquals(ExitCodes.USAGE, run("bench", "audit", "--rounds", "0"));
  }

  @Test
  void auditOfAReconcilingReportHasNoSectionFinding() {
    assertEquals(ExitCodes.OK, run("audit", "--json", sample("003_9702beb4dfdda539.docx").toString()));
    List<Finding> findings = Json.read(out.toString(), AuditJson.class).findings();
    assertTrue(findings.stream().noneMatch(f -> f.check() == CheckId.SECTION_SUM || f.check() == CheckId.GRADE_BAND),
        "003's sections, total and grade 良 reconcile: " + out);
  }

  @Test
  void extractWritesOneJsonPerFileAndEvalMeetsTheGoal() throws IOException {
    Path outDir = tmp.resolve("out");
    assertEquals(ExitCodes.OK, run("extract", "--out", outDir.toString(), sample("002_85bada5a1e1f1378.pdf").toString()));
    Report[] reports = Json.read(outDir.resolve("002_85bada5a1e1f1378.pdf.json"), Report[].class);
    assertEquals(1, reports.length, "an array, one element per report in the file");
    Report r = reports[0];
    assertEquals(77, r.indicators().size());
    assertEquals("天津市人民政府政务服务办公室", r.department());

    // several files print one JSON array of all their reports, in file order
    assertEquals(ExitCodes.OK, run("extract", "--json", sample("003_9702beb4dfdda539.docx").toString(),
        sample("004_f903e5746c6a8cdf.docx").toString()));
    Report[] both = Json.read(out.toString(), Report[].class);
    assertEquals(List.of("003_9702beb4dfdda539.docx", "004_f903e5746c6a8cdf.docx"),
        java.util.Arrays.stream(both).map(Report::sourceFile).toList());

    Path gold = Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
    assertEquals(ExitCodes.OK, run("eval", "--gold", gold.toString(), "--quiet", sample("002_85bada5a1e1f1378.pdf").toString()));
    assertTrue(out.toString().contains("1.000"), out.toString());
    // a file that cannot be read scores as extracting nothing, never leaves the total
    Path broken = Files.write(tmp.resolve("004_f903e5746c6a8cdf.pdf"), "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
    assertEquals(ExitCodes.SOME_FILES_FAILED, run("eval", "--gold", gold.toString(), "--quiet",
        sample("002_85bada5a1e1f1378.pdf").toString(), broken.toString()));
    assertTrue(out.toString().contains("处理失败 (按无产出计分): 004_f903e5746c6a8cdf.pdf"), out.toString());
    String total = out.toString().lines().filter(l -> l.startsWith("TOTAL")).findFirst().orElseThrow();
    String[] cols = total.split("\\|");
    assertEquals("1.000", cols[4].strip(), total); // precision: what was read is right
    org.junit.jupiter.api.Assertions.assertNotEquals("1.000", cols[5].strip(), total); // recall: the unread file's rows are missed
  }

  @Test
  void inspectDrawsTablesAndFailsClearlyOnBadInput() throws IOException {
    assertEquals(ExitCodes.OK, run("inspect", sample("002_85bada5a1e1f1378.docx").toString()));
    assertTrue(out.toString().contains("三级指标"), out.toString());
    Path empty = Files.createFile(tmp.resolve("empty.docx"));
    assertEquals(ExitCodes.FAILURE, run("inspect", empty.toString()));
    assertTrue(err.toString().contains("EMPTY") && err.toString().contains("empty.docx"), err.toString());
    assertEquals(ExitCodes.USAGE, run("inspect"));
    // option values and folders that cannot be right: one line naming them, never a score of nothing
    assertEquals(ExitCodes.FAILURE, run("eval", "--gold", tmp.resolve("no-gold").toString(), sample("004_f903e5746c6a8cdf.docx").toString()));
    assertTrue(err.toString().contains("no gold folder"), err.toString());
    assertEquals(ExitCodes.FAILURE, run("eval", "--gold", tmp.toString(), sample("004_f903e5746c6a8cdf.docx").toString()));
    assertTrue(err.toString().contains("none of the files has gold"), err.toString());
    assertEquals(ExitCodes.FAILURE, run("eval", "--findings", tmp.resolve("none").toString(), sample("004_f903e5746c6a8cdf.docx").toString()));
    assertEquals(ExitCodes.USAGE, run("inspect", "--timeout", "0", sample("004_f903e5746c6a8cdf.docx").toString()));
    assertTrue(err.toString().contains("--timeout must be a positive number, not 0"), err.toString());
    assertEquals(ExitCodes.USAGE, run("import", sample("004_f903e5746c6a8cdf.docx").toString(), "--threads", "0",
        "--data", tmp.resolve("d").toString()));
    assertTrue(err.toString().contains("--threads must be 1 or more"), err.toString());
    assertEquals(ExitCodes.USAGE, run("import", sample("004_f903e5746c6a8cdf.docx").toString(), "--worker-heap", "32",
        "--data", tmp.resolve("d").toString()));
    assertTrue(err.toString().contains("--worker-heap must be 64 (MB) or more, not 32"), err.toString());
    assertEquals(ExitCodes.USAGE, run("no-such-verb"));
    assertEquals(ExitCodes.OK, run("generate-completion"));
    assertTrue(out.toString().contains("complete -F") && out.toString().contains("findings"), "a bash/zsh completion script naming the verbs");
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).toList();
    }
  }

  private static StoredReport load(Path p) {
    try {
      return Json.read(p, StoredReport.class);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
