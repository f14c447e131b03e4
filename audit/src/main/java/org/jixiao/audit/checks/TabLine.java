package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * One line of a document's text split at its tabs, as table rows are written into the text, with where it starts: the
 * tables {@link LineGrades}, {@link RatioTables}, {@link PeriodTables}, {@link ItemTables}, {@link ScoreRateTables},
 * {@link ListedScores} and {@link ZeroBaseRateCheck}'s growth columns read line by line under a header line.
 */
record TabLine(String[] cells, int start) {
  /** A cell as printed (blanks stripped), where it stands in the text, and its number when it is one (a % sign aside). */
  record Cell(String text, int start, int end, @Nullable BigDecimal value) {}

  /** A line's cells as read: its label cell first. */
  record Row(List<Cell> cells) {
    String label() {
      return Names.compact(cells.get(0).text());
    }
  }

  /** Every line of {@code text}, in order. */
  static List<TabLine> of(String text) {
    List<TabLine> out = new ArrayList<>();
    int at = 0;
    for (String line : text.split("\n", -1)) {
      out.add(new TabLine(line.split("\t", -1), at));
      at += line.length() + 1;
    }
    return out;
  }

  /** Where cell {@code col} starts in the text. */
  int cellStart(int col) {
    int n = start;
    for (int c = 0; c < col; c++) {
      n += cells[c].length() + 1;
    }
    return n;
  }

  /** The line as printed. */
  String text() {
    return String.join("\t", cells);
  }

  /** The cells as printed (a view of the line's own array, read only by convention). */
  List<String> texts() {
    return Arrays.asList(cells);
  }

  /** Where the line ends in the text (before its line break). */
  int end() {
    return start + text().length();
  }

  /** The line's cells, each with its place in the text and its number. */
  List<Cell> parsed() {
    List<Cell> out = new ArrayList<>(cells.length);
    int at = start;
    for (String printed : cells) {
      String t = printed.strip();
      out.add(new Cell(t, at, at + printed.length(),
          t.isEmpty() ? null : Numbers.parse(t.replace("%", "").replace("％", "")).orElse(null)));
      at += printed.length() + 1;
    }
    return out;
  }
}
