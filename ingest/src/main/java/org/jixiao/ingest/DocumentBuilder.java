package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Radicals;
import org.jspecify.annotations.Nullable;

/**
 * Assembles a {@link ParsedDocument} block by block: assigns block and table indices, builds the
 * linear text and each block's span in it, and enforces the character and cell limits as it goes.
 * Every reader uses it, so offsets mean the same thing for every format.
 */
public final class DocumentBuilder {
  private final String fileName;
  private final DocFormat format;
  private final Limits limits;
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final List<IngestWarning> warnings = new ArrayList<>();
  private @Nullable Integer pageCount;
  private int tables;
  private int cells;
  private int radicals;

  public DocumentBuilder(String fileName, DocFormat format, Limits limits) {
    this.fileName = fileName;
    this.format = format;
    this.limits = limits;
  }

  /** Adds a paragraph; blank text is skipped. Line breaks inside are kept. */
  public DocumentBuilder paragraph(String content, int headingLevel, @Nullable Integer page) throws IngestException {
    String t = unified(content.strip());
    if (t.isEmpty()) {
      return this;
    }
    int start = beginBlock(t.length());
    text.append(t);
    blocks.add(new Paragraph(blocks.size(), t, headingLevel, page, start, text.length()));
    return this;
  }

  /** Adds a table built by {@code grid}; an empty grid is skipped. */
  public DocumentBuilder table(GridBuilder grid) throws IngestException {
    if (grid.rows() == 0 || grid.cols() == 0) {
      return this;
    }
    cells += grid.rows() * grid.cols();
    if (cells > limits.maxCells()) {
      throw new IngestException(FailureKind.TOO_LARGE, "more than " + limits.maxCells() + " table cells");
    }
    List<GridCell> origins = grid.origins().stream().map(c -> Radicals.count(c.text()) == 0 ? c
        : new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), unified(c.text()), c.page(), c.ocr(), c.box())).toList();
    TableGrid probe = new TableGrid(0, 0, grid.rows(), grid.cols(), origins, grid.page(), 0, 0);
    StringBuilder linear = new StringBuilder();
    for (int r = 0; r < probe.rows(); r++) {
      if (r > 0) {
        linear.append('\n');
      }
      for (int c = 0; c < probe.cols(); c++) {
        if (c > 0) {
          linear.append('\t');
        }
        if (probe.isOrigin(r, c)) {
          linear.append(probe.text(r, c).replace('\n', ' ').replace('\t', ' '));
        }
      }
    }
    int start = beginBlock(linear.length());
    text.append(linear);
    blocks.add(new TableGrid(blocks.size(), tables++, grid.rows(), grid.cols(), origins, grid.page(), start, text.length(),
        grid.method(), grid.sheet()));
    return this;
  }

  /** The text with radicals folded to ideographs ({@link Radicals}), counted for one warning per document. */
  private String unified(String s) {
    radicals += Radicals.count(s);
    return Radicals.folded(s);
  }

  private int beginBlock(int length) throws IngestException {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    if ((long) text.length() + length > limits.maxChars()) {
      throw new IngestException(FailureKind.TOO_LARGE, "more than " + limits.maxChars() + " characters of text");
    }
    return text.length();
  }

  public DocumentBuilder metadata(String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      metadata.put(key, value);
    }
    return this;
  }

  public DocumentBuilder warn(WarningCode code, String message, @Nullable Integer page) {
    warnings.add(new IngestWarning(code, message, page));
    return this;
  }

  /** Records the page count and fails when it is over the limit. */
  public DocumentBuilder pageCount(int pages) throws IngestException {
    if (pages > limits.maxPages()) {
      throw new IngestException(FailureKind.TOO_LARGE, pages + " pages, over the limit of " + limits.maxPages());
    }
    this.pageCount = pages;
    return this;
  }

  public int blockCount() {
    return blocks.size();
  }

  public ParsedDocument build() {
    if (radicals > 0) {
      warn(WarningCode.RADICALS_FOLDED, radicals + " radical code point(s) in the text read as the ideographs they print (部⻔ → 部门)",
          null);
      radicals = 0;
    }
    return new ParsedDocument(fileName, format, blocks, text.toString(), metadata, warnings, pageCount);
  }
}
