package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.extract.draft.ReportDraft.Turned;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;

/**
 * 指标横排: an indicator table printed sideways, one column per indicator, its header down the first column
 * (一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 …, each label once) and the indicators across; or a
 * 一级 summary so printed (一级指标 / 分值 / 得分, one column per group).
 * The block is read as its transpose, a grid of its own placed after the table it stands in (whose block rows are
 * blanked there); the grid gets a table number past the document's, which {@link Turned} maps back to the printed cells, so every value
 * still cites the printed cell.
 */
public final class TransposedTables {
  /** Labels down a column before it is taken for a sideways header. */
  private static final int MIN_LABELS = 4;
  /** Indicators across: fewer is a label–value card (one value per label), which {@link CardRecords} reads. */
  private static final int MIN_INDICATORS = 2;
  /** The header stands in one of the first columns (a 序号 or a merged label may come first). */
  private static final int LABEL_COLUMNS = 2;

  private final HeaderClassifier headers;

  public TransposedTables(HeaderClassifier headers) {
    this.headers = headers;
  }

  /** The document with each sideways block turned upright, and how the turned tables map back. */
  public RewrittenTables.Result upright(ParsedDocument doc) {
    return RewrittenTables.apply(doc, (t, tableIndex) -> sideways(t).map(r -> new RewrittenTables.Rewrite(
        RewrittenTables.keeping(t, c -> !(c.row() >= r.top() && c.row() + c.rowSpan() - 1 <= r.bottom() && c.col() >= r.col())),
        turn(t, r, tableIndex), new Turned(tableIndex, t.tableIndex(), r.top(), r.col()))));
  }

  /** Rows top..bottom of column col hold a sideways header. */
  private record Run(int col, int top, int bottom) {}

  private Optional<Run> sideways(TableGrid t) {
    for (int c = 0; c < Math.min(LABEL_COLUMNS, t.cols() - MIN_INDICATORS); c++) {
      int top = -1;
      Set<ColumnRole> roles = EnumSet.noneOf(ColumnRole.class);
      for (int r = 0; r <= t.rows(); r++) {
        Optional<ColumnRole> role = r < t.rows() && t.isOrigin(r, c) && t.cellAt(r, c).colSpan() == 1
            ? headers.roleOf(t.text(r, c)) : Optional.empty();
        if (role.isPresent() && !roles.contains(role.get()) && filledRight(t, r, c) >= MIN_INDICATORS) {
          top = top < 0 ? r : top;
          roles.add(role.get());
          continue;
        }
        if (top >= 0 && (r - top >= MIN_LABELS && isIndicatorHeader(roles) || isGroupSummary(roles))) {
          return Optional.of(new Run(c, top, r - 1));
        }
        top = -1;
        roles.clear();
        if (role.isPresent() && filledRight(t, r, c) >= MIN_INDICATORS) {
          top = r;
          roles.add(role.get());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * 一级指标 | 投入 | 过程 | … down a first column of 一级指标 / 分值 / 得分 (h366's 表二, its first cell a 斜线表头 "一级指标 得分情况"):
   * the 一级 summary printed sideways, one column per group.
   */
  static boolean isGroupSummary(Set<ColumnRole> roles) {
    return roles.contains(ColumnRole.LEVEL1) && roles.contains(ColumnRole.WEIGHT) && roles.contains(ColumnRole.SCORE)
        && EnumSet.of(ColumnRole.LEVEL1, ColumnRole.WEIGHT, ColumnRole.SCORE, ColumnRole.SCORE_RATE).containsAll(roles);
  }

  static boolean isIndicatorHeader(Set<ColumnRole> roles) {
    return (roles.contains(ColumnRole.LEVEL3) || roles.contains(ColumnRole.NAME))
        && (roles.contains(ColumnRole.WEIGHT) || roles.contains(ColumnRole.SCORE))
        && (roles.contains(ColumnRole.TARGET) || roles.contains(ColumnRole.ACTUAL));
  }

  /** How many distinct cells right of column c on row r hold text. */
  private static int filledRight(TableGrid t, int r, int c) {
    int n = 0;
    for (int k = c + 1; k < t.cols(); k++) {
      if (t.isOrigin(r, k) && !t.text(r, k).isBlank()) {
        n++;
      }
    }
    return n;
  }

  /** The block as its own grid, rows and columns swapped, under a new table number. */
  private static TableGrid turn(TableGrid t, Run run, int tableIndex) {
    int rows = t.cols() - run.col();
    int cols = run.bottom() - run.top() + 1;
    List<GridCell> cells = new ArrayList<>();
    for (GridCell c : t.cells()) {
      int top = Math.max(c.row(), run.top());
      int bottom = Math.min(c.row() + c.rowSpan(), run.bottom() + 1);
      int left = Math.max(c.col(), run.col());
      int right = c.col() + c.colSpan();
      if (top >= bottom || left >= right || !t.isOrigin(c.row(), c.col()) || c.text().isBlank()) {
        continue;
      }
      cells.add(new GridCell(left - run.col(), top - run.top(), right - left, bottom - top, c.text(), c.page()));
    }
    return new TableGrid(t.index(), tableIndex, rows, cols, cells, t.page(), t.start(), t.end(), t.method(), null);
  }
}
