package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The numeric columns of a document's last scanned table that had its header: a table over several pages prints its
 * header (分值, 得分) on the first page only, so a continuation page would read its scores as words ("1" as nothing, "4"
 * as 中). A later page's table framed at the same left and right edges (within a tenth of an inch), with no numeric
 * header of its own, takes the columns remembered here. One per document, pages in order; not thread-safe.
 */
public final class NumericMemory {
  private int[] frame;
  private List<int[]> columns = List.of();

  /** A memory for one document's pages. */
  public static NumericMemory forDocument() {
    return new NumericMemory();
  }

  /** Remembers the numeric header cells of a table with frame {@code frame} ({x0, y0, x1, y1}). */
  void remember(int[] frame, List<int[]> headers) {
    this.frame = frame.clone();
    List<int[]> cols = new ArrayList<>(headers.size());
    for (int[] h : headers) {
      cols.add(new int[] {h[0], h[2]});
    }
    this.columns = List.copyOf(cols);
  }

  /**
   * Header boxes just above a table with frame {@code frame} at the remembered columns, when it is framed as the
   * remembered table was; none otherwise.
   */
  List<int[]> headersAbove(int[] frame, int dpi) {
    int tol = Math.max(3, dpi / 10);
    if (this.frame == null || Math.abs(frame[0] - this.frame[0]) > tol || Math.abs(frame[2] - this.frame[2]) > tol) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>(columns.size());
    for (int[] c : columns) {
      out.add(new int[] {c[0], frame[1] - 1, c[1], frame[1]});
    }
    return out;
  }
}
