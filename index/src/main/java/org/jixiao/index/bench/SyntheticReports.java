package org.jixiao.index.bench;

import org.jixiao.text.number.ValueParser;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.NumberMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Budget;
import org.jixiao.schema.Comparator;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportKind;
import org.jixiao.schema.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * 合成报告: deterministic synthetic normalized reports for the benchmark. Report {@code i} of seed
 * {@code s} is always the same. Rows are the gold reports' real rows (name, target form, weight)
 * with fresh actual values and scores, plus rows composed from real object and measure words
 * (电子证照 + 及时率), about 60 a report; departments are real places with real agency names.
 */
public final class SyntheticReports {

  private final long seed;
  private final List<String[]> templates = new ArrayList<>();
  private final Map<String, List<String>> words = new HashMap<>();

  public SyntheticReports(long seed) {
    this.seed = seed;
    for (String line : lines("indicator-rows.tsv")) {
      templates.add(line.split("\t", -1));
    }
    String section = "";
    for (String line : lines("vocabulary.txt")) {
      if (line.startsWith("[")) {
        section = line.substring(1, line.length() - 1);
      } else {
        words.computeIfAbsent(section, k -> new ArrayList<>()).add(line);
      }
    }
  }

  /** The real indicator names the reports draw from, for benchmark queries. */
  public List<String> templateNames() {
    return templates.stream().map(t -> t[2]).distinct().toList();
  }

  public List<String> words(String section) {
    return List.copyOf(words.getOrDefault(section, List.of()));
  }

  public Report report(int i) {
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
    String province = pick(rnd, "province");
    AdminLevel level = AdminLevel.values()[rnd.nextInt(3)];
    String place = switch (level) {
      case PROVINCIAL -> province;
      case PREFECTURAL -> pick(rnd, "city");
      case COUNTY -> pick(rnd, "county");
    };
    String department = place + pick(rnd, "agency");
    int year = 2019 + rnd.nextInt(6);
    ReportKind kind = rnd.nextInt(5) == 0 ? ReportKind.THIRD_PARTY_EVALUATION : ReportKind.SELF_EVALUATION;
    int n = Math.max(15, Math.min(120, (int) Math.round(60 + rnd.nextDouble(-1, 1) * 30)));
    List<IndicatorRow> rows = new ArrayList<>(n);
    BigDecimal total = BigDecimal.ZERO;
    for (int r = 0; r < n; r++) {
      IndicatorRow row = rnd.nextInt(10) < 7 ? fromTemplate(rnd) : composed(rnd);
      rows.add(row);
      total = total.add(row.score() == null ? BigDecimal.ZERO : row.score());
    }
    BigDecimal totalScore = BigDecimal.valueOf(60 + rnd.nextInt(4000) / 100.0).setScale(2, RoundingMode.HALF_UP);
    GradeLevel grade = totalScore.doubleValue() >= 90 ? GradeLevel.EXCELLENT : totalScore.doubleValue() >= 80
        ? GradeLevel.GOOD : totalScore.doubleValue() >= 60 ? GradeLevel.FAIR : GradeLevel.POOR;
    BigDecimal budget = BigDecimal.valueOf(100 + rnd.nextInt(2_000_000) / 100.0);
    BigDecimal rate = BigDecimal.valueOf(60 + rnd.nextInt(4000) / 100.0);
    Budget b = new Budget(null, budget, budget.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP), rate,
        null, null, null, null, Map.of());
    return new Report(
        String.format(java.util.Locale.ROOT, "synthetic-%d-%07d.json", seed, i), department, year, level, province, kind,
        kind == ReportKind.THIRD_PARTY_EVALUATION ? place + "会计师事务所" : null, totalScore, BigDecimal.valueOf(100),
        grade, b, List.of(), rows, year + "年度" + department + "部门整体支出绩效自评报告", null, null, "json",
        Map.of(), List.of(), null, null);
  }

  private IndicatorRow fromTemplate(SplittableRandom rnd) {
    String[] t = templates.get(rnd.nextInt(templates.size()));
    BigDecimal weight = t[5].isEmpty() ? null : Numbers.of(t[5]);
    String actual = vary(rnd, t[4]);
    return row(rnd, blankToNull(t[0]), blankToNull(t[1]), t[2], blankToNull(t[3]), blankToNull(actual), weight);
  }

  private IndicatorRow composed(SplittableRandom rnd) {
    String measure = pick(rnd, "measure");
    String name = pick(rnd, "object") + measure;
    boolean rate = measure.endsWith("率") || measure.equals("满意度");
    String target = rate ? "≥" + (80 + rnd.nextInt(21)) + "%" : "≥" + (10 + rnd.nextInt(990)) + "件";
    String actual = rate ? (70 + rnd.nextInt(3100) / 100.0) + "%" : (rnd.nextInt(3000) / 100.0) + "万件";
    String[] level1 = {"产出指标", "效益指标", "满意度指标"};
    String[] level2 = {"数量指标", "质量指标", "时效指标", "社会效益指标"};
    return row(rnd, level1[rnd.nextInt(3)], level2[rnd.nextInt(4)], name, target, actual,
        BigDecimal.valueOf(1 + rnd.nextInt(10) / 2.0));
  }

  private static IndicatorRow row(SplittableRandom rnd, @Nullable String l1, @Nullable String l2, String l3,
      @Nullable String target, @Nullable String actual, @Nullable BigDecimal weight) {
    BigDecimal score = weight == null || rnd.nextInt(50) == 0 ? null
        : weight.multiply(BigDecimal.valueOf(rnd.nextInt(70, 101) / 100.0)).setScale(2, RoundingMode.HALF_UP);
    return new IndicatorRow(null, null, l1, l2, l3, target, actual, weight, score, parse(target), parse(actual),
        null, null, null, null, null, Map.of(), List.of());
  }

  /** A fresh number in the same printed form: 96.12% → 93.4%, 200万件 → 181万件; words stay. */
  private static String vary(SplittableRandom rnd, String actual) {
    List<NumberMention> numbers = Numbers.find(actual);
    if (numbers.isEmpty()) {
      return actual;
    }
    NumberMention n = numbers.get(0);
    BigDecimal v = n.value().multiply(BigDecimal.valueOf(rnd.nextDouble(0.7, 1.1)));
    String number = v.setScale(n.printed().contains(".") ? 2 : 0, RoundingMode.HALF_UP).toPlainString();
    return actual.substring(0, n.start()) + number + actual.substring(n.end());
  }

  /** What extraction would parse: comparator, number, 万/亿 scale and unit, or a qualitative text. */
  static @Nullable ParsedValue parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    return ValueParser.parse(text);
  }

  private String pick(SplittableRandom rnd, String section) {
    List<String> list = words.get(section);
    return list.get(rnd.nextInt(list.size()));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = SyntheticReports.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
