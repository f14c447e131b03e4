package org.jixiao.ingest.ole;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.ingest.office.WordGrid;

/**
 * One Word 97 table as a grid. Word 97 stores no grid columns, only each cell's left edge and
 * width, so the grid's columns are the distinct cell edges of the whole table (edges closer than
 * {@value #EDGE_TOLERANCE} twips are one); a cell spans the columns between its edges. Vertical
 * merges come from the vertically-merged flags, legacy horizontal merges from the merged flags.
 */
final class DocTables {
  /** Writers round widths differently per row; a few twips are one edge. */
  static final int EDGE_TOLERANCE = 20;

  /** The table's grid, the tables nested in its cells (each read as a table of its own, in order), and counts. */
  record Result(GridBuilder grid, List<GridBuilder> inner, int nestedTables, int repairs) {}

  private DocTables() {}

  static Result read(Table table) throws IngestException {
    int[] edges = edges(table);
    WordGrid grid = new WordGrid();
    List<GridBuilder> inner = new ArrayList<>();
    int nested = 0;
    for (int r = 0; r < table.numRows(); r++) {
      ReadFailures.checkInterrupted();
      TableRow row = table.getRow(r);
      grid.startRow(0);
      for (int k = 0; k < row.numCells(); k++) {
        TableCell cell = row.getCell(k);
        int left = nearest(edges, cell.getLeftEdge());
        int right = nearest(edges, cell.getLeftEdge() + cell.getWidth());
        int span = Math.max(1, right - left);
        for (int p = 0; p < cell.numParagraphs(); p++) {
          if (cell.getParagraph(p).getTableLevel() > table.getTableLevel()) {
            // a form's indicator block built as a table inside one of its cells (h292): a table of its own
            Table t = cell.getTable(cell.getParagraph(p));
            Result r2 = read(t);
            inner.add(r2.grid());
            inner.addAll(r2.inner());
            nested += 1 + r2.nestedTables();
            p += Math.max(1, t.numParagraphs()) - 1;
          }
        }
        if (cell.isMerged() && !cell.isFirstMerged()) {
          grid.extendLast(span);
          continue;
        }
        WordGrid.VMerge vm = !cell.isVerticallyMerged() ? WordGrid.VMerge.NONE
            : cell.isFirstVerticallyMerged() ? WordGrid.VMerge.RESTART : WordGrid.VMerge.CONTINUE;
        grid.cellAt(left, span, vm, cellText(cell, table.getTableLevel()));
      }
    }
    return new Result(grid.toGrid(), List.copyOf(inner), nested, grid.repairs());
  }

  /** The cell's own text: its paragraphs at the table's level (a table nested in it is read as a table of its own). */
  private static String cellText(TableCell cell, int level) {
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < cell.numParagraphs(); p++) {
      org.apache.poi.hwpf.usermodel.Paragraph par = cell.getParagraph(p);
      if (par.getTableLevel() > level) {
        continue;
      }
      for (String line : FieldCodes.clean(VisibleText.of(par)).split("\n")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    return String.join("\n", lines);
  }

  /** The table's column boundaries in twips, near-duplicates merged. */
  private static int[] edges(Table table) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int k = 0; k < row.numCells(); k++) {
        TableCell c = row.getCell(k);
        all.add(c.getLeftEdge());
        all.add(c.getLeftEdge() + c.getWidth());
      }
    }
    List<Integer> merged = new ArrayList<>();
    for (int e : all) {
      if (merged.isEmpty() || e - merged.getLast() > EDGE_TOLERANCE) {
        merged.add(e);
      }
    }
    return merged.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int nearest(int[] edges, int x) {
    int best = 0;
    for (int i = 1; i < edges.length; i++) {
      if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) {
        best = i;
      }
    }
    return best;
  }
}
