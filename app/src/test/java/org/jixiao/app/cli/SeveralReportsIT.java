package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that holds several project reports (held-out h18: three 项目支出绩效自评表 in one DOCX), end
 * to end: extract prints an array, import stores and indexes one entry per report, compare and
 * stats list each project as its own report, audit names the report a finding belongs to.
 */
class SeveralReportsIT extends CliRun {
  @TempDir Path tmp;

  static Path h18() {
    return Path.of(System.getProperty("jixiao.heldout", "../corpus-heldout"), "h18_anfu_xiangmu.docx");
  }

  @Test
  void extractPrintsOneReportPerProject() {
    assertEquals(ExitCodes.OK, run("extract", "--json", h18().toString()));
    Report[] reports = Json.read(out.toString(), Report[].class);
    assertEquals(3, reports.length);
    for (int i = 0; i < 3; i++) {
      assertNotNull(reports[i].part());
      assertEquals(i + 1, reports[i].part().index());
      assertEquals(3, reports[i].part().count());
      assertNotNull(reports[i].project());
    }
    assertEquals(3, Stream.of(reports).map(Report::department).distinct().count(), "each project its own 主管部门");
  }

  @Test
  void importStoresEachReportAndCompareListsEachProject() throws IOException {
    Path data = tmp.resolve("data");
    assertEquals(ExitCodes.OK, run("import", h18().toString(), "--data", data.toString()));
    List<Path> stored;
    try (Stream<Path> s = Files.list(data.resolve("reports"))) {
      stored = s.sorted().toList();
    }
    assertEquals(3, stored.size(), stored.toString());
    String sha = Json.read(stored.get(0), StoredReport.class).report().fileSha256();
    assertTrue(stored.stream().anyMatch(p -> p.getFileName().toString().equals(sha + "-3.json")), stored.toString());

    assertEquals(ExitCodes.OK, run("compare", "年度资金总额", "--index", data.resolve("index").toString()));
    assertTrue(out.toString().contains("：3 行"), out.toString());
    assertEquals(ExitCodes.OK, run("search", "城乡居民基本医疗保险", "--reports", "--index", data.resolve("index").toString()));
    assertTrue(out.toString().contains("安福县医疗保障局"), "a project report is found by its 项目名称: " + out);
    assertEquals(ExitCodes.OK, run("stats", "--index", data.resolve("index").toString()));
    assertTrue(out.toString().contains("3 份报告"), out.toString());

    assertEquals(ExitCodes.OK, run("import", h18().toString(), "--data", data.toString()));
    try (Stream<Path> s = Files.list(data.resolve("reports"))) {
      assertEquals(3, s.count(), "re-import replaces every part");
    }
  }

  @Test
  void auditNamesTheReportOfEachFinding() {
    assertEquals(ExitCodes.OK, run("audit", "--json", h18().toString()));
    List<Finding> findings = Json.read(out.toString(), AuditJson.class).findings();
    assertTrue(findings.stream().allMatch(f -> f.file().matches("h18_anfu_xiangmu\\.docx#[123]")), out.toString());
  }
}
