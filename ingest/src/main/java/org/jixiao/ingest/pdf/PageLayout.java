package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.schema.TableMethod;
import org.jspecify.annotations.Nullable;

/**
 * The blocks of one page in reading order (top to bottom, a band of two-column prose column by column), with
 * what was skipped on it.
 *
 * @param height the displayed page height, to tell how far down a table ends
 * @param pageNumbersSkipped header/footer lines that were only a page number
 * @param runningSkipped running header/footer lines repeated on most pages ({@link RunningLines})
 */
record PageLayout(int page, double height, List<PageBlock> blocks, int pageNumbersSkipped, int runningSkipped) {
  PageLayout {
    blocks = List.copyOf(blocks);
  }

  /** Above this many merged rulings a page is drawing, not a table; lattice detection is skipped. */
  static final int MAX_RULINGS = 4000;

  /** Lays out one page from its glyphs and rulings. */
  static PageLayout of(int page, PageFrame frame, List<Glyph> glyphs, List<Ruling> rulings, PageFurniture furniture) {
    return of(page, frame, glyphs, rulings, furniture, RunningLines.none());
  }

  /** Lays out one page, skipping the document's running headers and footers. */
  static PageLayout of(int page, PageFrame frame, List<Glyph> glyphs, List<Ruling> rulings, PageFurniture furniture,
      RunningLines running) {
    return of(page, frame, glyphs, rulings, furniture, running, null);
  }

  /**
   * Lays out one page; {@code before} is the layout of the page before, whose borderless table at
   * the foot the top of this page may continue without repeating its header.
   */
  static PageLayout of(int page, PageFrame frame, List<Glyph> glyphs, List<Ruling> rulings, PageFurniture furniture,
      RunningLines running, @Nullable PageLayout before) {
    LatticeTableFinder.Result lattice = rulings.size() > MAX_RULINGS
        ? new LatticeTableFinder.Result(List.of(), glyphs)
        : LatticeTableFinder.find(page, rulings, glyphs);
    List<TextLine> lines = new ArrayList<>();
    int skipped = 0;
    int runningSkipped = 0;
    for (TextLine l : TextLines.group(lattice.rest())) {
      if (furniture.isPageNumber(l, frame.height())) {
        skipped++;
      } else if (running.isRunning(l, frame.height())) {
        runningSkipped++;
      } else {
        lines.add(l);
      }
    }
    StreamTableFinder.Result stream = StreamTableFinder.find(page, lines, before == null ? null : before.carried(page, frame));
    List<PageTable> tables = new ArrayList<>(lattice.tables());
    java.util.Set<TextLine> loose = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    loose.addAll(stream.rest());
    List<TextLine> tabled = lines.stream().filter(l -> !loose.contains(l)).toList();
    for (PageTable t : stream.tables()) {
      tables.add(RuledRows.regroup(t, tabled, rulings));
    }
    tables.sort(Comparator.comparingDouble(PageTable::top));
    List<TextLine> text = stream.rest();
    double left = text.stream().mapToDouble(TextLine::x0).min().orElse(0);
    double right = rightMargin(text, frame.width(), frame.height());
    double gap = Paragraphs.usualGap(text);
    List<PageBlock> blocks = new ArrayList<>();
    // lines between two tables form their own runs, so a paragraph never spans a table
    List<TextLine> run = new ArrayList<>();
    int t = 0;
    for (TextLine l : text) {
      while (t < tables.size() && tables.get(t).top() <= l.top()) {
        blocks.addAll(TextColumns.group(page, run, left, right, gap));
        run = new ArrayList<>();
        blocks.add(new PageBlock.Table(tables.get(t++)));
      }
      run.add(l);
    }
    blocks.addAll(TextColumns.group(page, run, left, right, gap));
    while (t < tables.size()) {
      blocks.add(new PageBlock.Table(tables.get(t++)));
    }
    return new PageLayout(page, frame.height(), blocks, skipped, runningSkipped);
  }

  /** The page's head and foot bands, where a printer's or browser's running lines stand. */
  static final double EDGE = 0.05;

  /**
   * Where the page's text lines end: the rightmost end of a line inside the body, not of one in the page's head or
   * foot band (a browser's print header or footer with the page address runs further right, h220, and would make
   * every body line look short and end its paragraph). Where only such lines are left, the rightmost of them. The end
   * is where the text ends, not where a comma or full stop hangs past it.
   */
  static double rightMargin(List<TextLine> lines, double pageWidth, double pageHeight) {
    double body = lines.stream()
        .filter(l -> l.top() > EDGE * pageHeight && l.bottom() < (1 - EDGE) * pageHeight)
        .mapToDouble(LineBreaks::contentRight).max().orElse(Double.NaN);
    return !Double.isNaN(body) ? body : lines.stream().mapToDouble(LineBreaks::contentRight).max().orElse(pageWidth);
  }

  /** This layout of a scanned page: its ruled tables were found in pixels and read by OCR. */
  PageLayout scanned() {
    List<PageBlock> out = new ArrayList<>(blocks.size());
    for (PageBlock b : blocks) {
      if (b instanceof PageBlock.Table t && t.table().method() == TableMethod.LATTICE) {
        PageTable p = t.table();
        out.add(new PageBlock.Table(new PageTable(p.page(), p.xs(), p.ys(), p.cells(), TableMethod.OCR)));
      } else {
        out.add(b);
      }
    }
    return new PageLayout(page, height, out, pageNumbersSkipped, runningSkipped);
  }

  /** This page's last block when it is a borderless table reaching the foot, as carried onto the next page. */
  private StreamTableFinder.@Nullable Carried carried(int next, PageFrame nextFrame) {
    if (next != page + 1 || blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof PageBlock.Table t)) {
      return null;
    }
    PageTable table = t.table();
    if (table.method() != TableMethod.STREAM || table.bottom() < LayoutWriter.FOOT * height) {
      return null;
    }
    return new StreamTableFinder.Carried(table.xs(), LayoutWriter.HEAD * nextFrame.height());
  }
}
