package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A table drawn in text with rules: box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, their heavy, double and mixed forms: ╞═╪═╡) or
 * ASCII ({@code +----+----+} and {@code |}), as a word processor's "save as text" or a console report prints it.
 * Cells are the text between the vertical bars; the rule lines between rows end a row, so a cell whose text wrapped
 * over several lines is joined again. A rule line that leaves a column open (spaces where the stroke would be) keeps
 * that column's cell going into the next row: its text joins the cell above and the slot below stays empty, as a
 * vertical merge reads elsewhere (see {@link SpanInference}). Cells are counted, not measured, so CJK and the
 * rules' own width never matter; a row with fewer cells than the table keeps them from the left.
 */
final class RuledRows {
  /** A rule line: junctions and strokes only, at least three strokes. */
  private static final Pattern RULE = Pattern.compile("\\s*[┌├└╔╠╚┏┣┗╒╞╘╓╟╙+│|][─━═\\-+┬┼┴╦╬╩┳╋┻┐┤┘╗╣╝┓┫┛╤╪╧╥╫╨╕╡╛╖╢╜┌├└╔╠╚┏┣┗╒╞╘╓╟╙│|\\s]*");
  private static final Pattern STROKES = Pattern.compile(".*[─━═\\-]{3,}.*");
  /** A row line: opens with a vertical bar and has at least two cells. */
  private static final Pattern ROW = Pattern.compile("\\s*[│┃║|].*[│┃║|]\\s*");
  private static final Pattern BAR = Pattern.compile("[│┃║|]");
  private static final Pattern JUNCTION = Pattern.compile("[┌├└╔╠╚┏┣┗╒╞╘╓╟╙+┬┼┴╦╬╩┳╋┻┐┤┘╗╣╝┓┫┛╤╪╧╥╫╨╕╡╛╖╢╜│|]");
  /** Junctions with a stroke going down (and a rule line's bar, an open column's edge): the boundary goes on below. */
  private static final String DOWN = "┌┬┐├┼┤╞╪╡╤╒╕╔╦╗╠╬╣╓╥╖╟╫╢┏┳┓┣╋┫│┃║|+";
  /** A Markdown table's delimiter line under its header: "| --- | ---: | :---: |". */
  private static final Pattern MARKDOWN_DELIMITER = Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*");
  /** A cell's whole text set in Markdown emphasis: "**总分**". */
  private static final Pattern EMPHASIS = Pattern.compile("^(\\*\\*|__)(.+)\\1$");
  /** A table is at least this many rows. */
  static final int MIN_ROWS = 2;

  /** The rows read and the line after the table. */
  record Found(List<List<String>> rows, int end) {}

  private RuledRows() {}

  static boolean isRule(String line) {
    return RULE.matcher(line).matches() && STROKES.matcher(line).matches();
  }

  static boolean isRow(String line) {
    return ROW.matcher(line).matches() && !isRule(line);
  }

  /** The ruled table opening at line {@code start} (a rule or a row line), or null when none opens there. */
  static @Nullable Found at(List<String> lines, int start) {
    if (!isRule(lines.get(start)) && !isRow(lines.get(start))) {
      return null;
    }
    if (start + 1 < lines.size() && isRow(lines.get(start)) && MARKDOWN_DELIMITER.matcher(lines.get(start + 1)).matches()) {
      return markdown(lines, start);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> current = null; // the row being read (its lines not yet closed by a rule)
    boolean[] open = null; // columns the last rule left open: their cells go on into this row
    int columns = -1; // the table's columns, from its first rule
    int[] below = null; // the boundaries the last rule draws on downwards, when it crosses every boundary
    String top = null; // the table's first rule, which crosses every boundary
    int i = start;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isRule(line)) {
        if (current != null) {
          rows.add(current);
          current = null;
        }
        open = openColumns(line);
        List<Integer> junctions = junctions(line);
        if (columns < 0) {
          columns = junctions.size() - 1;
          top = line;
        }
        below = junctions.size() == columns + 1 ? downward(junctions) : measured(top, line);
      } else if (isRow(line)) {
        List<String> cells = placed(cells(line), below, columns);
        if (current == null) {
          current = new ArrayList<>(cells);
          if (open != null && !rows.isEmpty()) {
            carryOver(rows.getLast(), current, open);
          }
        } else {
          joinWrapped(current, cells);
        }
      } else {
        break;
      }
    }
    if (current != null) {
      rows.add(current);
    }
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    return rows.size() >= MIN_ROWS && width >= 2 ? new Found(rows, i) : null;
  }

  /**
   * A Markdown table (a wiki's or a portal's export, h208): the header, its delimiter line, then one row per line, no
   * rules between them; a cell's emphasis marks are no part of its text.
   */
  private static Found markdown(List<String> lines, int start) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(unemphasised(cells(lines.get(start))));
    int i = start + 2;
    for (; i < lines.size() && isRow(lines.get(i)); i++) {
      rows.add(unemphasised(cells(lines.get(i))));
    }
    return new Found(rows, i);
  }

  private static List<String> unemphasised(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String c : cells) {
      Matcher m = EMPHASIS.matcher(c);
      out.add(m.matches() ? m.group(2).strip() : c);
    }
    return out;
  }

  /** The text between the bars of a row line, stripped. */
  private static List<String> cells(String line) {
    String inner = line.strip();
    String[] parts = BAR.split(inner.substring(1, inner.length() - 1), -1);
    List<String> out = new ArrayList<>(parts.length);
    for (String p : parts) {
      out.add(p.strip());
    }
    return out;
  }

  /** The junction characters of a rule line, in order (each a column boundary). */
  private static List<Integer> junctions(String rule) {
    List<Integer> out = new ArrayList<>();
    String inner = rule.strip();
    for (int i = 0; i < inner.length(); i++) {
      if (JUNCTION.matcher(String.valueOf(inner.charAt(i))).matches()) {
        out.add((int) inner.charAt(i));
      }
    }
    return out;
  }

  /**
   * The boundaries a rule that skips some (a row below merged cells: "├────┴──────────┼───┤") draws on downwards, found
   * by where its junctions stand against the table's first rule; each character measured as a console shows it
   * ({@link SpacedGrid#width(char)}: ASCII one column, the rest two), a box-drawing character two in a GB18030 console
   * and one elsewhere: whichever makes the two rules equally wide. Null when the junctions do not stand on the first
   * rule's.
   */
  private static int @Nullable [] measured(@Nullable String top, String rule) {
    if (top == null) {
      return null;
    }
    for (boolean wideBoxes : new boolean[] {true, false}) {
      List<int[]> first = measuredJunctions(top, wideBoxes);
      List<int[]> here = measuredJunctions(rule, wideBoxes);
      if (first.isEmpty() || here.isEmpty() || first.getLast()[0] != here.getLast()[0]) {
        continue;
      }
      List<Integer> down = new ArrayList<>();
      int k = 0;
      for (int[] j : here) {
        while (k < first.size() && first.get(k)[0] < j[0]) {
          k++;
        }
        if (k == first.size() || first.get(k)[0] != j[0]) {
          down = null;
          break;
        }
        if (DOWN.indexOf(j[1]) >= 0) {
          down.add(k);
        }
      }
      if (down != null) {
        return down.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    return null;
  }

  /** Each junction of a rule line as {its display column, the character}. */
  private static List<int[]> measuredJunctions(String rule, boolean wideBoxes) {
    List<int[]> out = new ArrayList<>();
    int at = 0;
    String line = rule.stripTrailing();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (JUNCTION.matcher(String.valueOf(c)).matches()) {
        out.add(new int[] {at, c});
      }
      at += c >= 0x2500 && c <= 0x257F && !wideBoxes ? 1 : SpacedGrid.width(c);
    }
    return out;
  }

  /** The indices of the boundaries whose junction strokes down: the bars of the row under the rule. */
  private static int[] downward(List<Integer> junctions) {
    return java.util.stream.IntStream.range(0, junctions.size())
        .filter(k -> DOWN.indexOf(junctions.get(k)) >= 0).toArray();
  }

  /**
   * A row's cells set in the table's columns: where the rule above ends some boundaries (┴: "│ 小计 │ 15 │ 14.5 │" under
   * "├───┴───┴───┼───┼"), a cell spans the columns between the bars that go on, and is placed at the first of them, the
   * others left empty; so 15 stands under 分值 however wide the cells are drawn. Left as read when the bars do not match.
   */
  private static List<String> placed(List<String> cells, int @Nullable [] below, int columns) {
    if (below == null || below.length < 2 || cells.size() != below.length - 1 || cells.size() >= columns) {
      return cells;
    }
    List<String> out = new ArrayList<>(java.util.Collections.nCopies(columns, ""));
    for (int j = 0; j < cells.size(); j++) {
      out.set(below[j], cells.get(j));
    }
    return out;
  }

  /** Per column, whether the rule line leaves it open (no stroke between its junctions). */
  private static boolean[] openColumns(String rule) {
    String inner = rule.strip();
    String[] parts = JUNCTION.split(inner.length() > 2 ? inner.substring(1, inner.length() - 1) : "", -1);
    boolean[] open = new boolean[parts.length];
    for (int c = 0; c < parts.length; c++) {
      open[c] = !parts[c].isEmpty() && parts[c].isBlank();
    }
    return open;
  }

  /** A column the rule left open continues the cell above: its text joins it, its slot here stays empty. */
  private static void carryOver(List<String> above, List<String> row, boolean[] open) {
    if (above.size() != row.size() || open.length != row.size()) {
      return; // a rule not in step with the cells says nothing reliable about them
    }
    for (int c = 0; c < row.size(); c++) {
      if (open[c] && !row.get(c).isEmpty()) {
        above.set(c, join(above.get(c), row.get(c)));
        row.set(c, "");
      }
    }
  }

  /** A further line of the same row: each cell's text goes on from the line above. */
  private static void joinWrapped(List<String> row, List<String> more) {
    for (int c = 0; c < more.size(); c++) {
      if (c < row.size()) {
        row.set(c, join(row.get(c), more.get(c)));
      } else {
        row.add(more.get(c));
      }
    }
  }

  /** Two pieces of one cell's text: a space only between two Latin words or figures. */
  private static String join(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a + b;
    }
    char last = a.charAt(a.length() - 1);
    char first = b.charAt(0);
    boolean latin = last < 0x80 && Character.isLetterOrDigit(last) && first < 0x80 && Character.isLetterOrDigit(first);
    return latin ? a + " " + b : a + b;
  }
}
