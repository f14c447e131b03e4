package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * Lines of a table that grade something of their own, one per line, under a header naming a score column and a grade
 * column and no column of weights (h334's 表2: 项目名称 | … | 自评得分 | 自评等级, one line per project, each score out of
 * 100): each line's name, score and grade as printed, with the grade's place in the text.
 */
final class LineGrades {
  /** One graded line: its name (first text cell), its score, its grade cell as printed at text[start, end). */
  record Graded(String name, BigDecimal score, String grade, int start, int end) {}

  /** Header words of a column of weights: the lines are scored out of them, not out of 100. */
  private static final List<String> WEIGHT_WORDS = List.of("分值", "权重", "满分", "标准分");

  private LineGrades() {}

  static List<Graded> in(String text) {
    List<Graded> out = new ArrayList<>();
    int scoreCol = -1;
    int gradeCol = -1;
    int width = 0;
    for (TabLine line : TabLine.of(text)) {
      String[] cells = line.cells();
      if (cells.length < 3) {
        scoreCol = -1;
        continue;
      }
      int s = -1;
      int g = -1;
      boolean weighted = false;
      for (int c = 0; c < cells.length; c++) {
        String h = Names.compact(cells[c]);
        if (h.endsWith("得分") && h.length() <= 6) {
          s = c;
        } else if (h.endsWith("等级") && h.length() <= 6) {
          g = c;
        } else if (WEIGHT_WORDS.stream().anyMatch(h::contains)) {
          weighted = true;
        }
      }
      if (s >= 0 && g >= 0 && weighted) {
        // an indicator table grading each row against its own 分值 (h217: 良 for 4 of 5, 指标得分 = 分值 × 系数): no
        // score there is on the report's 100-point scale
        scoreCol = -1;
        continue;
      }
      if (s >= 0 && g >= 0) {
        scoreCol = s;
        gradeCol = g;
        width = cells.length;
        continue;
      }
      if (scoreCol < 0 || cells.length != width) {
        scoreCol = -1;
        continue;
      }
      BigDecimal score = Numbers.parse(Names.compact(cells[scoreCol])).orElse(null);
      String grade = Names.compact(cells[gradeCol]);
      String name = firstText(cells);
      if (score != null && !grade.isEmpty() && name != null) {
        int start = line.cellStart(gradeCol);
        out.add(new Graded(name, score, grade, start, start + cells[gradeCol].length()));
      }
    }
    return out;
  }

  private static @Nullable String firstText(String[] cells) {
    for (String c : cells) {
      String t = Names.compact(c);
      if (!t.isEmpty() && Numbers.parse(t).isEmpty()) {
        return t;
      }
    }
    return null;
  }
}
