package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 等级折算: a report grading each row (优/良/中/差) and printing what each grade pays ("评价等级 | 得分系数" — 优 100%,
 * 良 80%, 中 60%, 差 0; 指标得分=分值×得分系数, h217), and the rows of its indicator table with their 分值, 评价等级 and 得分
 * as printed. A row's score is then its weight times its grade's coefficient, by the report's own table.
 */
final class GradeCoefficients {
  /** One graded row as printed: the cells of its line, its weight, grade and score, the score cell's place in the text. */
  record GradedRow(List<String> cells, BigDecimal weight, String grade, BigDecimal score, int start, int end) {}

  private static final Pattern GRADE_HEADER = Pattern.compile("^(?:评价|评定|考核|自评)?等级$");
  private static final Pattern FACTOR_HEADER = Pattern.compile("^(?:得分|折算|计分|评分)?系数$");
  private static final Pattern WEIGHT_HEADER = Pattern.compile("^(?:分值|权重|标准分|满分)(?:[（(]分[)）])?$");
  private static final Pattern SCORE_HEADER = Pattern.compile("^(?:评价|自评|实际)?得分$");
  /** A grade word: 优, 良好, 合格, 不合格, A … */
  private static final Pattern GRADE = Pattern.compile("^(?:优秀?|良好?|中等?|一般|合格|较差|差|不合格|[A-E])$");
  /** Fewer grades are no table of coefficients. */
  private static final int MIN_GRADES = 3;

  private final Map<String, BigDecimal> factors;
  private final List<GradedRow> rows;

  private GradeCoefficients(Map<String, BigDecimal> factors, List<GradedRow> rows) {
    this.factors = factors;
    this.rows = rows;
  }

  static GradeCoefficients in(String text) {
    List<TabLine> lines = TabLine.of(text);
    Map<String, BigDecimal> factors = factors(lines);
    return new GradeCoefficients(factors, factors.isEmpty() ? List.of() : graded(lines));
  }

  List<GradedRow> rows() {
    return rows;
  }

  /** The coefficient of {@code grade} as a fraction of the weight, or null when the table gives none. */
  @Nullable BigDecimal factor(String grade) {
    return factors.get(Names.compact(grade));
  }

  /** The first table of grades and their single coefficients (100%, 0.8, 0): grade → fraction. */
  private static Map<String, BigDecimal> factors(List<TabLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      List<String> head = lines.get(i).texts().stream().map(Names::compact).toList();
      int g = indexOf(head, GRADE_HEADER);
      int f = indexOf(head, FACTOR_HEADER);
      if (g < 0 || f < 0) {
        continue;
      }
      Map<String, BigDecimal> out = new LinkedHashMap<>();
      for (int j = i + 1; j < lines.size() && lines.get(j).cells().length == head.size(); j++) {
        String grade = Names.compact(lines.get(j).cells()[g]);
        String printed = lines.get(j).cells()[f].strip();
        BigDecimal n = Numbers.parse(printed.replace("%", "").replace("％", "")).orElse(null);
        if (!GRADE.matcher(grade).matches() || n == null) {
          break;
        }
        BigDecimal fraction = printed.endsWith("%") || printed.endsWith("％") ? n.movePointLeft(2) : n;
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
          break;
        }
        out.put(grade, fraction);
      }
      if (out.size() >= MIN_GRADES) {
        return out;
      }
    }
    return Map.of();
  }

  /** The lines under a header naming a weight, a grade and a score column, while they keep its width. */
  private static List<GradedRow> graded(List<TabLine> lines) {
    List<GradedRow> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<String> head = lines.get(i).texts().stream().map(Names::compact).toList();
      int w = indexOf(head, WEIGHT_HEADER);
      int g = indexOf(head, GRADE_HEADER);
      int s = indexOf(head, SCORE_HEADER);
      if (w < 0 || g < 0 || s < 0) {
        continue;
      }
      int j = i + 1;
      for (; j < lines.size() && lines.get(j).cells().length == head.size(); j++) {
        List<TabLine.Cell> cells = lines.get(j).parsed();
        String grade = Names.compact(cells.get(g).text());
        if (cells.get(w).value() == null || cells.get(s).value() == null || !GRADE.matcher(grade).matches()) {
          continue;
        }
        out.add(new GradedRow(lines.get(j).texts().stream().map(Names::compact).toList(), cells.get(w).value(), grade,
            cells.get(s).value(), cells.get(s).start(), cells.get(s).end()));
      }
      i = j - 1;
    }
    return out;
  }

  private static int indexOf(List<String> cells, Pattern p) {
    for (int c = 0; c < cells.size(); c++) {
      if (p.matcher(cells.get(c)).matches()) {
        return c;
      }
    }
    return -1;
  }
}
