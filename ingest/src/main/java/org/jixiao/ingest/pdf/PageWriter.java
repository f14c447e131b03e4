package org.jixiao.ingest.pdf;

import java.util.List;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;

/**
 * The second pass over a paged document (a PDF, or the frames of page images): lays out each page
 * read in the first pass, skipping the document's running headers and footers, and writes the
 * layouts in reading order with tables joined across pages.
 */
final class PageWriter {
  private PageWriter() {}

  static ParsedDocument write(List<PageInput> inputs, int pages, int unreadable, PageFurniture furniture, DocumentBuilder out)
      throws IngestException {
    LayoutWriter writer = new LayoutWriter(out);
    int glyphs = 0;
    int images = 0;
    int pageNumbers = 0;
    int running = 0;
    LineNumbers.Stripped numbered = LineNumbers.strip(inputs);
    inputs = numbered.pages();
    if (numbered.numbers() > 0) {
      out.warn(WarningCode.LINE_NUMBERS_SKIPPED, numbered.numbers() + " line number(s) down the left margin skipped", null);
    }
    RunningLines runningLines = RunningLines.find(inputs.stream()
        .map(p -> new RunningLines.PageLines(TextLines.group(p.glyphs()), p.frame().height())).toList());
    PageLayout before = null;
    for (PageInput in : inputs) {
      if (Thread.interrupted()) {
        throw new IngestException(FailureKind.TIMEOUT, "interrupted at page " + in.page() + " of " + pages);
      }
      int pageNo = in.page();
      PageLayout layout;
      try {
        layout = PageLayout.of(pageNo, in.frame(), in.glyphs(), in.rulings(), furniture, runningLines, before);
        if (in.scanned()) {
          layout = layout.scanned();
        }
      } catch (RuntimeException e) {
        unreadable++;
        out.warn(WarningCode.PAGE_UNREADABLE, "page " + pageNo + " could not be read: " + e, pageNo);
        continue;
      }
      before = layout;
      glyphs += in.glyphs().size();
      images += in.images();
      pageNumbers += layout.pageNumbersSkipped();
      running += layout.runningSkipped();
      if (in.images() > 0 && !in.glyphs().isEmpty() && !in.scanned()) {
        out.warn(WarningCode.IMAGES_NOT_READ, in.images() + " image(s) on page " + pageNo + " not read", pageNo);
      }
      writer.page(layout);
    }
    writer.flush();
    if (unreadable == pages) {
      throw new IngestException(FailureKind.CORRUPT, "damaged PDF: none of its " + pages + " pages could be read");
    }
    if (glyphs == 0) {
      throw new IngestException(FailureKind.NO_TEXT_LAYER, images > 0
          ? "no text layer: " + pages + " page(s) with " + images + " image(s) and no text; it looks scanned, and OCR read nothing on it"
          : "no text layer: " + pages + " page(s) without text (blank, or text drawn as outlines); it needs OCR if it has content");
    }
    summarise(out, pageNumbers, writer);
    if (running > 0) {
      out.warn(WarningCode.RUNNING_HEADER_SKIPPED, running + " running header/footer line(s) repeated on most pages skipped", null);
    }
    return out.build();
  }

  private static void summarise(DocumentBuilder out, int pageNumbers, LayoutWriter writer) {
    if (pageNumbers > 0) {
      out.warn(WarningCode.PAGE_NUMBER_SKIPPED, pageNumbers + " header/footer line(s) that were only a page number skipped", null);
    }
    if (writer.headerRowsDropped() > 0) {
      out.warn(WarningCode.REPEATED_HEADER_DROPPED, writer.headerRowsDropped() + " repeated table header row(s) dropped on continuation pages", null);
    }
    if (writer.cellsRejoined() > 0) {
      out.warn(WarningCode.MERGED_CELL_REJOINED, writer.cellsRejoined() + " merged cell(s) cut by a page break rejoined", null);
    }
    if (writer.rowsRejoined() > 0) {
      out.warn(WarningCode.SPLIT_ROW_REJOINED, writer.rowsRejoined() + " table row(s) cut by a page break rejoined", null);
    }
  }
}
