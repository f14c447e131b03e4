package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.internal.WrappedText;
import org.jixiao.schema.TableMethod;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * Writes page layouts into a {@link DocumentBuilder} in reading order, joining a table at the foot
 * of one page with a matching table at the head of the next ({@link TableJoiner}), and a paragraph
 * whose last line is full at the foot of a page with an unindented paragraph at the head of the next
 * (unless that one opens a heading or list item).
 */
final class LayoutWriter {
  /** A table part must end below this fraction of the page height to continue on the next page. */
  static final double FOOT = 0.6;
  /** Text above this fraction of the page height may be a running header. */
  static final double HEAD = 0.12;

  private final DocumentBuilder out;
  private final List<PageTable> pending = new ArrayList<>();
  private final List<Written> queue = new ArrayList<>();
  private boolean pendingAtFoot;
  private PageBlock.@Nullable Text pendingText;
  private boolean pendingTextAtFoot;
  private int headerRowsDropped;
  private int cellsRejoined;
  private int rowsRejoined;

  /** Whether the document has pages; a picture read inside a Word file has none, so its blocks carry none. */
  private final boolean paged;

  LayoutWriter(DocumentBuilder out) {
    this(out, true);
  }

  LayoutWriter(DocumentBuilder out, boolean paged) {
    this.out = out;
    this.paged = paged;
  }

  void page(PageLayout layout) throws IngestException {
    List<PageBlock> blocks = layout.blocks();
    int head = runningHead(blocks, layout.height());
    if (head > 0) {
      // a running header above a continued borderless table: written before it, the table goes on
      for (int i = 0; i < head; i++) {
        PageBlock.Text t = (PageBlock.Text) blocks.get(i);
        flushText();
        queue.add(new Written.Text(t.text(), t.page()));
      }
      blocks = blocks.subList(head, blocks.size());
    }
    int textHead = textHead(blocks, layout.height());
    if (textHead > 0) {
      // a header line on this page only (so no running header) above a paragraph going on from the last page:
      // written on its own, before that paragraph, which goes on (h257's second page)
      for (int i = 0; i < textHead; i++) {
        PageBlock.Text t = (PageBlock.Text) blocks.get(i);
        queue.add(new Written.Text(t.text(), t.page()));
      }
      blocks = blocks.subList(textHead, blocks.size());
    }
    for (int i = 0; i < blocks.size(); i++) {
      PageBlock b = blocks.get(i);
      if (b instanceof PageBlock.Table t) {
        PageTable table = t.table();
        boolean continues = i == 0 && pendingAtFoot && !pending.isEmpty()
            && TableJoiner.continues(pending.get(pending.size() - 1), table);
        flushText();
        if (!continues) {
          flushTable();
        }
        pending.add(table);
        pendingAtFoot = i == blocks.size() - 1 && table.bottom() >= FOOT * layout.height();
      } else if (b instanceof PageBlock.Text p) {
        flushTable();
        if (i == 0 && pendingText != null && pendingTextAtFoot && p.startsFlush() && p.page() == pendingText.page() + 1
            && !Paragraphs.opensOutline(pendingText.text(), p.text())) {
          // a paragraph running over the page break: one paragraph, on the page it starts
          pendingText = new PageBlock.Text(pendingText.page(), pendingText.top(),
              WrappedText.join(List.of(pendingText.text(), p.text())), p.endsFull(), pendingText.startsFlush());
        } else {
          flushText();
          pendingText = p;
        }
        pendingTextAtFoot = i == blocks.size() - 1 && p.endsFull();
      }
    }
  }

  /**
   * How many text blocks in the page's top band stand above a borderless table that continues the
   * table pending from the previous page (a reporting system's running header); 0 when none.
   */
  private int runningHead(List<PageBlock> blocks, double height) {
    if (!pendingAtFoot || pending.isEmpty() || pending.get(pending.size() - 1).method() != TableMethod.STREAM) {
      return 0;
    }
    for (int i = 0; i < blocks.size(); i++) {
      PageBlock b = blocks.get(i);
      if (b instanceof PageBlock.Table t) {
        return i > 0 && TableJoiner.continues(pending.get(pending.size() - 1), t.table()) ? i : 0;
      }
      if (b.top() > HEAD * height) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * How many text blocks in the page's top edge band stand above a flush paragraph that goes on from the paragraph pending
   * at the last page's foot; 0 when none.
   */
  private int textHead(List<PageBlock> blocks, double height) {
    if (pendingText == null || !pendingTextAtFoot) {
      return 0;
    }
    for (int i = 0; i < blocks.size(); i++) {
      PageBlock b = blocks.get(i);
      if (b.top() > PageLayout.EDGE * height) { // a running line stands in the page's edge band
        return i > 0 && b instanceof PageBlock.Text p && p.startsFlush() && p.page() == pendingText.page() + 1
            && !Paragraphs.opensOutline(pendingText.text(), p.text()) ? i : 0;
      }
      if (!(b instanceof PageBlock.Text)) {
        return 0;
      }
    }
    return 0;
  }

  private void flushText() throws IngestException {
    if (pendingText != null) {
      queue.add(new Written.Text(pendingText.text(), pendingText.page()));
      pendingText = null;
    }
  }

  /** Writes the paragraph or table being collected, if any. */
  void flush() throws IngestException {
    flushText();
    flushTable();
    for (int i = 0; i < queue.size(); i++) {
      if (queue.get(i) instanceof Written.Table left) {
        int next = nextTable(i);
        if (next >= 0 && lastOnItsPage(i) && SheetHalves.halves(left.grid(), ((Written.Table) queue.get(next)).grid())) {
          GridBuilder right = ((Written.Table) queue.remove(next)).grid();
          queue.set(i, new Written.Table(SheetHalves.joined(left.grid(), right)));
          out.warn(WarningCode.SHEET_HALVES_JOINED, "page " + right.page() + " holds the right-hand columns of the table on page "
              + left.grid().page() + " (a sheet printed two pages wide): joined to its rows", right.page());
        }
      }
    }
    for (Written w : queue) {
      switch (w) {
        case Written.Text t -> out.paragraph(t.text(), 0, paged ? t.page() : null);
        case Written.Table t -> out.table(paged ? t.grid() : t.grid().withoutPages());
      }
    }
    queue.clear();
  }

  /** What the pages hold in reading order, written out at the end, when tables printed side by side are known. */
  private sealed interface Written {
    record Text(String text, @Nullable Integer page) implements Written {}

    record Table(GridBuilder grid) implements Written {}
  }

  /** The index of the first table after {@code i}, or -1. */
  private int nextTable(int i) {
    for (int k = i + 1; k < queue.size(); k++) {
      if (queue.get(k) instanceof Written.Table) {
        return k;
      }
    }
    return -1;
  }

  /** Whether no other table of the table at {@code i}'s page follows it. */
  private boolean lastOnItsPage(int i) {
    Integer page = ((Written.Table) queue.get(i)).grid().page();
    int next = nextTable(i);
    return next < 0 || !java.util.Objects.equals(((Written.Table) queue.get(next)).grid().page(), page);
  }

  private void flushTable() throws IngestException {
    if (pending.isEmpty()) {
      return;
    }
    TableJoiner.Stats stats = new TableJoiner.Stats();
    queue.add(new Written.Table(TableJoiner.join(pending, stats)));
    PageTable first = pending.get(0);
    if (first.method() == TableMethod.STREAM) {
      out.warn(WarningCode.STREAM_TABLE, "a table without rulings, found by column alignment", first.page());
    }
    headerRowsDropped += stats.headerRowsDropped;
    cellsRejoined += stats.cellsRejoined;
    rowsRejoined += stats.rowsRejoined;
    pending.clear();
    pendingAtFoot = false;
  }

  int headerRowsDropped() {
    return headerRowsDropped;
  }

  int cellsRejoined() {
    return cellsRejoined;
  }

  int rowsRejoined() {
    return rowsRejoined;
  }
}
