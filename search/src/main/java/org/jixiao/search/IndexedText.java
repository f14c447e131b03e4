package org.jixiao.search;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jspecify.annotations.Nullable;

/**
 * 索引文本: what text and derived values of a report every backend indexes, made in one place so that the embedded
 * index and a Solr collection find a report by the same words: its name, its rows as lines (report snippets), a row's
 * body, its 一级指标 groups, a row's score rate.
 */
public final class IndexedText {
  private IndexedText() {}

  /** Department, project, title and evaluator: a project report is found by its 项目名称. */
  public static String reportName(Report r) {
    return join(" ", r.department(), r.project(), r.title(), r.evaluator());
  }

  /** The sections' names, then one line per row (groups, name, target, actual): snippets are cut at line ends. */
  public static String lines(Report r) {
    StringBuilder lines = new StringBuilder();
    for (Section s : r.sections()) {
      lines.append(s.name()).append('\n');
    }
    for (IndicatorRow row : r.indicators()) {
      lines.append(join(" ", row.level1(), row.level2(), row.level3(), row.target(), row.actual())).append('\n');
    }
    return lines.toString();
  }

  /** A row's text but its name: goal, groups, target, actual, rule, deviation reason, one part a line. */
  public static String body(IndicatorRow row) {
    return join("\n", row.goal(), row.level1(), row.level2(), row.target(), row.actual(), row.rule(),
        row.deviationReason());
  }

  /** The distinct 一级指标 of the report's rows, stripped, in row order: a report counts once per group. */
  public static List<String> groups(Report r) {
    Set<String> out = new LinkedHashSet<>();
    for (IndicatorRow row : r.indicators()) {
      String g = group(row);
      if (g != null) {
        out.add(g);
      }
    }
    return List.copyOf(out);
  }

  /** A row's 一级指标 as a facet value: stripped, none when blank. */
  public static @Nullable String group(IndicatorRow row) {
    return row.level1() == null || row.level1().isBlank() ? null : row.level1().strip();
  }

  /** 得分率: score / weight, where both are stated and the weight is positive. */
  public static @Nullable BigDecimal scoreRate(IndicatorRow row) {
    if (row.score() == null || row.weight() == null || row.weight().signum() <= 0) {
      return null;
    }
    return row.score().divide(row.weight(), MathContext.DECIMAL64);
  }

  /** The parts that hold text, joined by {@code sep}. */
  public static String join(String sep, @Nullable String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        if (!sb.isEmpty()) {
          sb.append(sep);
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
