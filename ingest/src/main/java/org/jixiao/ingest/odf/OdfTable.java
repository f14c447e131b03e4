package org.jixiao.ingest.odf;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.ingest.office.SheetCell;
import org.jspecify.annotations.Nullable;

/**
 * One {@code table:table} as sheet cells. Spans come from number-columns-spanned /
 * number-rows-spanned; covered-table-cells only advance the column. Repetition is applied lazily:
 * empty repeated rows and cells only move the cursor, and non-empty ones are copied while the
 * table stays within {@link Limits#maxCells()} (else TOO_LARGE). A table nested in a cell is
 * flattened into the cell's text and counted.
 */
final class OdfTable {
  /** Repeats at most this large count toward the table's nominal width and height. */
  private static final long NOMINAL_REPEAT = 64;
  private static final int MAX_NESTING = 16;

  record Result(String name, List<SheetCell> cells, int width, int height, int nestedTables, int hiddenCells) {}

  private final OdfText text;
  private final Limits limits;
  private int nested;
  private int hidden;

  OdfTable(OdfText text, Limits limits) {
    this.text = text;
    this.limits = limits;
  }

  /** Reads from the table's START_ELEMENT to its END_ELEMENT. */
  Result read(XMLStreamReader x) throws XMLStreamException, IngestException {
    nested = 0;
    hidden = 0;
    String name = String.valueOf(x.getAttributeValue(OdfText.TABLE, "name"));
    String where = "table '" + name + "'";
    List<SheetCell> cells = new ArrayList<>();
    long row = 0;
    long width = 0;
    long height = 0;
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        if (OdfText.TABLE.equals(x.getNamespaceURI()) && x.getLocalName().equals("table-row")) {
          long repeat = Math.max(1, OdfText.intAttr(x, OdfText.TABLE, "number-rows-repeated", 1));
          List<SheetCell> rowCells = new ArrayList<>();
          long rowWidth = row(x, row, rowCells);
          if (!rowCells.isEmpty()) {
            for (long k = 0; k < repeat; k++) {
              ReadFailures.checkInterrupted();
              for (SheetCell c : rowCells) {
                add(cells, new SheetCell(checked(row + k), c.col(), c.rowSpan(), c.colSpan(), c.text()), where);
              }
            }
          }
          if (repeat <= NOMINAL_REPEAT || !rowCells.isEmpty()) {
            height = row + repeat;
            width = Math.max(width, rowWidth);
          }
          row += repeat;
        } else {
          depth++; // columns, header-rows, row-groups: look inside
        }
      }
    }
    return new Result(name, cells, (int) Math.min(width, Integer.MAX_VALUE), (int) Math.min(height, Integer.MAX_VALUE), nested, hidden);
  }

  /** Reads one row's cells into {@code out}; returns the row's nominal width. */
  private long row(XMLStreamReader x, long row, List<SheetCell> out) throws XMLStreamException, IngestException {
    long col = 0;
    long width = 0;
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (ev != XMLStreamConstants.START_ELEMENT || !OdfText.TABLE.equals(x.getNamespaceURI())) {
        continue;
      }
      long repeat = Math.max(1, OdfText.intAttr(x, OdfText.TABLE, "number-columns-repeated", 1));
      if (x.getLocalName().equals("covered-table-cell")) {
        if (!cellText(x, 0).isBlank()) {
          hidden++;
        }
      } else if (x.getLocalName().equals("table-cell")) {
        int colSpan = (int) Math.clamp(OdfText.intAttr(x, OdfText.TABLE, "number-columns-spanned", 1), 1, limits.maxCells());
        int rowSpan = (int) Math.clamp(OdfText.intAttr(x, OdfText.TABLE, "number-rows-spanned", 1), 1, limits.maxCells());
        @Nullable String fallback = valueAttr(x);
        String t = cellText(x, 0);
        if (t.isBlank() && fallback != null) {
          t = fallback;
        }
        if (!t.isBlank() || colSpan > 1 || rowSpan > 1) {
          for (long k = 0; k < repeat; k++) {
            add(out, new SheetCell(checked(row), checked(col + k), rowSpan, colSpan, t), "a table row");
          }
        }
      } else {
        depth++;
        continue;
      }
      col += repeat;
      if (repeat <= NOMINAL_REPEAT) {
        width = col;
      }
    }
    return width;
  }

  /** A cell's paragraphs on separate lines; nested tables flattened. Consumes the cell element. */
  private String cellText(XMLStreamReader x, int level) throws XMLStreamException, IngestException {
    List<String> lines = new ArrayList<>();
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        String ns = x.getNamespaceURI();
        String local = x.getLocalName();
        if (OdfText.TEXT.equals(ns) && (local.equals("p") || local.equals("h"))) {
          lines.add(text.read(x).strip());
        } else if (OdfText.TABLE.equals(ns) && local.equals("table") && level < MAX_NESTING) {
          nested++;
          lines.add(flatten(x, level + 1));
        } else {
          depth++;
        }
      }
    }
    return String.join("\n", lines.stream().filter(s -> !s.isEmpty()).toList());
  }

  /** A nested table's text: rows on lines, cells separated by spaces. */
  private String flatten(XMLStreamReader x, int level) throws XMLStreamException, IngestException {
    List<String> rows = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (x.getLocalName().equals("table-row") && !current.isEmpty()) {
          rows.add(String.join(" ", current));
          current.clear();
        }
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        if (OdfText.TABLE.equals(x.getNamespaceURI()) && x.getLocalName().equals("table-cell")) {
          String t = cellText(x, level).replace('\n', ' ');
          if (!t.isBlank()) {
            current.add(t);
          }
        } else {
          depth++;
        }
      }
    }
    if (!current.isEmpty()) {
      rows.add(String.join(" ", current));
    }
    return String.join("\n", rows);
  }

  private static @Nullable String valueAttr(XMLStreamReader x) {
    for (String a : new String[] {"value", "date-value", "time-value", "boolean-value", "string-value"}) {
      String v = x.getAttributeValue(OdfText.OFFICE, a);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /** Adds {@code cell}; TOO_LARGE once {@code where} holds more than the cell limit. */
  private void add(List<SheetCell> cells, SheetCell cell, String where) throws IngestException {
    cells.add(cell);
    if (cells.size() > limits.maxCells()) {
      throw new IngestException(FailureKind.TOO_LARGE, where + " has more than " + limits.maxCells() + " cells");
    }
  }

  private int checked(long index) throws IngestException {
    if (index >= limits.maxCells()) {
      throw new IngestException(FailureKind.TOO_LARGE, "a table cell at position " + index + " is beyond the limit of " + limits.maxCells() + " cells");
    }
    return (int) index;
  }
}
