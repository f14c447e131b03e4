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
 * must hold another line besides (it is a list, not the report's own head block).
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
    String[] lines = text.split("\n", -1);
    int[] starts = new int[lines.length];
    for (int i = 1; i < lines.length; i++) {
      starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
    }
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      for (int k = 0; k < cells.length; k++) {
        if (names.contains(Names.key(cells[k]))) {
          Optional<Listed> listed = underHeader(report.sourceFile(), lines, starts, i, k);
          if (listed.isPresent()) {
            return listed;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The score of line {@code i} whose cell {@code k} names the report, when a list header above heads both columns. */
  private static Optional<Listed> underHeader(String file, String[] lines, int[] starts, int i, int k) {
    for (int h = i - 1; h >= 0 && lines[h].indexOf('\t') >= 0; h--) {
      String[] head = lines[h].split("\t", -1);
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
      String[] cells = lines[i].split("\t", -1);
      if (score < 0 || score >= cells.length || !anotherLine(lines, h, i, k, score)) {
        return Optional.empty();
      }
      Optional<BigDecimal> value = Numbers.parse(cells[score].strip());
      if (value.isEmpty()) {
        return Optional.empty();
      }
      int at = starts[i];
      for (int c = 0; c < score; c++) {
        at += cells[c].length() + 1;
      }
      String printed = cells[score].strip();
      int from = at + cells[score].indexOf(printed);
      return Optional.of(new Listed(cells[k].strip(), value.get(), printed, new TextSpan(file, null, from, from + printed.length())));
    }
    return Optional.empty();
  }

  /** Whether the table under header line {@code h} holds a line other than {@code i} with a name and a score. */
  private static boolean anotherLine(String[] lines, int h, int i, int k, int score) {
    for (int j = h + 1; j < lines.length && lines[j].indexOf('\t') >= 0; j++) {
      String[] cells = lines[j].split("\t", -1);
      if (j != i && cells.length > Math.max(k, score) && !cells[k].isBlank() && Numbers.parse(cells[score].strip()).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
