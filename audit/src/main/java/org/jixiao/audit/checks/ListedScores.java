package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.schema.Report;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A list of several units' results printed in a file that holds one unit's own report (a finance bureau's "自评结果一览表",
 * one line per department, that department's 自评表 as its 附表, h471): the line naming the report's department or
 * project, under a header naming the list's name and score columns, states the report's score a second time. The list
 * must name another unit besides and this one once (it is a list, not the report's own head block or a flat export).
 */
final class ListedScores {
  private static final Set<String> NAME_HEADERS = Set.of("部门名称", "单位名称", "部门单位名称", "单位部门名称", "预算单位",
      "预算部门", "项目名称", "被评价单位", "被评价部门");
  private static final Set<String> SCORE_HEADERS = Set.of("自评得分", "评价得分", "综合得分", "得分", "自评分数", "评价分数");

  private ListedScores() {}

  /** The score a list line gives the report, and where it is printed. */
  record Listed(String name, BigDecimal score, String printed, TextSpan where) {}

  static Optional<Listed> find(Report report, @Nullable String text) {
    if (text == null || text.indexOf('\t') < 0) {
      return Optional.empty();
    }
    Set<String> names = new java.util.HashSet<>();
    for (String n : new String[] {report.department(), report.project()}) {
      if (n != null && Names.key(n).length() >= 4) {
        names.add(Names.key(n));
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    List<TabLine> lines = TabLine.of(text);
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i).cells();
      for (int k = 0; k < cells.length; k++) {
        if (names.contains(Names.key(cells[k]))) {
          Optional<Listed> listed = underHeader(report.sourceFile(), lines, i, k);
          if (listed.isPresent()) {
            return listed;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The score of line {@code i} whose cell {@code k} names the report, when a list header above heads both columns. */
  private static Optional<Listed> underHeader(String file, List<TabLine> lines, int i, int k) {
    for (int h = i - 1; h >= 0 && lines.get(h).cells().length > 1; h--) {
      String[] head = lines.get(h).cells();
      if (k >= head.length || !NAME_HEADERS.contains(Names.label(head[k]))) {
        continue;
      }
      int score = -1;
      for (int c = 0; c < head.length; c++) {
        if (c != k && SCORE_HEADERS.contains(Names.label(head[c]))) {
          score = c;
          break;
        }
      }
      String[] cells = lines.get(i).cells();
      if (score < 0 || score >= cells.length || !anotherLine(lines, h, i, k, score)) {
        return Optional.empty();
      }
      String printed = cells[score].strip();
      Optional<BigDecimal> value = Numbers.parse(printed);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      int from = lines.get(i).cellStart(score) + cells[score].indexOf(printed);
      return Optional.of(new Listed(cells[k].strip(), value.get(), printed, new TextSpan(file, null, from, from + printed.length())));
    }
    return Optional.empty();
  }

  /**
   * Whether the table under header line {@code h} is a list of units: another line names another unit with a score, and
   * no other line names this one (a flat export repeats the report's own name on each of its lines, h398).
   */
  private static boolean anotherLine(List<TabLine> lines, int h, int i, int k, int score) {
    String own = Names.key(lines.get(i).cells()[k]);
    boolean other = false;
    for (int j = h + 1; j < lines.size() && lines.get(j).cells().length > 1; j++) {
      String[] cells = lines.get(j).cells();
      if (j == i || cells.length <= Math.max(k, score) || cells[k].isBlank()) {
        continue;
      }
      if (Names.key(cells[k]).equals(own)) {
        return false;
      }
      other |= Numbers.parse(cells[score].strip()).isPresent();
    }
    return other;
  }
}
