package org.jixiao.ingest.pdf;

/** A block found on one page, before tables are joined across pages. */
sealed interface PageBlock permits PageBlock.Text, PageBlock.Table {
  int page();

  double top();

  /**
   * A paragraph, its lines already joined.
   *
   * @param endsFull its last line runs to the right margin (it may go on at the next page's top)
   * @param startsFlush its first line starts at the left margin, not indented (it may continue a
   *     paragraph from the previous page)
   */
  record Text(int page, double top, String text, boolean endsFull, boolean startsFlush) implements PageBlock {}

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
