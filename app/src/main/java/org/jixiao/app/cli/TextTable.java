package org.jixiao.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.DisplayWidth;

/** Renders rows of strings as an aligned table for people, CJK-width aware, with a column cap. */
public final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();
  private final int maxColumnWidth;

  public TextTable(int maxColumnWidth) {
    this.maxColumnWidth = maxColumnWidth;
  }

  public TextTable row(List<String> cells) {
    rows.add(cells.stream().map(c -> c == null ? "" : c.replace('\n', ' ').replace('\t', ' ')).toList());
    return this;
  }

  public String render() {
    int cols = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[cols];
    for (List<String> r : rows) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.min(maxColumnWidth, Math.max(width[c], DisplayWidth.of(r.get(c))));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        if (c > 0) {
          line.append(" | ");
        }
        line.append(DisplayWidth.fit(c < r.size() ? r.get(c) : "", width[c]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
