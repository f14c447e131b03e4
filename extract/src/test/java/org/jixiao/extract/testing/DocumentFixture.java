package org.jixiao.extract.testing;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;

/**
 * A small {@link ParsedDocument} built by hand, block by block, through the same {@link
 * DocumentBuilder} every reader uses (so offsets mean what they mean for real files).
 *
 * <p>Tables are written as rows of {@code |}-separated cells. A cell {@code ^} continues the cell
 * above (a vertical merge), {@code <} continues the cell to its left (a horizontal merge), and an
 * empty cell is blank:
 *
 * <pre>
 * table("一级指标|二级指标|三级指标|分值|得分",
 *       "产出指标|数量指标|培训人次|10|9",
 *       "^|^|培训覆盖率|5|5",
 *       "合计|<|<|15|14")
 * </pre>
 */
public final class DocumentFixture {
  private final DocumentBuilder builder;
  private int page = 1;

  private DocumentFixture(String fileName, DocFormat format) {
    this.builder = new DocumentBuilder(fileName, format, Limits.defaults());
  }

  /** A fixture named {@code fileName}, read as if it were a DOCX. */
  public static DocumentFixture named(String fileName) {
    return new DocumentFixture(fileName, DocFormat.DOCX);
  }

  public static DocumentFixture named(String fileName, DocFormat format) {
    return new DocumentFixture(fileName, format);
  }

  /** The blocks that follow are on page {@code p}. */
  public DocumentFixture page(int p) {
    this.page = p;
    return this;
  }

  /** A heading paragraph of {@code level} (an HTML h1, a Word heading style). */
  public DocumentFixture heading(String text, int level) {
    try {
      builder.paragraph(text, level, page);
    } catch (IngestException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  public DocumentFixture paragraph(String text) {
    try {
      builder.paragraph(text, 0, page);
    } catch (IngestException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  public DocumentFixture paragraphs(String... texts) {
    for (String t : texts) {
      paragraph(t);
    }
    return this;
  }

  /** A table in the {@code |} notation of the class comment. */
  public DocumentFixture table(String... rows) {
    return table(grid(page, rows));
  }

  public DocumentFixture table(GridBuilder grid) {
    try {
      builder.table(grid);
    } catch (IngestException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** A document property, as a reader records it (the HTML {@code <title>} under {@code title}). */
  public DocumentFixture metadata(String key, String value) {
    builder.metadata(key, value);
    return this;
  }

  public ParsedDocument build() {
    return builder.build();
  }

  /** The grid of rows in the {@code |} notation, merges resolved into spans. */
  public static GridBuilder grid(int page, String... rows) {
    List<String[]> cells = new ArrayList<>();
    int cols = 0;
    for (String r : rows) {
      String[] c = r.split("\\|", -1);
      cells.add(c);
      cols = Math.max(cols, c.length);
    }
    String[][] t = new String[cells.size()][cols];
    for (int r = 0; r < t.length; r++) {
      for (int c = 0; c < cols; c++) {
        String[] row = cells.get(r);
        t[r][c] = c < row.length ? row[c] : "";
      }
    }
    GridBuilder g = new GridBuilder().page(page).ensureSize(t.length, cols);
    for (int r = 0; r < t.length; r++) {
      for (int c = 0; c < cols; c++) {
        if (t[r][c].equals("^") || t[r][c].equals("<")) {
          continue;
        }
        int colSpan = 1;
        while (c + colSpan < cols && t[r][c + colSpan].equals("<")) {
          colSpan++;
        }
        int rowSpan = 1;
        while (r + rowSpan < t.length && t[r + rowSpan][c].equals("^")) {
          rowSpan++;
        }
        if (!t[r][c].isEmpty() || colSpan > 1 || rowSpan > 1) {
          g.cell(r, c, rowSpan, colSpan, t[r][c], page);
        }
      }
    }
    return g;
  }
}
