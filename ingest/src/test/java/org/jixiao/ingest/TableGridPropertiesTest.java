package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link TableGrid} invariants on random span layouts: every slot has exactly one origin, spans
 * stay in bounds, and overlapping or out-of-range cells are rejected. jqwik prints the seed of a
 * failing run and replays it from its database.
 */
class TableGridPropertiesTest {
  /** A non-overlapping layout: some slots covered by (merged) cells, the rest left to fillers. */
  record Layout(int rows, int cols, List<GridCell> cells) {}

  @Provide
  Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9),
            Arbitraries.integers().between(1, 9),
            Arbitraries.integers().between(0, 99).list().ofSize(200))
        .as(TableGridPropertiesTest::layout);
  }

  /** Greedy placement driven by the choices: skip the slot, or place a cell of up to 3×3 that fits. */
  private static Layout layout(int rows, int cols, List<Integer> choices) {
    boolean[][] used = new boolean[rows][cols];
    List<GridCell> cells = new ArrayList<>();
    int k = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (used[r][c]) {
          continue;
        }
        int choice = choices.get(k++ % choices.size());
        if (choice < 20) {
          continue; // left empty: the grid fills it
        }
        int freeRight = 0;
        while (c + freeRight < cols && !used[r][c + freeRight]) {
          freeRight++;
        }
        int w = 1 + choice % Math.min(3, freeRight);
        int h = 1 + choices.get(k++ % choices.size()) % Math.min(3, rows - r);
        while (h > 1 && !free(used, r + h - 1, c, w)) {
          h--;
        }
        for (int i = r; i < r + h; i++) {
          for (int j = c; j < c + w; j++) {
            used[i][j] = true;
          }
        }
        cells.add(new GridCell(r, c, h, w, r + "," + c, null));
      }
    }
    return new Layout(rows, cols, cells);
  }

  private static boolean free(boolean[][] used, int row, int col, int width) {
    for (int j = col; j < col + width; j++) {
      if (used[row][j]) {
        return false;
      }
    }
    return true;
  }

  @Property
  void everySlotHasExactlyOneOriginInBounds(@ForAll("layouts") Layout l) {
    TableGrid grid = new TableGrid(0, 0, l.rows(), l.cols(), l.cells(), null, 0, 0);
    for (GridCell c : grid.cells()) {
      assertTrue(c.row() + c.rowSpan() <= l.rows() && c.col() + c.colSpan() <= l.cols(), () -> c + " out of bounds");
    }
    for (int r = 0; r < l.rows(); r++) {
      for (int k = 0; k < l.cols(); k++) {
        int row = r;
        int col = k;
        long covering = grid.cells().stream().filter(c -> c.covers(row, col)).count();
        assertEquals(1, covering, "origins covering " + r + "," + k);
        assertTrue(grid.cellAt(r, k).covers(r, k));
        assertEquals(grid.cellAt(r, k).text(), grid.text(r, k));
      }
    }
    assertTrue(grid.cells().containsAll(l.cells()), "a given cell was lost");
    grid.cells().stream()
        .filter(c -> !l.cells().contains(c))
        .forEach(filler -> assertEquals(new GridCell(filler.row(), filler.col(), 1, 1, "", null), filler));
  }

  @Property
  void overlappingCellIsRejected(@ForAll("layouts") Layout l, @ForAll @IntRange(min = 0, max = 1000) int pick) {
    net.jqwik.api.Assume.that(!l.cells().isEmpty());
    GridCell victim = l.cells().get(pick % l.cells().size());
    int r = victim.row() + pick % victim.rowSpan();
    int c = victim.col() + pick % victim.colSpan();
    List<GridCell> cells = new ArrayList<>(l.cells());
    cells.add(new GridCell(r, c, 1, 1, "intruder", null));
    assertThrows(IllegalArgumentException.class, () -> new TableGrid(0, 0, l.rows(), l.cols(), cells, null, 0, 0));
  }

  @Property
  void cellReachingPastTheGridIsRejected(@ForAll("layouts") Layout l, @ForAll boolean down) {
    List<GridCell> cells = new ArrayList<>(l.cells());
    cells.add(down ? new GridCell(l.rows() - 1, 0, 2, 1, "low", null) : new GridCell(0, l.cols() - 1, 1, 2, "wide", null));
    assertThrows(IllegalArgumentException.class, () -> new TableGrid(0, 0, l.rows(), l.cols(), cells, null, 0, 0));
  }
}
