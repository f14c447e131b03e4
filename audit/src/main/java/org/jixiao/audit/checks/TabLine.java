package org.jixiao.audit.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a document's text split at its tabs, as table rows are written into the text, with where it starts: the
 * tables {@link LineGrades} and {@link RatioTables} read line by line under a header line.
 */
record TabLine(String[] cells, int start) {
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
}
