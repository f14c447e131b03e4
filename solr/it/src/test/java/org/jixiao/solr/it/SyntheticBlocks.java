package org.jixiao.solr.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrInputDocument;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Budget;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportKind;
import org.jixiao.schema.StoredReport;
import org.jixiao.solrclient.SolrDocuments;
import org.jixiao.text.number.Numbers;

/**
 * 合成报告 for the Solr benchmark: report {@code i} of seed {@code s} is always the same report, sent as the block the
 * client makes of it ({@link SolrDocuments}, as an import sends it). Made the way the embedded index's {@code SyntheticReports}
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

  /**
   * Report {@code i}'s block, made by the client's own mapping ({@link SolrDocuments}) from the entry an import stores,
   * so the block carries the entry's JSON as an import's does.
   */
  SolrInputDocument report(int i) {
    Report r = synthetic(i);
    return SolrDocuments.block(new StoredReport(r, List.of(), "/data/in/" + r.sourceFile(), "2026-12-05T06:00:00Z"));
  }

  /** Report {@code i} as jixiao's record, what an import would send. */
  Report synthetic(int i) {
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
    String province = pick(rnd, "province");
    int level = rnd.nextInt(3);
    String place = switch (level) {
      case 0 -> province;
      case 1 -> pick(rnd, "city");
      default -> pick(rnd, "county");
    };
    AdminLevel adminLevel = AdminLevel.values()[level];
    String department = place + pick(rnd, "agency");
    int year = 2019 + rnd.nextInt(6);
    boolean thirdParty = rnd.nextInt(5) == 0;
    int n = Math.max(15, Math.min(120, (int) Math.round(60 + rnd.nextDouble(-1, 1) * 30)));
    double totalScore = round2(60 + rnd.nextInt(4000) / 100.0);
    GradeLevel grade = totalScore >= 90 ? GradeLevel.EXCELLENT : totalScore >= 80 ? GradeLevel.GOOD
        : totalScore >= 60 ? GradeLevel.FAIR : GradeLevel.POOR;
    double executionRate = round2(60 + rnd.nextInt(4000) / 100.0);
    String id = String.format(Locale.ROOT, "synthetic-%d-%07d.json", seed, i);
    String title = year + "年度" + department + "部门整体支出绩效自评报告";
    String evaluator = thirdParty ? place + "会计师事务所" : null;
    List<IndicatorRow> rows = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      String[] row = rnd.nextInt(10) < 7 ? fromTemplate(rnd) : composed(rnd);
      BigDecimal weight = row[5] == null ? null : Numbers.first(row[5]).orElse(null);
      BigDecimal score = weight == null || rnd.nextInt(50) == 0 ? null
          : weight.multiply(BigDecimal.valueOf(rnd.nextInt(70, 101))).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
      rows.add(new IndicatorRow(null, null, row[0], row[1], row[2], row[3], row[4], weight, score, null, null, null, null,
          null, null, null, Map.of(), List.of()));
    }
    Budget budget = new Budget(null, null, null, BigDecimal.valueOf(executionRate), null, null, null, null, Map.of());
    return new Report(id, department, year, adminLevel, province,
        thirdParty ? ReportKind.THIRD_PARTY_EVALUATION : ReportKind.SELF_EVALUATION, evaluator,
        BigDecimal.valueOf(totalScore), BigDecimal.valueOf(100), grade, budget, List.of(), rows, title, null, null, null,
        Map.of(), List.of(), null, null);
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
