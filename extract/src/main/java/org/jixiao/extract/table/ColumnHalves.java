package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Names;

/**
 * A table too wide for its page, printed in column halves: Excel prints a wide sheet "down, then over", so the
 * pages first hold the left columns of every row (序号 | 一级 | 二级 | 三级 | 指标值), then the right columns of the same
 * rows (序号 | 实际完成值 | 分值 | 得分 | 偏差原因), the 序号 repeated as a print-title column (h286). Neither half is an
 * indicator table alone (names without scores, scores without names); joined row by row they are the table.
 *
 * <p>Tables in a row whose header rows are equal are one table over pages (each later page's header dropped). Two such
 * runs are halves of one table when both open with the same key column (序号, 编号, 行次), their other headers differ,
 * and their key columns list the same keys in the same order (three or more): the later run's columns, its key
 * column left out, are set beside the earlier's. Every cell keeps its page and box; the joined grid takes the earlier
 * run's place and table number. Anything less certain (a key missing on one side, another order) is left as printed.
 */
public final class ColumnHalves {
  private static final Set<String> KEYS = Set.of("序号", "编号", "行次", "行号", "指标序号", "指标编号");
  private static final int MIN_KEYS = 3;

  private ColumnHalves() {}

  /** The document with each table printed in column halves joined; the same document when there is none. */
  public static ParsedDocument joined(ParsedDocument doc) {
    List<List<TableGrid>> runs = runs(doc);
    for (int i = 0; i < runs.size(); i++) {
      for (int j = i + 1; j < runs.size(); j++) {
        if (halves(runs.get(i), runs.get(j))) {
          return joined(joined(doc, runs.get(i), runs.get(j)));
        }
      }
    }
    return doc;
  }

  /** Keyed tables in document order, those in a row with the same header row as one run. */
  private static List<List<TableGrid>> runs(ParsedDocument doc) {
    List<List<TableGrid>> runs = new ArrayList<>();
    List<TableGrid> current = null;
    for (Block b : doc.blocks()) {
      if (!(b instanceof TableGrid t)) {
        continue;
      }
      if (!keyed(t)) {
        current = null;
        continue;
      }
      if (current != null && header(current.getFirst()).equals(header(t))) {
        current.add(t);
      } else {
        current = new ArrayList<>(List.of(t));
        runs.add(current);
      }
    }
    return runs;
  }

  private static boolean keyed(TableGrid t) {
    return t.rows() >= 2 && t.cols() >= 2 && KEYS.contains(Names.label(t.text(0, 0))) && t.cellAt(0, 0).colSpan() == 1
        && t.cellAt(0, 0).rowSpan() == 1;
  }

  private static List<String> header(TableGrid t) {
    List<String> h = new ArrayList<>(t.cols());
    for (int c = 0; c < t.cols(); c++) {
      h.add(Names.label(t.text(0, c)));
    }
    return h;
  }

  /** The key column's texts below each table's header, the run's tables in turn. */
  private static List<String> keys(List<TableGrid> run) {
    List<String> keys = new ArrayList<>();
    for (TableGrid t : run) {
      for (int r = 1; r < t.rows(); r++) {
        keys.add(t.cellAt(r, 0).row() == r ? Names.compact(t.text(r, 0)) : "\u0000" + keys.size());
      }
    }
    return keys;
  }

  private static boolean halves(List<TableGrid> left, List<TableGrid> right) {
    List<String> l = header(left.getFirst());
    List<String> r = header(right.getFirst());
    if (!l.getFirst().equals(r.getFirst()) || l.subList(1, l.size()).equals(r.subList(1, r.size()))) {
      return false;
    }
    List<String> keys = keys(left);
    return keys.equals(keys(right)) && keys.stream().filter(k -> !k.isEmpty() && k.charAt(0) != 0).distinct().count() >= MIN_KEYS
        && rowsWhole(right);
  }

  /** Whether no cell of the right half's key column spans rows (a key per row, so rows pair one to one). */
  private static boolean rowsWhole(List<TableGrid> run) {
    for (TableGrid t : run) {
      for (int r = 0; r < t.rows(); r++) {
        if (t.cellAt(r, 0).rowSpan() != 1) {
          return false;
        }
      }
    }
    return true;
  }

  private static ParsedDocument joined(ParsedDocument doc, List<TableGrid> left, List<TableGrid> right) {
    TableGrid first = left.getFirst();
    int leftCols = first.cols();
    int rightCols = right.getFirst().cols() - 1;
    List<GridCell> cells = new ArrayList<>();
    int rows = placed(left, 0, 0, cells);
    placed(right, 1, leftCols - 1, cells);
    TableGrid last = right.getLast();
    TableGrid grid = new TableGrid(first.index(), first.tableIndex(), rows, leftCols + rightCols, cells, first.page(),
        first.start(), Math.max(left.getLast().end(), last.end()), first.method(), first.sheet());
    List<Block> blocks = new ArrayList<>(doc.blocks().size());
    for (Block b : doc.blocks()) {
      if (b == first) {
        blocks.add(grid);
      } else if (!(b instanceof TableGrid t && (left.contains(t) || right.contains(t)))) {
        blocks.add(b);
      }
    }
    List<IngestWarning> warnings = new ArrayList<>(doc.warnings());
    warnings.add(new IngestWarning(WarningCode.COLUMN_HALVES_JOINED, String.format(Locale.ROOT,
        "表%d（%d 页）与表%d（%d 页）是一张宽表的左右两半，按“%s”逐行拼接", first.tableIndex() + 1, left.size(),
        right.getFirst().tableIndex() + 1, right.size(), first.text(0, 0).strip()), first.page()));
    return new ParsedDocument(doc.fileName(), doc.format(), List.copyOf(blocks), doc.text(), doc.metadata(),
        List.copyOf(warnings), doc.pageCount());
  }

  /**
   * The run's cells placed one table under the next (each later table's header row left out), columns from
   * {@code fromCol} on shifted by {@code shift}; returns the rows used.
   */
  private static int placed(List<TableGrid> run, int fromCol, int shift, List<GridCell> into) {
    int top = 0;
    for (int k = 0; k < run.size(); k++) {
      TableGrid t = run.get(k);
      int skip = k == 0 ? 0 : 1;
      for (GridCell c : t.cells()) {
        if (c.col() + c.colSpan() <= fromCol || c.row() < skip) {
          continue;
        }
        // a cell across the key column ("自评等级" over two columns) keeps the part right of it
        int col = Math.max(c.col(), fromCol);
        into.add(new GridCell(top + c.row() - skip, col + shift, c.rowSpan(), c.colSpan() - (col - c.col()), c.text(),
            c.page(), c.ocr(), c.box()));
      }
      top += t.rows() - skip;
    }
    return top;
  }
}
