package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.extract.draft.ReportDraft.Folded;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;

/**
 * 一条指标占两行: an indicator table whose every record takes two (or three) printed lines, as a header of as many
 * rows names them (h315: line 1 序号 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值, line 2 分值 | 得分 |
 * 偏差原因分析及改进措施), with the 序号 merged down each record's lines. The block is read as a grid of its own, each
 * record's lines side by side on one row (line 1's columns, then line 2's), placed after the table (whose block is
 * blanked there); {@link Folded} maps every cell back to where it is printed.
 *
 * <p>A two-row header whose second row subdivides the first (指标值 over 年度 | 累计) is not this: there a first-row
 * label is wider than the labels under it, or has none under it at all, and each record takes one line.
 */
public final class FoldedRecords {
  /** More lines to a record than this is not a form anyone prints. */
  private static final int MAX_LINES = 3;
  /** Records before a block is taken for folded (one record could be a merged note). */
  private static final int MIN_RECORDS = 2;
  /** Labels of a later header line standing under labels of the first, as wide or narrower. */
  private static final int MIN_STACKED = 2;

  /** Rows header..end of the printed table: a header of {@code lines} rows, then records of as many lines each. */
  private record Fold(int header, int lines, int end) {
    int records() {
      return (end - header) / lines - 1;
    }
  }

  private final HeaderClassifier headers;

  public FoldedRecords(HeaderClassifier headers) {
    this.headers = headers;
  }

  /** The document with each folded block read one record a row, and how those grids map back. */
  public RewrittenTables.Result unfolded(ParsedDocument doc) {
    return RewrittenTables.apply(doc, (t, tableIndex) -> folded(t).map(f -> new RewrittenTables.Rewrite(
        RewrittenTables.keeping(t, c -> c.row() < f.header() || c.row() + c.rowSpan() > f.end()), unfold(t, f, tableIndex), new Folded(tableIndex, t.tableIndex(), f.header(), f.lines(), t.cols()))));
  }

  private Optional<Fold> folded(TableGrid t) {
    for (int h = 0; h < t.rows(); h++) {
      if (!t.isOrigin(h, 0)) {
        continue;
      }
      int lines = t.cellAt(h, 0).rowSpan();
      if (lines < 2 || lines > MAX_LINES || t.text(h, 0).isBlank() || !isFoldedHeader(t, h, lines)) {
        continue;
      }
      int end = h + lines;
      int records = 0;
      while (end < t.rows() && t.isOrigin(end, 0) && t.cellAt(end, 0).rowSpan() == lines && !t.text(end, 0).isBlank()) {
        end += lines;
        records++;
      }
      if (records >= MIN_RECORDS) {
        return Optional.of(new Fold(h, lines, end));
      }
    }
    return Optional.empty();
  }

  /**
   * Rows h.. name different columns on each line, together an indicator header, and at least two labels of the later
   * lines stand under first-line labels that are no wider (a subdividing header has wider parents above its labels).
   */
  private boolean isFoldedHeader(TableGrid t, int h, int lines) {
    Set<ColumnRole> all = EnumSet.noneOf(ColumnRole.class);
    int stacked = 0;
    for (int i = 0; i < lines; i++) {
      Set<ColumnRole> line = EnumSet.noneOf(ColumnRole.class);
      for (int c = 1; c < t.cols(); c++) {
        if (!t.isOrigin(h + i, c)) {
          continue;
        }
        Optional<ColumnRole> role = headers.roleOf(t.text(h + i, c));
        if (role.isEmpty()) {
          continue;
        }
        if (all.contains(role.get()) || !line.add(role.get())) {
          return false;
        }
        GridCell above = t.cellAt(h, c);
        if (i > 0 && above.row() == h && above.col() == c && above.rowSpan() == 1
            && above.colSpan() <= t.cellAt(h + i, c).colSpan() && headers.roleOf(above.text()).isPresent()) {
          stacked++;
        }
      }
      if (line.size() < 2) {
        return false;
      }
      all.addAll(line);
    }
    return stacked >= MIN_STACKED && TransposedTables.isIndicatorHeader(all);
  }

  /** The block as its own grid: row 0 the header's lines side by side, then one row per record. */
  private static TableGrid unfold(TableGrid t, Fold f, int tableIndex) {
    int width = t.cols();
    List<GridCell> cells = new ArrayList<>();
    for (GridCell c : t.cells()) {
      if (c.row() < f.header() || c.row() >= f.end() || c.text().isBlank()) {
        continue;
      }
      int record = (c.row() - f.header()) / f.lines();
      int line = (c.row() - f.header()) % f.lines();
      // a cell merged down several records (一级 over its rows) spans them; one merged over its own lines (序号) does not
      int last = Math.min((c.row() + c.rowSpan() - 1 - f.header()) / f.lines(), f.records());
      cells.add(new GridCell(record, line * width + c.col(), last - record + 1, c.colSpan(), c.text(), c.page()));
    }
    return new TableGrid(t.index(), tableIndex, f.records() + 1, width * f.lines(), cells, t.page(), t.start(), t.end(),
        t.method(), null);
  }
}
