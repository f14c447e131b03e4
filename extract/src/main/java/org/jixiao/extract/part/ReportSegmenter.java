package org.jixiao.extract.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.table.HeaderClassifier;
import org.jixiao.extract.table.HeaderRow;
import org.jixiao.extract.table.TotalLabels;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.SummaryLine;
import org.jixiao.text.name.Names;
import org.jixiao.text.words.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * 分份: splits a file into its reports before the single-report cascade runs on each part. A
 * project's own report starts at a table that states its own 项目名称 (a label with a value beside
 * it); the part runs on to the next such table, taking along the tables that continue it (a table
 * split at a page end, a sheet's second table) and the paragraphs before the next project's table
 * (its heading, its prose 自评报告). The blocks before the first project table (a cover, an intro,
 * the first project's title) go with the first part. A table that lists projects under a 项目名称
 * column with figure columns and has no indicator header is a 汇总 summary: read into {@link
 * SummaryLine}s, part of no report. A table that stacks several projects' forms (one worksheet, one
 * Word table) is first cut into one grid per project ({@link StackedGridSegmenter}). A file with
 * fewer than two project tables, each with its indicator header, is one report, its document
 * unchanged.
 */
public final class ReportSegmenter {
  private final HeaderClassifier headers;
  private final SummaryTableReader summaries;
  private final List<String> closing;
  private final StackedGridSegmenter stacked;

  public ReportSegmenter(HeaderClassifier headers, Lexicon words, TotalLabels totals) {
    this.headers = headers;
    this.closing = words.words("CLOSING").stream().map(Names::label).toList();
    this.summaries = new SummaryTableReader(words, totals);
    this.stacked = new StackedGridSegmenter(summaries, headers, totals, this::closesForm);
  }

  public static ReportSegmenter standard() {
    return new ReportSegmenter(HeaderClassifier.standard(), Lexicon.load(ReportSegmenter.class, "part-labels.txt"),
        TotalLabels.standard());
  }

  private enum Kind { PROJECT, SUMMARY, OTHER }

  public Segmentation split(ParsedDocument doc) {
    List<Block> blocks = stacked.expand(doc);
    ReportDraft draft = ReportDraft.of(doc);
    List<Integer> starts = new ArrayList<>();
    List<Integer> summaryBlocks = new ArrayList<>();
    List<SummaryLine> summary = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof TableGrid t) {
        Kind k = kind(t);
        if (k == Kind.PROJECT) {
          starts.add(i);
        } else if (k == Kind.SUMMARY) {
          summaryBlocks.add(i);
          summary.addAll(summaryLines(t, draft));
        }
      }
    }
    if (starts.isEmpty()) {
      List<DocumentPart> beside = sideBySide(doc, blocks);
      if (beside.size() >= 2) {
        return new Segmentation(beside, List.of());
      }
    }
    // a department's own scored report before its key projects' forms (h253): a part of its own, not the first
    // project's preamble
    int lead = starts.isEmpty() ? -1 : scoredTableBefore(blocks, starts.getFirst(), summaryBlocks);
    if (starts.size() + (lead >= 0 ? 1 : 0) < 2) {
      return new Segmentation(List.of(whole(doc)), List.of());
    }
    List<DocumentPart> parts = new ArrayList<>();
    int leadEnd = lead >= 0 ? afterLastTable(blocks, lead, starts.getFirst()) : 0;
    if (lead >= 0) {
      parts.add(part(doc, blocks, 0, leadEnd, summaryBlocks));
    }
    List<Integer> files = fileStarts(doc, blocks.size());
    for (int k = 0; k < starts.size(); k++) {
      int from = k == 0 ? leadEnd : afterLastTable(blocks, starts.get(k - 1), starts.get(k));
      int to = k + 1 < starts.size() ? afterLastTable(blocks, starts.get(k), starts.get(k + 1)) : blocks.size();
      // the files of an archive: a part keeps to its form's file (the next file's preamble is not its own, nor its
      // own closing notes the next part's)
      from = Math.max(from, fileStart(files, starts.get(k)));
      to = Math.min(to, fileEnd(files, starts.get(k), blocks.size()));
      if (k + 1 < starts.size() && fileStart(files, starts.get(k)) != fileStart(files, starts.get(k + 1))) {
        to = fileEnd(files, starts.get(k), blocks.size());
      }
      parts.add(part(doc, blocks, from, to, summaryBlocks));
    }
    boolean everyPartScored = parts.stream().allMatch(p -> p.document().tables().stream().anyMatch(this::hasIndicatorHeader));
    return everyPartScored ? new Segmentation(parts, summary) : new Segmentation(List.of(whole(doc)), List.of());
  }

  /**
   * Forms set side by side on one sheet (two years' 部门整体 forms compared, h206): scored tables of one sheet whose
   * grids begin on the same row, each a part of its own (the title above them speaks of both; each form's own title
   * row is in its grid).
   */
  private List<DocumentPart> sideBySide(ParsedDocument doc, List<Block> blocks) {
    List<DocumentPart> out = new ArrayList<>();
    if (blocks.size() != doc.blocks().size()) {
      return out;
    }
    List<TableGrid> scored = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof TableGrid t && t.sheet() != null && hasIndicatorHeader(t)) {
        scored.add(t);
      }
    }
    for (TableGrid t : scored) {
      boolean beside = scored.stream().anyMatch(o -> o != t && o.sheet().sheet().equals(t.sheet().sheet())
          && o.sheet().firstRow() == t.sheet().firstRow() && o.sheet().firstCol() != t.sheet().firstCol());
      if (beside) {
        out.add(part(doc, List.of(t)));
      }
    }
    return out;
  }

  /** Where each file of an archive begins among the blocks ({@code archive.entryStarts}); just 0 for any other file. */
  private static List<Integer> fileStarts(ParsedDocument doc, int blocks) {
    String starts = doc.metadata().get(org.jixiao.ingest.ArchiveDocument.ENTRY_STARTS);
    if (starts == null || starts.isBlank() || blocks != doc.blocks().size()) {
      return List.of(0);
    }
    List<Integer> out = new ArrayList<>();
    for (String s : starts.split(",")) {
      out.add(org.jixiao.text.number.Numbers.of(s.strip()).intValueExact());
    }
    return out;
  }

  private static int fileStart(List<Integer> files, int block) {
    int start = 0;
    for (int f : files) {
      if (f <= block) {
        start = f;
      }
    }
    return start;
  }

  private static int fileEnd(List<Integer> files, int block, int end) {
    for (int f : files) {
      if (f > block) {
        return f;
      }
    }
    return end;
  }

  /**
   * The block after the last table in {@code [start, next)} and the form's closing lines below it
   * ("项目总分：99.81分", "填报人：…"): the paragraphs after those lead into the next part.
   */
  private int afterLastTable(List<Block> blocks, int start, int next) {
    int last = start;
    for (int i = start; i < next; i++) {
      if (blocks.get(i) instanceof TableGrid) {
        last = i;
      }
    }
    int end = last + 1;
    while (end < next && blocks.get(end) instanceof Paragraph p && closesForm(p.text())) {
      end++;
    }
    return end;
  }

  /** The first table before {@code end} with an indicator header of its own (not a summary), or -1. */
  private int scoredTableBefore(List<Block> blocks, int end, List<Integer> summaryBlocks) {
    for (int i = 0; i < end; i++) {
      if (blocks.get(i) instanceof TableGrid t && !summaryBlocks.contains(i) && hasIndicatorHeader(t)) {
        return i;
      }
    }
    return -1;
  }

  /** A line that ends a form: its total or its signature, a label from {@code CLOSING} before a colon. */
  private boolean closesForm(String text) {
    String t = Names.compact(text);
    int colon = Math.max(t.indexOf('：'), t.indexOf(':'));
    return colon > 0 && closing.contains(Names.label(t.substring(0, colon)));
  }

  private Kind kind(TableGrid t) {
    boolean projectValue = false;
    boolean summaryHeader = false;
    for (int r = 0; r < t.rows(); r++) {
      for (int c = 0; c < t.cols(); c++) {
        if (!t.isOrigin(r, c) || !summaries.isProjectLabel(t.text(r, c))) {
          continue;
        }
        if (summaries.header(t, r).isPresent()) {
          summaryHeader = true;
        } else if (valueRight(t, r, c) != null) {
          projectValue = true;
        }
      }
    }
    if (projectValue) {
      return Kind.PROJECT;
    }
    return summaryHeader && !hasIndicatorHeader(t) ? Kind.SUMMARY : Kind.OTHER;
  }

  static @Nullable String valueRight(TableGrid t, int row, int col) {
    for (int c = t.cellAt(row, col).col() + t.cellAt(row, col).colSpan(); c < t.cols(); c++) {
      String v = Names.clean(t.text(row, c));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private boolean hasIndicatorHeader(TableGrid t) {
    for (int r = 0; r < t.rows(); r++) {
      if (headers.classify(t, r).filter(HeaderRow::isIndicatorTable).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private List<SummaryLine> summaryLines(TableGrid t, ReportDraft draft) {
    for (int r = 0; r < t.rows(); r++) {
      Optional<SummaryTableReader.Columns> cols = summaries.header(t, r);
      if (cols.isPresent()) {
        return summaries.read(t, cols.get(), draft);
      }
    }
    return List.of();
  }

  private static DocumentPart whole(ParsedDocument doc) {
    return part(doc, doc.blocks());
  }

  /** The part of blocks {@code [from, to)}, summary tables left out (they belong to no report). */
  private static DocumentPart part(ParsedDocument doc, List<Block> blocks, int from, int to, List<Integer> summaryBlocks) {
    List<Block> own = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!summaryBlocks.contains(i)) {
        own.add(blocks.get(i));
      }
    }
    return part(doc, own);
  }

  private static DocumentPart part(ParsedDocument doc, List<Block> own) {
    ParsedDocument d = new ParsedDocument(doc.fileName(), doc.format(), own, doc.text(), doc.metadata(), doc.warnings(),
        doc.pageCount());
    List<Integer> tables = d.tables().stream().map(TableGrid::tableIndex).toList();
    List<Integer> pages = new ArrayList<>();
    for (Block b : own) {
      pages.add(b.page());
      if (b instanceof TableGrid t && t.rows() > 0) {
        pages.add(t.pageOfRow(lastFilledRow(t)));
      }
    }
    Integer first = pages.stream().filter(Objects::nonNull).min(Integer::compare).orElse(null);
    Integer last = pages.stream().filter(Objects::nonNull).max(Integer::compare).orElse(null);
    return new DocumentPart(d, tables, first, last, sheet(doc, tables));
  }

  /** The last row with text (a grid cut from a stacked table leaves the next reports' rows blank). */
  private static int lastFilledRow(TableGrid t) {
    for (int r = t.rows() - 1; r > 0; r--) {
      for (int c = 0; c < t.cols(); c++) {
        if (!t.text(r, c).isBlank()) {
          return r;
        }
      }
    }
    return 0;
  }

  /** Workbooks lay out one table per sheet ({@code metadata.sheets}, tab-joined): the part's first table's sheet. */
  private static @Nullable String sheet(ParsedDocument doc, List<Integer> tables) {
    String names = doc.metadata().get("sheets");
    if (names == null || tables.isEmpty()) {
      return null;
    }
    String[] sheets = names.split("\t");
    return sheets.length == doc.tables().size() && tables.getFirst() < sheets.length ? sheets[tables.getFirst()] : null;
  }
}
