package org.jixiao.extract.part;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jixiao.extract.table.ColumnRole;
import org.jixiao.extract.table.HeaderClassifier;
import org.jixiao.extract.table.HeaderRow;
import org.jixiao.extract.table.TotalLabels;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * 同表多份: one table grid that stacks several project reports (a worksheet with 项目支出绩效自评表（一）
 * and （二） one under the other, a Word or PDF table that runs on into a second project's 项目名称
 * block) becomes one grid per report, so that the next report's fund block and rows are never read
 * as the previous report's indicator rows.
 *
 * <p>A row with a 项目名称 label and a value beside it starts a report when an indicator header lies
 * between it and the previous such row (the previous report is complete: a second identity block
 * inside one report's form would have none). The report takes along the caption rows just above
 * its identity block (its title "项目支出绩效自评表（二）", "（2023年度）"), which become paragraphs, as
 * a title printed above a table is; a blank row, the previous report's 总分 row or its 填报人 line
 * stops them. Each grid keeps the table's index and size, the other reports' rows left blank, so
 * provenance still names the file's row and column.
 */
final class StackedGridSegmenter {
  private final SummaryTableReader summaries;
  private final HeaderClassifier headers;
  private final TotalLabels totals;
  private final Predicate<String> closesForm;

  /** @param closesForm true for a line that ends a form (项目总分：…, 填报人：…) */
  StackedGridSegmenter(SummaryTableReader summaries, HeaderClassifier headers, TotalLabels totals,
      Predicate<String> closesForm) {
    this.summaries = summaries;
    this.headers = headers;
    this.totals = totals;
    this.closesForm = closesForm;
  }

  /** The document's blocks, each stacked grid replaced by its reports' title paragraphs and grids. */
  List<Block> expand(ParsedDocument doc) {
    List<Block> out = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof TableGrid t) {
        out.addAll(split(t, doc.text()));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /** One grid per report stacked in {@code t} (with its title paragraphs), or {@code t} alone. */
  List<Block> split(TableGrid t, String text) {
    List<Integer> starts = reportStarts(t);
    if (starts.size() < 2) {
      List<TableGrid> byProject = byProjectColumn(t);
      return byProject.isEmpty() ? List.of(t) : List.copyOf(byProject);
    }
    List<Integer> titleFrom = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      titleFrom.add(captionsAbove(t, starts.get(k), k == 0 ? 0 : starts.get(k - 1) + 1));
    }
    List<Block> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = k == 0 ? 0 : titleFrom.get(k);
      int to = k + 1 < starts.size() ? titleFrom.get(k + 1) : t.rows();
      // the captions become paragraphs when they open the report's rows (always but for a first
      // report with rows above its title, which then keeps them all in its grid)
      List<Paragraph> titles = from == titleFrom.get(k) ? titleParagraphs(t, from, starts.get(k), text) : List.of();
      out.addAll(titles);
      out.add(masked(t, titles.isEmpty() ? from : starts.get(k), to));
    }
    return out;
  }

  /** One project's rows of an indicator table whose 项目名称 column names the project: [from, to). */
  private record ProjectBlock(String name, int from, int to) {}

  /**
   * 项目名称列: one indicator table whose first column names the project, merged down over each project's rows and its
   * 项目总分 row, under a fund table with one line per project and a 合计 line (h535: three projects' forms in one
   * sheet). Each project gets the grid with its own rows: the head rows, its own fund line (the other projects' lines
   * and the 合计 left blank), its block of indicator rows and the rows after the last block (notes, signatures). None
   * unless two projects or more have blocks.
   */
  private List<TableGrid> byProjectColumn(TableGrid t) {
    for (int h = 0; h < t.rows(); h++) {
      HeaderRow header = headers.classify(t, h).filter(HeaderRow::isIndicatorTable).orElse(null);
      if (header == null || !header.has(ColumnRole.TARGET) && !header.has(ColumnRole.ACTUAL)) {
        continue; // a fund table's head (项目名称 | 年初预算数 | … | 分值 | 得分) names no indicator
      }
      int nameCol = header.nameColumn(); // an indicator table's header has one
      for (int c = 0; c < t.cols(); c++) {
        if (t.isOrigin(h, c) && summaries.isProjectLabel(t.text(h, c)) && c != nameCol) {
          List<ProjectBlock> blocks = projectBlocks(t, h, c, nameCol);
          return blocks.size() < 2 ? List.of() : projectGrids(t, h, blocks);
        }
      }
    }
    return List.of();
  }

  /**
   * The blocks of rows below header {@code h} that column {@code col} names, each a project's, up to a row whose cell
   * there runs over the indicators' names (a note or signature line across the table); none if a name repeats.
   */
  private static List<ProjectBlock> projectBlocks(TableGrid t, int h, int col, int nameCol) {
    List<ProjectBlock> blocks = new ArrayList<>();
    int r = h + 1;
    while (r < t.rows()) {
      GridCell cell = t.cellAt(r, col);
      String name = Names.clean(cell.text());
      if (name == null || cell.row() != r || cell.col() + cell.colSpan() > nameCol) {
        break; // the rows after the last project (notes, signatures) name none
      }
      int end = r + cell.rowSpan();
      while (end < t.rows() && t.cellAt(end, col).row() == end && name.equals(Names.clean(t.text(end, col)))) {
        end++; // the name typed on every row rather than merged down
      }
      String key = Names.compact(name);
      if (blocks.stream().anyMatch(b -> Names.compact(b.name()).equals(key))) {
        return List.of();
      }
      blocks.add(new ProjectBlock(name, r, end));
      r = end;
    }
    return blocks;
  }

  /** One grid per block: the rows above the header but the other projects' fund lines and their 合计, its own block, the tail. */
  private List<TableGrid> projectGrids(TableGrid t, int header, List<ProjectBlock> blocks) {
    java.util.Map<Integer, String> fundLines = new java.util.HashMap<>();
    List<Integer> totalLines = new ArrayList<>();
    for (int r = 0; r < header; r++) {
      for (int c = 0; c < t.cols(); c++) {
        String text = Names.compact(t.text(r, c));
        if (!t.isOrigin(r, c) || text.isEmpty()) {
          continue;
        }
        if (blocks.stream().anyMatch(b -> Names.compact(b.name()).equals(text))) {
          fundLines.put(r, text);
        } else if (c == 0 && totals.isTotal(t.text(r, c)) && !fundLines.isEmpty()) {
          totalLines.add(r);
        }
        break; // a line is named by its first filled cell
      }
    }
    List<TableGrid> out = new ArrayList<>();
    for (ProjectBlock own : blocks) {
      java.util.Set<Integer> hidden = new java.util.HashSet<>(totalLines);
      fundLines.forEach((r, name) -> {
        if (!name.equals(Names.compact(own.name()))) {
          hidden.add(r);
        }
      });
      for (ProjectBlock other : blocks) {
        if (other != own) {
          for (int r = other.from(); r < other.to(); r++) {
            hidden.add(r);
          }
        }
      }
      out.add(without(t, hidden, own.from()));
    }
    return out;
  }

  /** The grid with rows {@code hidden} left blank, a cell kept down to the first hidden row below its origin. */
  private static TableGrid without(TableGrid t, java.util.Set<Integer> hidden, int pageRow) {
    List<GridCell> kept = new ArrayList<>();
    for (GridCell c : t.cells()) {
      if (hidden.contains(c.row())) {
        continue;
      }
      int bottom = c.row() + 1;
      while (bottom < c.row() + c.rowSpan() && !hidden.contains(bottom)) {
        bottom++;
      }
      kept.add(new GridCell(c.row(), c.col(), bottom - c.row(), c.colSpan(), c.text(), c.page()));
    }
    return new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), kept, t.pageOfRow(pageRow), t.start(), t.end(),
        t.method(), t.sheet());
  }

  /** Rows holding a 项目名称 with its value, each after an indicator header that follows the previous one. */
  private List<Integer> reportStarts(TableGrid t) {
    List<Integer> starts = new ArrayList<>();
    boolean scoredSince = false;
    for (int r = 0; r < t.rows(); r++) {
      if (isIdentityRow(t, r) && (starts.isEmpty() || scoredSince)) {
        starts.add(r);
        scoredSince = false;
      } else if (!starts.isEmpty() && headers.classify(t, r).filter(HeaderRow::isIndicatorTable).isPresent()) {
        scoredSince = true;
      }
    }
    return starts;
  }

  private boolean isIdentityRow(TableGrid t, int r) {
    if (summaries.header(t, r).isPresent()) {
      return false;
    }
    for (int c = 0; c < t.cols(); c++) {
      if (t.isOrigin(r, c) && summaries.isProjectLabel(t.text(r, c)) && ReportSegmenter.valueRight(t, r, c) != null) {
        return true;
      }
    }
    return false;
  }

  /** The first of the caption rows right above {@code start}, not above {@code floor}. */
  private int captionsAbove(TableGrid t, int start, int floor) {
    int r = start;
    while (r - 1 >= floor && caption(t, r - 1) != null) {
      r--;
    }
    return r;
  }

  /** A row's one cell when it is a title line: one filled cell, not a total, a closing line or a label. */
  private @Nullable GridCell caption(TableGrid t, int r) {
    GridCell only = null;
    for (int c = 0; c < t.cols(); c++) {
      GridCell cell = t.cellAt(r, c);
      if (cell.row() != r || Names.clean(cell.text()) == null || cell == only) {
        continue;
      }
      if (only != null) {
        return null;
      }
      only = cell;
    }
    boolean title = only != null && !totals.isTotal(only.text()) && !summaries.isProjectLabel(only.text())
        && !closesForm.test(only.text());
    return title ? only : null;
  }

  /**
   * Rows {@code [from, to)} as paragraphs at their place in the linear text; none if the text
   * there is not theirs (a reader that lays out its tables differently).
   */
  private List<Paragraph> titleParagraphs(TableGrid t, int from, int to, String text) {
    List<Paragraph> out = new ArrayList<>();
    for (int r = from; r < to; r++) {
      GridCell cell = caption(t, r);
      if (cell == null) {
        return List.of();
      }
      String line = linear(cell.text());
      int at = offset(t, cell.row(), cell.col());
      if (at < 0 || at + line.length() > text.length() || !text.startsWith(line, at)) {
        return List.of();
      }
      out.add(new Paragraph(t.index(), line, 0, t.pageOfRow(r), at, at + line.length()));
    }
    return out;
  }

  /** Where slot (row, col) begins in the linear text: rows joined by newlines, origin cells by tabs. */
  private static int offset(TableGrid t, int row, int col) {
    int at = t.start();
    for (int r = 0; r <= row; r++) {
      for (int c = 0; c < t.cols(); c++) {
        if (r == row && c == col) {
          return at;
        }
        at += (c > 0 ? 1 : 0) + (t.isOrigin(r, c) ? t.text(r, c).length() : 0);
      }
      at += 1;
    }
    return -1;
  }

  private static String linear(String cellText) {
    return cellText.replace('\n', ' ').replace('\t', ' ');
  }

  /** The grid with only rows {@code [from, to)} filled; cells crossing the edges are cut to them. */
  private static TableGrid masked(TableGrid t, int from, int to) {
    List<GridCell> kept = new ArrayList<>();
    for (GridCell c : t.cells()) {
      int top = Math.max(c.row(), from);
      int bottom = Math.min(c.row() + c.rowSpan(), to);
      if (top < bottom) {
        kept.add(new GridCell(top, c.col(), bottom - top, c.colSpan(), c.text(), c.page()));
      }
    }
    return new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), kept, t.pageOfRow(Math.min(from, t.rows() - 1)),
        t.start(), t.end(), t.method(), t.sheet());
  }
}
