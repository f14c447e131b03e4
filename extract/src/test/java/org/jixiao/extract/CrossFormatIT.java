package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.extract.eval.GoldComparator;
import org.jixiao.extract.eval.GoldSet;
import org.jixiao.extract.testing.JsonDiff;
import org.jixiao.extract.testing.Samples;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same report rendered as DOCX, XLSX and HTML (and as TXT where the text's indicator F1 against
 * gold is 1.0: the published text loses table structure the others keep) gives the same indicator
 * rows and the same report fields once provenance is stripped. Formats without an installed reader
 * are left out; a stem with fewer than two readable renderings is skipped.
 */
class CrossFormatIT {
  private static final List<String> STRUCTURED = List.of("docx", "xlsx", "html");
  private static final List<String> ROW_FIELDS =
      List.of("goal", "code", "level1", "level2", "level3", "target", "actual", "weight", "score");
  private static final List<String> REPORT_FIELDS = List.of("department", "fiscalYear", "adminLevel", "province",
      "reportKind", "evaluator", "totalScore", "maxScore", "grade", "budget", "sections", "indicators");
  /**
   * Renderings known to differ from the others, and why; each is shown by a disabled test below
   * and comes back into the comparison when its entry is removed.
   */
  private static final Map<String, String> KNOWN_GAPS = Map.of(
      "003_9702beb4dfdda539.txt", "the text's one-cell-per-line tables lose merges: a header cell spanning "
          + "three columns (基本支出) comes back as one, and the blank cells of a row push the next row's cells right");

  static Stream<String> stems() {
    return Samples.all().stream().map(p -> GoldSet.stem(p.getFileName().toString())).distinct();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stems")
  void everyRenderingGivesTheSameReport(String stem) {
    Map<String, JsonNode> renderings = new LinkedHashMap<>();
    List<String> left = new ArrayList<>();
    for (Path p : Samples.all()) {
      String ext = Samples.extension(p);
      if (!GoldSet.stem(p.getFileName().toString()).equals(stem) || !(STRUCTURED.contains(ext) || ext.equals("txt"))) {
        continue;
      }
      if (!Samples.readable(p)) {
        left.add(p.getFileName() + " (no reader)");
        continue;
      }
      if (KNOWN_GAPS.containsKey(p.getFileName().toString())) {
        left.add(p.getFileName() + " (known gap: see KNOWN_GAPS)");
        continue;
      }
      if (ext.equals("txt") && !perfectRows(p)) {
        left.add(p.getFileName() + " (text F1 below 1.0)");
        continue;
      }
      renderings.put(p.getFileName().toString(), comparable(Samples.extract(p)));
    }
    Assumptions.assumeTrue(renderings.size() >= 2, () -> stem + ": fewer than two comparable renderings; left out " + left);
    var it = renderings.entrySet().iterator();
    var reference = it.next();
    StringBuilder failures = new StringBuilder();
    while (it.hasNext()) {
      var other = it.next();
      List<String> diffs = JsonDiff.diff(reference.getValue(), other.getValue());
      if (!diffs.isEmpty()) {
        failures.append(other.getKey()).append(" vs ").append(reference.getKey()).append(": ")
            .append(JsonDiff.summary(diffs, 40));
      }
    }
    System.out.println(stem + ": compared " + renderings.keySet() + (left.isEmpty() ? "" : ", left out " + left));
    assertTrue(failures.isEmpty(), failures::toString);
  }

  /**
   * 003 as published text: its F1 is 1.0, yet two budget fields and the level1/level2 of five rows
   * differ from the DOCX. The text reader rebuilds 表 2-2 with 基本支出 over one column instead of
   * three (so basicBudget and projectBudget are not found), and in the appendix table the blank
   * 评价标准/得分 cells of C11 shift its last cells into the first columns of C12…C22, which are then
   * read as their 一级/二级指标 ("5", "①占权重分的20%…").
   */
  @Test
  @Disabled("bug (ingest text reader): 003 .txt tables lose merges and shift cells into the next row; level1/level2 and basic/project budget differ from the DOCX")
  void textOf003GivesTheSameReportAsItsDocx() {
    Path docx = Samples.dir().resolve("003_9702beb4dfdda539.docx");
    Path txt = Samples.dir().resolve("003_9702beb4dfdda539.txt");
    List<String> diffs = JsonDiff.diff(comparable(Samples.extract(docx)), comparable(Samples.extract(txt)));
    assertTrue(diffs.isEmpty(), () -> JsonDiff.summary(diffs, 40));
  }

  private static boolean perfectRows(Path txt) {
    Report gold = Samples.goldFor(txt).orElse(null);
    return gold != null && new GoldComparator().compare(txt.getFileName().toString(), gold, Samples.extract(txt)).f1() == 1.0;
  }

  /** The report's gold fields only: rows reduced to their nine printed fields, budget without evidence, sections without source. */
  static JsonNode comparable(Report r) {
    ObjectNode full = Json.mapper().valueToTree(r);
    ObjectNode out = Json.mapper().createObjectNode();
    for (String f : REPORT_FIELDS) {
      out.set(f, full.get(f));
    }
    if (out.get("budget") instanceof ObjectNode b) {
      b.remove("evidence");
    }
    for (JsonNode s : (ArrayNode) out.get("sections")) {
      ((ObjectNode) s).retain("name", "weight", "score");
    }
    for (JsonNode row : (ArrayNode) out.get("indicators")) {
      ((ObjectNode) row).retain(ROW_FIELDS);
    }
    return out;
  }
}
