package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The index, search, compare and stats verbs over the gold reports, and their error exits. */
class IndexVerbsTest extends CliRun {
  @TempDir Path tmp;
  Path index;

  static Path gold() {
    return Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
  }

  @BeforeEach
  void indexGold() {
    index = tmp.resolve("idx");
    assertEquals(ExitCodes.OK, run("index", gold().toString(), "--index", index.toString()), err.toString());
    assertTrue(out.toString().contains("已索引 5 份报告"), out.toString());
  }

  @Test
  void reindexingKeepsCounts() {
    assertEquals(ExitCodes.OK, run("index", gold().toString(), "--index", index.toString()));
    assertTrue(out.toString().contains("索引共有 5 份报告、227 行指标"), out.toString());
  }

  @Test
  void searchPrintsTableAndJson() {
    assertEquals(ExitCodes.OK, run("search", "预算执行率", "--index", index.toString(), "--facets"));
    assertTrue(out.toString().contains("«预算执行率»"), out.toString());
    assertTrue(out.toString().contains("province:"), out.toString());
    assertEquals(ExitCodes.OK, run("search", "执行率", "--province", "江苏省", "--json", "--index", index.toString()));
    assertTrue(out.toString().contains("\"province\" : \"江苏省\""), out.toString());
    assertFalse(out.toString().contains("\"province\" : \"湖北省\""), out.toString());
    assertEquals(ExitCodes.OK, run("search", "--reports", "--level", "县级", "--index", index.toString()));
    assertTrue(out.toString().startsWith("匹配 2 份报告"), out.toString());
  }

  @Test
  void filtersTakeTheNamesPeopleTypeAndSayWhatTheyRead() {
    assertEquals(ExitCodes.OK, run("search", "--reports", "--province", "江苏省", "--json", "--index", index.toString()));
    String full = out.toString();
    assertEquals(ExitCodes.OK, run("search", "--reports", "--province", "江苏", "--json", "--index", index.toString()));
    assertEquals(full, out.toString(), "江苏 is 江苏省");
    assertTrue(err.toString().contains("--province 江苏 按 江苏省 筛选"), err.toString());
    assertEquals(ExitCodes.OK, run("search", "--reports", "--department", "江苏省政务服务管理办公室", "--index", index.toString()));
    assertTrue(out.toString().startsWith("匹配 1 份报告"), out.toString() + err);
    assertEquals(ExitCodes.OK, run("search", "--reports", "--province", "江酥", "--index", index.toString()));
    assertTrue(out.toString().startsWith("匹配 0 份报告"), out.toString());
    assertTrue(err.toString().contains("在索引中没有；最接近的：江苏省"), err.toString());
    assertEquals(ExitCodes.OK, run("search", "--reports", "--grade", "优秀", "--index", index.toString()));
    String excellent = out.toString();
    assertEquals(ExitCodes.OK, run("search", "--reports", "--grade", "优", "--index", index.toString()));
    assertEquals(out.toString(), excellent);
    assertFalse(excellent.startsWith("匹配 0 "), excellent);
    // every rate in percent: 100 is a full score, as --min-execution's 90 is 90%
    assertEquals(ExitCodes.OK, run("search", "--min-rate", "100", "--index", index.toString()));
    assertFalse(out.toString().startsWith("匹配 0 "), out.toString());
    assertEquals(ExitCodes.OK, run("search", "--min-rate", "100.5", "--index", index.toString()));
    assertTrue(out.toString().startsWith("匹配 0 "), out.toString());
  }

  @Test
  void aQueryWhoseSyntaxIsBrokenIsReadAndSaidSo() {
    assertEquals(ExitCodes.OK, run("search", "预算执行率", "AND", "--index", index.toString()));
    assertTrue(out.toString().contains("«预算执行率»"), out.toString());
    assertTrue(err.toString().contains("查询语法"), err.toString());
  }

  @Test
  void compareWritesCsvAndXlsx() throws IOException {
    Path csv = tmp.resolve("c.csv");
    assertEquals(ExitCodes.OK, run("compare", "预算执行率", "--csv", csv.toString(), "--index", index.toString()));
    assertTrue(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).startsWith("\uFEFF部门"));
    Path xlsx = tmp.resolve("c.xlsx");
    assertEquals(ExitCodes.OK, run("compare", "预算执行率", "--xlsx", xlsx.toString(), "--sort", "score-rate", "--index", index.toString()));
    assertTrue(Files.size(xlsx) > 0);
    assertEquals(ExitCodes.OK, run("compare", "预算执行率", "--index", index.toString()));
    assertTrue(out.toString().contains("预算执行率：2 行"), out.toString());
  }

  @Test
  void statsCountsFacets() {
    assertEquals(ExitCodes.OK, run("stats", "--index", index.toString()));
    assertTrue(out.toString().startsWith("5 份报告，227 行指标"), out.toString());
  }

  @Test
  void errorExits() throws IOException {
    Path missing = tmp.resolve("none");
    assertEquals(ExitCodes.FAILURE, run("search", "x", "--index", missing.toString()));
    assertTrue(err.toString().contains("no index at"), err.toString());
    assertEquals(ExitCodes.USAGE, run("compare", "预算执行率", "--sort", "colour", "--index", index.toString()));
    assertEquals(ExitCodes.USAGE, run("compare", "预算执行率", "--csv", "a.csv", "--json", "--index", index.toString()));
    assertEquals(ExitCodes.USAGE, run("search", "x", "--level", "planet", "--index", index.toString()));
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"nope\": 1}");
    assertEquals(ExitCodes.SOME_FILES_FAILED,
        run("index", bad.toString(), gold().resolve("000_0ace20d031349de2.json").toString(), "--index", index.toString()));
    assertEquals(ExitCodes.FAILURE, run("index", bad.toString(), "--index", index.toString()));
    assertEquals(ExitCodes.USAGE, run("bench", "index", "--reports", "0"));
  }
}
