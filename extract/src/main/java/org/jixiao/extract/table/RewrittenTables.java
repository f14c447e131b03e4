package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.draft.ReportDraft.Rewritten;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;

/**
 * Tables whose block is read as a grid of its own ({@link TransposedTables}, {@link FoldedRecords}): the grid is placed
 * after the table, whose block is blanked there, under a table number past the document's, and {@link Rewritten} maps
 * its cells back to where they are printed.
 */
public final class RewrittenTables {
  /** The document with its rewritten grids, and how they map back. */
  public record Result(ParsedDocument doc, List<Rewritten> rewritten) {}

  /** One table rewritten: what is left of it, the block's own grid, and the map. */
  record Rewrite(TableGrid left, TableGrid own, Rewritten map) {}

  /** How a table is rewritten, if it is, under the given table number. */
  interface Rewriter {
    Optional<Rewrite> rewrite(TableGrid table, int tableIndex);
  }

  private RewrittenTables() {}

  /** The table with only the cells {@code keep} accepts (the others blank), so that a rewritten block is read once. */
  static TableGrid keeping(TableGrid t, java.util.function.Predicate<org.jixiao.ingest.GridCell> keep) {
    return new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), t.cells().stream().filter(keep).toList(), t.page(),
        t.start(), t.end(), t.method(), t.sheet());
  }

  static Result apply(ParsedDocument doc, Rewriter rewriter) {
    int next = doc.tables().stream().mapToInt(TableGrid::tableIndex).max().orElse(-1) + 1;
    List<Block> blocks = new ArrayList<>();
    List<Rewritten> maps = new ArrayList<>();
    for (Block b : doc.blocks()) {
      Optional<Rewrite> r = b instanceof TableGrid t ? rewriter.rewrite(t, next) : Optional.empty();
      if (r.isEmpty()) {
        blocks.add(b);
        continue;
      }
      blocks.add(r.get().left());
      blocks.add(r.get().own());
      maps.add(r.get().map());
      next++;
    }
    if (maps.isEmpty()) {
      return new Result(doc, List.of());
    }
    return new Result(new ParsedDocument(doc.fileName(), doc.format(), blocks, doc.text(), doc.metadata(),
        doc.warnings(), doc.pageCount()), List.copyOf(maps));
  }
}
