package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.DocumentBuilder;
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
  private boolean pendingAtFoot;
  private PageBlock.@Nullable Text pendingText;
  private boolean pendingTextAtFoot;
  private int headerRowsDropped;
  private int cellsRejoined;
  private int rowsRejoined;

  LayoutWriter(DocumentBuilder out) {
    this.out = out;
  }

  void page(PageLayout layout) throws IngestException {
    List<PageBlock> blocks = layout.blocks();
    int head = runningHead(blocks, layout.height());
    if (head > 0) {
      // a running header above a continued borderless table: written before it, the table goes on
      for (int i = 0; i < head; i++) {
        PageBlock.Text t = (PageBlock.Text) blocks.get(i);
        flushText();
        out.paragraph(t.text(), 0, t.page());
      }
      blocks = blocks.subList(head, blocks.size());
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

  private void flushText() throws IngestException {
    if (pendingText != null) {
      out.paragraph(pendingText.text(), 0, pendingText.page());
      pendingText = null;
    }
  }

  /** Writes the paragraph or table being collected, if any. */
  void flush() throws IngestException {
    flushText();
    flushTable();
  }

  private void flushTable() throws IngestException {
    if (pending.isEmpty()) {
      return;
    }
    TableJoiner.Stats stats = new TableJoiner.Stats();
    out.table(TableJoiner.join(pending, stats));
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
