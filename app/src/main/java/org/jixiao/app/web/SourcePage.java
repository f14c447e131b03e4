package org.jixiao.app.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.Cells;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.StoredReport;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * 出处: where one value of a report was read. For a PDF the page as rendered, the value's box outlined; for every
 * format the table as read with the cell marked, or the text with the span marked, so an auditor sees the value in its
 * place and not only the number the tool took from it.
 */
final class SourcePage {
  private static final int CONTEXT_CHARS = 300;

  record View(String id, String heading, String where, String reportLink, String fileLink, @Nullable String image,
      @Nullable List<List<TableCell>> table, @Nullable Excerpt text, @Nullable String problem) {}

  record TableCell(String text, int rowSpan, int colSpan, boolean marked) {}

  record Excerpt(String before, String marked, String after) {}

  private SourcePage() {}

  static View build(String id, StoredReport s, String key, SourceFiles files) throws IOException {
    SourceRef ref = Refs.find(s, key);
    if (ref == null) {
      throw new NotFound("报告 " + id + " 中没有位置 " + key);
    }
    String heading = s.report().department() != null ? s.report().department() : s.report().sourceFile();
    String where = s.report().sourceFile() + " " + Cells.describe(ref);
    String reportLink = "/reports/" + id;
    String fileLink = reportLink + "/file";
    SourceFiles.Found found = files.file(id, s);
    if (found instanceof SourceFiles.Found.Missing m) {
      return new View(id, heading, where, reportLink, fileLink, null, null, null, m.reason());
    }
    ParsedDocument doc;
    try {
      doc = files.document(id, ((SourceFiles.Found.File) found).path());
    } catch (IOException e) {
      return new View(id, heading, where, reportLink, fileLink, null, null, null, "原文件读不出：" + e.getMessage());
    }
    String image = doc.format() == DocFormat.PDF && ref.page() != null
        ? "/api/reports/" + id + "/pages/" + ref.page() + ".png?ref=" + key : null;
    return switch (ref) {
      case CellRef c -> new View(id, heading, where, reportLink, fileLink, image, table(doc, c), null, null);
      case TextSpan t -> new View(id, heading, where, reportLink, fileLink, image, null, excerpt(doc.text(), t), null);
      default -> new View(id, heading, where, reportLink, fileLink, image, null, null, null);
    };
  }

  private static @Nullable List<List<TableCell>> table(ParsedDocument doc, CellRef c) {
    TableGrid grid = doc.tables().stream().filter(t -> t.tableIndex() == c.table()).findFirst().orElse(null);
    if (grid == null) {
      return null;
    }
    List<List<TableCell>> rows = new ArrayList<>();
    for (int r = 0; r < grid.rows(); r++) {
      List<TableCell> row = new ArrayList<>();
      for (int k = 0; k < grid.cols(); k++) {
        GridCell cell = grid.cellAt(r, k);
        if (cell.row() == r && cell.col() == k) {
          row.add(new TableCell(cell.text(), cell.rowSpan(), cell.colSpan(), cell.covers(c.row(), c.col())));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static @Nullable Excerpt excerpt(String text, TextSpan t) {
    if (t.end() > text.length()) {
      return null; // read differently now (another reader version): nothing to mark honestly
    }
    int from = Math.max(0, t.start() - CONTEXT_CHARS);
    int to = Math.min(text.length(), t.end() + CONTEXT_CHARS);
    return new Excerpt((from > 0 ? "…" : "") + text.substring(from, t.start()), text.substring(t.start(), t.end()),
        text.substring(t.end(), to) + (to < text.length() ? "…" : ""));
  }
}
