package org.jixiao.solr.it;

import static org.jixiao.solr.it.GoldReports.add;
import static org.jixiao.solr.it.GoldReports.join;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrInputDocument;

/**
 * 合成报告 for the Solr benchmark: report {@code i} of seed {@code s} is always the same block (a report document and
 * its row children, the fields {@link GoldReports} gives). Made the way the embedded index's {@code SyntheticReports}
 * makes them, from the same two files of the index module (read as files: this module must not depend on index):
 * about 60 rows a report, 70 % the five gold reports' real rows (name, target, weight; actual value and score
 * redrawn), 30 % composed from real object and measure words (电子证照 + 及时率); departments from real places and
 * agency names; years 2019–2024. Not the same reports as the embedded benchmark's draw for draw (no shared code), the
 * same kind and sizes.
 */
final class SyntheticBlocks {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private final long seed;
  private final List<String[]> templates = new ArrayList<>();
  private final Map<String, List<String>> words = new HashMap<>();

  /** @param dir the directory of indicator-rows.tsv and vocabulary.txt (index/src/main/resources/.../bench) */
  SyntheticBlocks(Path dir, long seed) throws IOException {
    this.seed = seed;
    for (String line : lines(dir.resolve("indicator-rows.tsv"))) {
      templates.add(line.split("\t", -1));
    }
    String section = "";
    for (String line : lines(dir.resolve("vocabulary.txt"))) {
      if (line.startsWith("[")) {
        section = line.substring(1, line.length() - 1);
      } else {
        words.computeIfAbsent(section, k -> new ArrayList<>()).add(line);
      }
    }
  }

  /** The real indicator names the rows draw from. */
  List<String> templateNames() {
    return templates.stream().map(t -> t[2]).distinct().toList();
  }

  List<String> words(String section) {
    return List.copyOf(words.getOrDefault(section, List.of()));
  }

  SolrInputDocument report(int i) {
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
    String province = pick(rnd, "province");
    int level = rnd.nextInt(3);
    String place = switch (level) {
      case 0 -> province;
      case 1 -> pick(rnd, "city");
      default -> pick(rnd, "county");
    };
    String adminLevel = List.of("PROVINCIAL", "PREFECTURAL", "COUNTY").get(level);
    String department = place + pick(rnd, "agency");
    int year = 2019 + rnd.nextInt(6);
    boolean thirdParty = rnd.nextInt(5) == 0;
    int n = Math.max(15, Math.min(120, (int) Math.round(60 + rnd.nextDouble(-1, 1) * 30)));
    double totalScore = round2(60 + rnd.nextInt(4000) / 100.0);
    String grade = totalScore >= 90 ? "优" : totalScore >= 80 ? "良" : totalScore >= 60 ? "中" : "差";
    double executionRate = round2(60 + rnd.nextInt(4000) / 100.0);
    String id = String.format(Locale.ROOT, "synthetic-%d-%07d.json", seed, i);
    String title = year + "年度" + department + "部门整体支出绩效自评报告";
    String evaluator = thirdParty ? place + "会计师事务所" : null;

    Identity who = new Identity(id, department, province, adminLevel, year,
        thirdParty ? "THIRD_PARTY_EVALUATION" : "SELF_EVALUATION", grade, totalScore, executionRate);
    SolrInputDocument doc = who.doc("report", id);
    add(doc, "evaluator", evaluator);
    add(doc, "title", title);
    doc.addField("maxScore", 100.0);
    add(doc, "rname", join(" ", department, title, evaluator));
    StringBuilder lines = new StringBuilder();
    Set<String> level1 = new LinkedHashSet<>();
    List<SolrInputDocument> rows = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      String[] row = rnd.nextInt(10) < 7 ? fromTemplate(rnd) : composed(rnd);
      rows.add(row(who, r, row, rnd));
      lines.append(join(" ", row[0], row[1], row[2], row[3], row[4])).append('\n');
      if (row[0] != null) {
        level1.add(row[0]);
      }
    }
    doc.addField("indicatorCount", n);
    doc.addField("lines", lines.toString());
    level1.forEach(l -> doc.addField("level1", l));
    doc.setField("rows", rows);
    return doc;
  }

  /** level1, level2, level3, target, actual, weight (null where not stated). */
  private String[] fromTemplate(SplittableRandom rnd) {
    String[] t = templates.get(rnd.nextInt(templates.size()));
    return new String[] {blank(t[0]), blank(t[1]), t[2], blank(t[3]), blank(vary(rnd, t[4])), blank(t[5])};
  }

  private String[] composed(SplittableRandom rnd) {
    String measure = pick(rnd, "measure");
    String name = pick(rnd, "object") + measure;
    boolean rate = measure.endsWith("率") || measure.equals("满意度");
    String target = rate ? "≥" + (80 + rnd.nextInt(21)) + "%" : "≥" + (10 + rnd.nextInt(990)) + "件";
    String actual = rate ? (70 + rnd.nextInt(3100) / 100.0) + "%" : (rnd.nextInt(3000) / 100.0) + "万件";
    String[] level1 = {"产出指标", "效益指标", "满意度指标"};
    String[] level2 = {"数量指标", "质量指标", "时效指标", "社会效益指标"};
    return new String[] {level1[rnd.nextInt(3)], level2[rnd.nextInt(4)], name, target, actual,
        String.valueOf(1 + rnd.nextInt(10) / 2.0)};
  }

  private static SolrInputDocument row(Identity who, int index, String[] r, SplittableRandom rnd) {
    SolrInputDocument doc = who.doc("row", who.id + "/" + index);
    doc.addField("rowIndex", index);
    add(doc, "level1", r[0]);
    add(doc, "level2", r[1]);
    add(doc, "level3", r[2]);
    add(doc, "target", r[3]);
    add(doc, "actual", r[4]);
    Double weight = r[5] == null ? null : parseOrNull(r[5]);
    Double score = weight == null || rnd.nextInt(50) == 0 ? null : round2(weight * rnd.nextInt(70, 101) / 100.0);
    add(doc, "weight", weight);
    add(doc, "score", score);
    add(doc, "scoreRate", weight == null || score == null || weight <= 0 ? null : score / weight);
    add(doc, "name", r[2]);
    add(doc, "body", join("\n", r[0], r[1], r[3], r[4]));
    return doc;
  }

  /** What a report and each of its rows carry, as in GoldReports. */
  private record Identity(String id, String department, String province, String adminLevel, int year, String kind,
      String grade, double totalScore, double executionRate) {
    SolrInputDocument doc(String type, String docId) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField("id", docId);
      doc.addField("type", type);
      doc.addField("reportId", id);
      doc.addField("sourceFile", id);
      doc.addField("department", department);
      doc.addField("province", province);
      doc.addField("adminLevel", adminLevel);
      doc.addField("reportKind", kind);
      doc.addField("grade", grade);
      doc.addField("fiscalYear", year);
      doc.addField("totalScore", totalScore);
      doc.addField("executionRate", executionRate);
      return doc;
    }
  }

  /** A fresh first number in the same printed form: 96.12% → 93.40%, 200万件 → 181万件; words stay. */
  private static String vary(SplittableRandom rnd, String actual) {
    Matcher m = NUMBER.matcher(actual);
    if (!m.find()) {
      return actual;
    }
    double v = Double.parseDouble(m.group()) * rnd.nextDouble(0.7, 1.1);
    String number = m.group().contains(".") ? String.format(Locale.ROOT, "%.2f", v) : Long.toString(Math.round(v));
    return actual.substring(0, m.start()) + number + actual.substring(m.end());
  }

  private static Double parseOrNull(String s) {
    try {
      return Double.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private String pick(SplittableRandom rnd, String section) {
    List<String> list = words.get(section);
    return list.get(rnd.nextInt(list.size()));
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }
}
