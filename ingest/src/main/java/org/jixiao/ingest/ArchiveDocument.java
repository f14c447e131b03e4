package org.jixiao.ingest;

import java.util.List;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * The files of an archive read as one document: each file's blocks in turn, in the archive's order, so the reports of a
 * 附件.zip are told apart as those of any file holding several are. Pages follow on from one paged file to the next (the
 * second PDF's page 1 is the page after the first PDF's last), each file's warnings are kept with its name, and one
 * {@link WarningCode#ARCHIVE_READ} line names every file and what became of it.
 */
public final class ArchiveDocument {
  /** A file of the archive and its reading: a document, or why there is none. */
  record Read(String name, @Nullable ParsedDocument document, @Nullable String failure) {}

  /**
   * Metadata: the index of each read file's first block, comma-separated; no report runs across two files, and the
   * segmenter keeps to these bounds.
   */
  public static final String ENTRY_STARTS = "archive.entryStarts";

  private ArchiveDocument() {}

  static ParsedDocument of(String fileName, List<Read> reads, List<String> skipped, Limits limits) throws IngestException {
    DocumentBuilder out = new DocumentBuilder(fileName, DocFormat.ARCHIVE, limits);
    StringBuilder said = new StringBuilder();
    List<String> starts = new java.util.ArrayList<>();
    int pages = joined(out, reads, said, starts, 0);
    for (String s : skipped) {
      said.append(said.isEmpty() ? "" : "；").append(s);
    }
    out.warn(WarningCode.ARCHIVE_READ, "压缩包中的文件：" + said, null);
    out.metadata(ENTRY_STARTS, String.join(",", starts));
    if (pages > 0) {
      out.pageCount(pages);
    }
    return out.build();
  }

  /**
   * A document with the files embedded in it (a cover letter's PDF whose 自评表 is an attached workbook, h285): its
   * own blocks, then each attachment's, pages following on. One report may run from the letter into its attachment
   * (the letter names the department, the attachment holds the rows), so no file bounds are set.
   */
  static ParsedDocument attached(ParsedDocument main, List<Read> attachments, Limits limits) throws IngestException {
    DocumentBuilder out = new DocumentBuilder(main.fileName(), main.format(), limits);
    main.metadata().forEach(out::metadata);
    List<Read> all = new java.util.ArrayList<>();
    all.add(new Read(main.fileName(), main, null));
    all.addAll(attachments);
    StringBuilder said = new StringBuilder();
    int pages = joined(out, all, said, new java.util.ArrayList<>(), 1);
    out.warn(WarningCode.ATTACHMENTS_READ, "文档及其附件：" + said, null);
    if (pages > 0) {
      out.pageCount(pages);
    }
    return out.build();
  }

  /**
   * Each read's blocks and warnings in turn, its pages after the last one's, the warnings of all but the first
   * {@code ownFiles} reads prefixed with the file's name; returns the pages in all.
   */
  private static int joined(DocumentBuilder out, List<Read> reads, StringBuilder said, List<String> starts, int ownFiles)
      throws IngestException {
    int pageOffset = 0;
    for (int k = 0; k < reads.size(); k++) {
      Read r = reads.get(k);
      said.append(said.isEmpty() ? "" : "；").append(r.name());
      ParsedDocument d = r.document();
      if (d == null) {
        said.append("（未读：").append(r.failure()).append('）');
        continue;
      }
      Integer pages = d.pageCount();
      said.append('（').append(d.format()).append(pages == null || pages == 0 ? ""
          : pages == 1 ? "，第 " + (pageOffset + 1) + " 页" : "，第 " + (pageOffset + 1) + "–" + (pageOffset + pages) + " 页").append('）');
      starts.add(String.valueOf(out.blockCount()));
      for (Block b : d.blocks()) {
        if (b instanceof Paragraph p) {
          out.paragraph(p.text(), p.headingLevel(), shifted(p.page(), pageOffset));
        } else if (b instanceof TableGrid t) {
          GridBuilder g = new GridBuilder();
          for (GridCell c : t.cells()) {
            g.cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text(), shifted(c.page(), pageOffset), c.ocr(), c.box());
          }
          g.ensureSize(t.rows(), t.cols());
          if (t.method() != null) {
            g.method(t.method());
          }
          if (t.sheet() != null) {
            g.sheet(t.sheet());
          }
          out.table(g);
        }
      }
      for (IngestWarning w : d.warnings()) {
        out.warn(w.code(), k < ownFiles ? w.message() : r.name() + ": " + w.message(), shifted(w.page(), pageOffset));
      }
      pageOffset += pages == null ? 0 : pages;
    }
    return pageOffset;
  }

  private static @Nullable Integer shifted(@Nullable Integer page, int offset) {
    return page == null ? null : page + offset;
  }
}
