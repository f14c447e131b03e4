package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * A table read once: each cell's text parsed once (a merged cell once for all the slots it
 * covers), each row classified as a header or not once, and every slot's place. The readers of
 * budget lines, indicator rows, subtotals and totals all work on this.
 */
record TableRows(int tableIndex, int cols, List<TableRow> rows) {
  TableRows {
    rows = List.copyOf(rows);
  }

  static TableRows read(TableGrid grid, ReportDraft draft, HeaderClassifier classifier) {
    Map<GridCell, CellValue> values = new IdentityHashMap<>();
    List<TableRow> rows = new ArrayList<>(grid.rows());
    for (int r = 0; r < grid.rows(); r++) {
      Integer page = grid.pageOfRow(r);
      List<TableRow.Slot> slots = new ArrayList<>(grid.cols());
      for (int c = 0; c < grid.cols(); c++) {
        GridCell cell = grid.cellAt(r, c);
        CellValue value = values.computeIfAbsent(cell, g -> CellValue.read(g.text()));
        slots.add(new TableRow.Slot(cell, value, draft.cell(page, grid.tableIndex(), r, c)));
      }
      HeaderRow previous = r > 0 ? rows.get(r - 1).header() : null;
      // a line naming this year's columns under the header's merged 指标值 / 完成值 reads as a header by the cells merged
      // down through it; it refines the header above instead
      HeaderRow header = previous == null ? null : thisYearBelow(grid, r, previous);
      if (header == null && previous != null) {
        header = adjustedBelow(grid, r, previous);
      }
      if (header == null) {
        header = classifier.classify(grid, r).orElse(null);
      }
      if (header == null && previous != null) {
        header = subHeader(grid, r, previous, classifier);
      }
      rows.add(new TableRow(r, slots, header));
    }
    return new TableRows(grid.tableIndex(), grid.cols(), rows);
  }

  /**
   * "一级指标 | 指标名称 | 指标值 | | 分值" over "| | 年度目标值 | 实际完成值 |": a header's second line, whose cells are only
   * header words (no figure) naming columns the line above grouped: the header with its columns refined (h183, a CSV
   * export that cannot merge the 指标值 cell over its two columns). Null when the row is not such a line.
   */
  private static @Nullable HeaderRow subHeader(TableGrid grid, int r, HeaderRow above, HeaderClassifier classifier) {
    HeaderRow coded = codesAndNames(grid, r, above);
    if (coded != null) {
      return coded;
    }
    Map<ColumnRole, Integer> columns = new java.util.EnumMap<>(ColumnRole.class);
    columns.putAll(above.columns());
    int own = 0;
    for (int c = 0; c < grid.cols(); c++) {
      GridCell cell = grid.cellAt(r, c);
      String t = cell.text().strip();
      if (cell.row() != r || cell.col() != c || t.isEmpty()) {
        continue; // a cell merged down from the line above, or blank
      }
      if (org.jixiao.text.number.Numbers.isFigure(t)) {
        return null;
      }
      java.util.Optional<ColumnRole> role = classifier.roleOf(t);
      if (role.isEmpty()) {
        return null;
      }
      Integer at = columns.get(role.get());
      if (at != null && at != c && role.get() != ColumnRole.TARGET && role.get() != ColumnRole.ACTUAL) {
        return null; // a role the line above already gives another column: not a refinement
      }
      columns.put(role.get(), c);
      own++;
    }
    return own >= 2 ? new HeaderRow(r, columns, above.weights(), above.joint()) : null;
  }

  /** Words under a merged 指标值 or 完成值 that name this year's column, and the span of the whole project or of past years. */
  private static final List<String> THIS_YEAR = List.of("本年度", "本年", "当年", "年度");
  private static final List<String> NOT_THIS_YEAR = List.of("总体", "累计", "上年", "截至", "以前", "全周期", "三年");

  /**
   * "指标值" over "项目总体 | 本年度", "完成值" over "本年度 | 累计（截至本年末）" (h330, a project over several years): the
   * target and the actual are this year's columns; the others are the project's whole span or its running total. Null
   * when the line names no such split.
   */
  private static @Nullable HeaderRow thisYearBelow(TableGrid grid, int r, HeaderRow above) {
    Map<ColumnRole, Integer> columns = new java.util.EnumMap<>(ColumnRole.class);
    columns.putAll(above.columns());
    int split = 0;
    for (ColumnRole role : List.of(ColumnRole.TARGET, ColumnRole.ACTUAL)) {
      Integer at = above.column(role);
      if (at == null) {
        continue;
      }
      Map<Integer, String> below = below(grid, r, grid.cellAt(above.row(), at));
      boolean other = below.values().stream().anyMatch(t -> NOT_THIS_YEAR.stream().anyMatch(t::contains));
      Integer chosen = first(below, THIS_YEAR, NOT_THIS_YEAR);
      if (chosen != null && other) {
        columns.put(role, chosen);
        split++;
      }
    }
    return split > 0 ? new HeaderRow(r, columns, above.weights(), above.joint()) : null;
  }

  /** The cells of line {@code r} under the header cell {@code head}, column → text (compact), blank and merged ones left out. */
  private static Map<Integer, String> below(TableGrid grid, int r, GridCell head) {
    Map<Integer, String> out = new java.util.LinkedHashMap<>();
    for (int c = head.col(); c < head.col() + head.colSpan() && c < grid.cols(); c++) {
      String t = Names.compact(grid.text(r, c));
      if (grid.isOrigin(r, c) && !t.isEmpty()) {
        out.put(c, t);
      }
    }
    return out;
  }

  /** The first of those cells naming one of {@code words} and none of {@code not}, or null. */
  private static @Nullable Integer first(Map<Integer, String> cells, List<String> words, List<String> not) {
    return cells.entrySet().stream()
        .filter(e -> words.stream().anyMatch(e.getValue()::contains) && not.stream().noneMatch(e.getValue()::contains))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  /** Words under a merged 指标值 that name the target as adjusted during the year, and the target as first set. */
  private static final List<String> ADJUSTED = List.of("调整后");
  private static final List<String> ORIGINAL = List.of("年初", "调整前", "原定", "原目标", "申报");

  /**
   * "年度指标值" over "年初 | 调整后" (h335, targets adjusted mid-year by a 批复): the row's target is the adjusted one, and
   * the one first set where no adjusted one is printed. Null when the line names no such split.
   */
  private static @Nullable HeaderRow adjustedBelow(TableGrid grid, int r, HeaderRow above) {
    Integer at = above.column(ColumnRole.TARGET);
    if (at == null) {
      return null;
    }
    Map<Integer, String> below = below(grid, r, grid.cellAt(above.row(), at));
    Integer adjusted = first(below, ADJUSTED, List.of());
    Integer original = first(below, ORIGINAL, ADJUSTED);
    if (adjusted == null || original == null) {
      return null;
    }
    Map<ColumnRole, Integer> columns = new java.util.EnumMap<>(ColumnRole.class);
    columns.putAll(above.columns());
    columns.put(ColumnRole.TARGET, adjusted);
    columns.put(ColumnRole.ORIGINAL_TARGET, original);
    return new HeaderRow(r, columns, above.weights(), above.joint());
  }

  /** The words of a line that splits each level's column into its code and its name. */
  private static final java.util.Set<String> CODE_WORDS = java.util.Set.of("编码", "代码", "编号");
  private static final String NAME_WORD = "名称";

  /**
   * "编码 | 名称 | 编码 | 名称 | 编码 | 名称" under "一级指标 | 二级指标 | 三级指标" (h204): each level's header spans its code
   * column and its name column; the name column is the level's, and the deepest level's code column is the row's code.
   * Null when the line is not such a split.
   */
  private static @Nullable HeaderRow codesAndNames(TableGrid grid, int r, HeaderRow above) {
    Map<ColumnRole, Integer> columns = new java.util.EnumMap<>(ColumnRole.class);
    columns.putAll(above.columns());
    ColumnRole deepest = null;
    int split = 0;
    for (ColumnRole level : List.of(ColumnRole.LEVEL1, ColumnRole.LEVEL2, ColumnRole.LEVEL3, ColumnRole.NAME)) {
      Integer at = above.column(level);
      if (at == null || at + 1 >= grid.cols() || !grid.isOrigin(r, at) || !grid.isOrigin(r, at + 1)
          || !CODE_WORDS.contains(grid.text(r, at).strip()) || !NAME_WORD.equals(grid.text(r, at + 1).strip())) {
        continue;
      }
      columns.put(level, at + 1);
      deepest = level;
      split++;
      if (level == ColumnRole.LEVEL3 && columns.get(ColumnRole.NAME) != null && columns.get(ColumnRole.NAME).equals(at)) {
        columns.put(ColumnRole.NAME, at + 1);
      }
    }
    if (split < 2) {
      return null;
    }
    Integer code = above.column(deepest);
    columns.put(ColumnRole.CODE, code);
    return new HeaderRow(r, columns, above.weights(), above.joint());
  }

  TableRow row(int r) {
    return rows.get(r);
  }

  int size() {
    return rows.size();
  }

  /** The first header row, or -1 when the table has none. */
  int firstHeader() {
    for (TableRow row : rows) {
      if (row.header() != null) {
        return row.index();
      }
    }
    return -1;
  }
}
