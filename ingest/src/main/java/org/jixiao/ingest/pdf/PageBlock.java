package org.jixiao.ingest.pdf;

/** A block found on one page, before tables are joined across pages. */
sealed interface PageBlock permits PageBlock.Text, PageBlock.Table {
  int page();

  double top();

  /** A paragraph: its lines already joined. */
  record Text(int page, double top, String text) implements PageBlock {}

  /** A table on this page; may continue on the next. */
  record Table(PageTable table) implements PageBlock {
    @Override
    public int page() {
      return table.page();
    }

    @Override
    public double top() {
      return table.top();
    }
  }
}
