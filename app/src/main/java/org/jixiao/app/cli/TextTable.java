package org.jixiao.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.DisplayWidth;

/** Renders rows of strings as an aligned table for people, CJK-width aware, with a column cap, fitted to the terminal. */
public final class TextTable {
  private static final String SEPARATOR = " | ";
  private static final int NARROWEST_COLUMN = 6;
  private final List<List<String>> rows = new ArrayList<>();
  private final int maxColumnWidth;

  public TextTable(int maxColumnWidth) {
    this.maxColumnWidth = maxColumnWidth;
  }

  public TextTable row(List<String> cells) {
    rows.add(cells.stream().map(c -> c == null ? "" : c.replace('\n', ' ').replace('\t', ' ')).toList());
    return this;
  }

  /** The table fitted to the terminal standard output goes to, if it is one ({@link TerminalWidth}). */
  public String render() {
    return render(TerminalWidth.current());
  }

  /**
   * The table at most {@code lineWidth} columns wide where it can be: the widest columns give way first, none below
   * {@link #NARROWEST_COLUMN}; the cut cells end in …
   */
  public String render(int lineWidth) {
    int cols = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[cols];
    for (List<String> r : rows) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.min(maxColumnWidth, Math.max(width[c], DisplayWidth.of(r.get(c))));
      }
    }
    int total = java.util.Arrays.stream(width).sum() + SEPARATOR.length() * Math.max(0, cols - 1);
    while (total > lineWidth) {
      int widest = 0;
      for (int c = 1; c < cols; c++) {
        widest = width[c] > width[widest] ? c : widest;
      }
      if (width[widest] <= NARROWEST_COLUMN) {
        break; // as narrow as a column can usefully be: the line wraps
      }
      width[widest]--;
      total--;
    }
    StringBuilder out = new StringBuilder();
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        if (c > 0) {
          line.append(SEPARATOR);
        }
        line.append(DisplayWidth.fit(c < r.size() ? r.get(c) : "", width[c]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
