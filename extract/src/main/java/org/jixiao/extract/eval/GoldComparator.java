package org.jixiao.extract.eval;

import java.util.Optional;
import org.jixiao.text.number.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jixiao.text.name.Names;
import org.jixiao.schema.Budget;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jspecify.annotations.Nullable;

/** Compares an extracted report with its gold report (tabula's TestTableDetection idea, GROBID's field-level scores). */
public final class GoldComparator {
  private static final BigDecimal TOLERANCE = BigDecimal.valueOf(5, 3);

  /**
   * Compares the reports of one file with its gold reports, paired in file order: the n-th report
   * found against the n-th gold report. A gold report without a partner counts all its rows as
   * missed and its fields as wrong; a found report without one counts its rows as spurious.
   */
  public FileScore compare(String file, List<Report> gold, List<Report> got) {
    List<FileScore> parts = new ArrayList<>();
    for (int i = 0; i < Math.max(gold.size(), got.size()); i++) {
      Report want = i < gold.size() ? gold.get(i) : nothing(got.get(i).sourceFile());
      Report have = i < got.size() ? got.get(i) : nothing(want.sourceFile());
      parts.add(compare(gold.size() > 1 ? file + "#" + (i + 1) : file, want, have));
    }
    return FileScore.sum(file, parts);
  }

  private static Report nothing(String file) {
    return new Report(file, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
        null, null, null, null, null, null, null, null);
  }

  public FileScore compare(String file, Report gold, Report got) {
    List<FieldMismatch> mismatches = new ArrayList<>();
    boolean[] used = new boolean[got.indicators().size()];
    List<String> missed = new ArrayList<>();
    int matched = 0;
    int rowFields = 0;
    int rowFieldsCorrect = 0;
    for (int g = 0; g < gold.indicators().size(); g++) {
      IndicatorRow want = gold.indicators().get(g);
      int hit = find(want, got.indicators(), used);
      if (hit < 0) {
        missed.add(describe(want));
        continue;
      }
      used[hit] = true;
      matched++;
      IndicatorRow have = got.indicators().get(hit);
      for (var f : rowFields().entrySet()) {
        rowFields++;
        String e = f.getValue().apply(want);
        String a = f.getValue().apply(have);
        if (sameText(e, a)) {
          rowFieldsCorrect++;
        } else {
          mismatches.add(new FieldMismatch("row '" + want.level3() + "' " + f.getKey(), e, a));
        }
      }
    }
    List<String> spurious = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        spurious.add(describe(got.indicators().get(i)));
      }
    }
    int reportFields = 0;
    int reportCorrect = 0;
    for (var f : reportFields(gold, got).entrySet()) {
      reportFields++;
      String[] pair = f.getValue();
      boolean same = isNumber(pair[0]) || isNumber(pair[1]) ? sameNumber(pair[0], pair[1]) : sameText(pair[0], pair[1]);
      if (same) {
        reportCorrect++;
      } else {
        mismatches.add(new FieldMismatch(f.getKey(), pair[0], pair[1]));
      }
    }
    return new FileScore(file, gold.indicators().size(), got.indicators().size(), matched, rowFields,
        rowFieldsCorrect, reportFields, reportCorrect, missed, spurious, mismatches);
  }

  private static int find(IndicatorRow want, List<IndicatorRow> rows, boolean[] used) {
    for (int i = 0; i < rows.size(); i++) {
      IndicatorRow r = rows.get(i);
      if (!used[i] && sameText(want.level3(), r.level3()) && sameNumber(want.weight(), r.weight())
          && sameNumber(want.score(), r.score())) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, Function<IndicatorRow, @Nullable String>> rowFields() {
    Map<String, Function<IndicatorRow, @Nullable String>> m = new LinkedHashMap<>();
    m.put("goal", IndicatorRow::goal);
    m.put("code", IndicatorRow::code);
    m.put("level1", IndicatorRow::level1);
    m.put("level2", IndicatorRow::level2);
    m.put("target", IndicatorRow::target);
    m.put("actual", IndicatorRow::actual);
    return m;
  }

  private static Map<String, String[]> reportFields(Report gold, Report got) {
    Map<String, String[]> m = new LinkedHashMap<>();
    m.put("department", pair(gold.department(), got.department()));
    m.put("fiscalYear", pair(gold.fiscalYear(), got.fiscalYear()));
    m.put("adminLevel", pair(gold.adminLevel(), got.adminLevel()));
    m.put("province", pair(gold.province(), got.province()));
    m.put("reportKind", pair(gold.reportKind(), got.reportKind()));
    m.put("evaluator", pair(gold.evaluator(), got.evaluator()));
    m.put("totalScore", pair(gold.totalScore(), got.totalScore()));
    m.put("maxScore", pair(gold.maxScore(), got.maxScore()));
    m.put("grade", pair(gold.grade(), got.grade()));
    if (gold.project() != null || got.project() != null) {
      m.put("project", pair(gold.project(), got.project()));
      m.put("implementingUnit", pair(gold.implementingUnit(), got.implementingUnit()));
    }
    Budget gb = gold.budget();
    Budget b = got.budget();
    m.put("budget.initialBudget", pair(gb == null ? null : gb.initialBudget(), b == null ? null : b.initialBudget()));
    m.put("budget.adjustedBudget", pair(gb == null ? null : gb.adjustedBudget(), b == null ? null : b.adjustedBudget()));
    m.put("budget.expenditure", pair(gb == null ? null : gb.expenditure(), b == null ? null : b.expenditure()));
    m.put("budget.executionRate", pair(gb == null ? null : gb.executionRate(), b == null ? null : b.executionRate()));
    m.put("budget.basicBudget", pair(gb == null ? null : gb.basicBudget(), b == null ? null : b.basicBudget()));
    m.put("budget.basicExpenditure", pair(gb == null ? null : gb.basicExpenditure(), b == null ? null : b.basicExpenditure()));
    m.put("budget.projectBudget", pair(gb == null ? null : gb.projectBudget(), b == null ? null : b.projectBudget()));
    m.put("budget.projectExpenditure", pair(gb == null ? null : gb.projectExpenditure(), b == null ? null : b.projectExpenditure()));
    m.put("sections", pair(sections(gold.sections()), sections(got.sections())));
    return m;
  }

  private static String sections(List<Section> s) {
    return String.join("; ", s.stream().map(x -> Names.compact(x.name()) + " " + num(x.weight()) + "/" + num(x.score())).toList());
  }

  private static String[] pair(@Nullable Object a, @Nullable Object b) {
    return new String[] {a == null ? null : str(a), b == null ? null : str(b)};
  }

  private static String str(Object o) {
    return o instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : o.toString();
  }

  private static String num(@Nullable BigDecimal d) {
    return d == null ? "-" : d.stripTrailingZeros().toPlainString();
  }

  static boolean sameText(@Nullable String a, @Nullable String b) {
    return Objects.equals(a == null ? null : Names.compact(a), b == null ? null : Names.compact(b));
  }

  private static boolean isNumber(@Nullable String s) {
    return s != null && Numbers.parse(s).isPresent();
  }

  private static boolean sameNumber(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    Optional<BigDecimal> x = Numbers.parse(a);
    Optional<BigDecimal> y = Numbers.parse(b);
    return x.isPresent() && y.isPresent() && sameNumber(x.get(), y.get());
  }

  static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
  }

  private static String describe(IndicatorRow r) {
    return r.level3() + " [" + num(r.weight()) + "/" + num(r.score()) + "]";
  }
}
