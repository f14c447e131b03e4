package org.jixiao.ingest.ooxml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.ingest.office.WordGrid;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One w:tbl as a grid: w:gridSpan and w:gridBefore place cells on grid columns, w:vMerge
 * restart/continue and the legacy w:hMerge become row and column spans. Rows and cells inside
 * content controls are included. A table nested in a cell is not the cell's text: its rows, each a line of its cells
 * separated by tabs (as table lines are in the audit's text, whose checks read such lines), are returned apart, to be read after the table (h340: a 三级 cell holding its sub-items' table
 * would otherwise give the indicator a name of every sub-item's figures). Properties are read from the DOM so
 * that the trimmed schema jar (poi-ooxml-lite) need not hold every CT class.
 */
final class DocxTables {
  /** The grid, the lines of the tables nested in its cells (in reading order), how many tables they were, repairs. */
  record Result(GridBuilder grid, List<String> nestedLines, int nestedTables, int repairs) {}

  private final XWPFDocument doc;
  private int nested;
  private final List<String> nestedLines = new ArrayList<>();

  DocxTables(XWPFDocument doc) {
    this.doc = doc;
  }

  Result read(XmlObject tbl) throws IngestException {
    nested = 0;
    nestedLines.clear();
    WordGrid grid = new WordGrid();
    for (XmlObject tr : children(tbl, "tr")) {
      ReadFailures.checkInterrupted();
      grid.startRow(intProp(prop(tr, "trPr"), "gridBefore", 0));
      for (XmlObject tc : children(tr, "tc")) {
        @Nullable Element pr = prop(tc, "tcPr");
        String text = cellText(tc);
        Element hMerge = child(pr, "hMerge");
        if (hMerge != null && !"restart".equals(val(hMerge))) {
          grid.extendLast(intProp(pr, "gridSpan", 1));
          continue;
        }
        grid.cell(intProp(pr, "gridSpan", 1), vmerge(child(pr, "vMerge")), text);
      }
    }
    return new Result(grid.toGrid(), List.copyOf(nestedLines), nested, grid.repairs());
  }

  private static WordGrid.VMerge vmerge(@Nullable Element v) {
    if (v == null) {
      return WordGrid.VMerge.NONE;
    }
    return "restart".equals(val(v)) ? WordGrid.VMerge.RESTART : WordGrid.VMerge.CONTINUE;
  }

  /** The text of a cell: its paragraphs on separate lines; a nested table's rows go to {@link #nestedLines}. */
  private String cellText(XmlObject tc) {
    List<String> lines = new ArrayList<>();
    collect(tc, lines::add);
    return String.join("\n", lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  private void collect(XmlObject parent, Consumer<String> lines) {
    try (XmlCursor c = parent.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName n = c.getName();
        if (!DocxReader.W.equals(n.getNamespaceURI())) {
          continue;
        }
        switch (n.getLocalPart()) {
          case "p" -> lines.accept(DocxReader.text(new XWPFParagraph((CTP) c.getObject(), doc)));
          case "tbl" -> {
            nested++;
            for (XmlObject tr : children(c.getObject(), "tr")) {
              List<String> cells = new ArrayList<>();
              for (XmlObject tc : children(tr, "tc")) {
                cells.add(cellText(tc).replace('\n', ' '));
              }
              nestedLines.add(String.join("\t", cells));
            }
          }
          case "tcPr", "sdtPr", "sdtEndPr" -> {}
          case "sdt" -> {
            if (!DocxReader.isPlaceholder(c.getObject().getDomNode())) {
              collect(c.getObject(), lines);
            }
          }
          default -> collect(c.getObject(), lines);
        }
      } while (c.toNextSibling());
    }
  }

  /** Elements named {@code local} under {@code parent}, looking through sdt/customXml wrappers but not into them. */
  private static List<XmlObject> children(XmlObject parent, String local) {
    List<XmlObject> found = new ArrayList<>();
    try (XmlCursor c = parent.newCursor()) {
      if (!c.toFirstChild()) {
        return found;
      }
      do {
        QName n = c.getName();
        if (!DocxReader.W.equals(n.getNamespaceURI())) {
          continue;
        }
        String l = n.getLocalPart();
        if (l.equals(local)) {
          found.add(c.getObject());
        } else if (l.equals("sdt") || l.equals("sdtContent") || l.equals("customXml") || l.equals("ins")) {
          found.addAll(children(c.getObject(), local));
        }
      } while (c.toNextSibling());
    }
    return found;
  }

  private static @Nullable Element prop(XmlObject owner, String local) {
    return child(owner.getDomNode() instanceof Element e ? e : null, local);
  }

  private static @Nullable Element child(@Nullable Element parent, String local) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(e.getLocalName()) && DocxReader.W.equals(e.getNamespaceURI())) {
        return e;
      }
    }
    return null;
  }

  private static @Nullable String val(Element e) {
    String v = e.getAttributeNS(DocxReader.W, "val");
    return v == null || v.isEmpty() ? null : v;
  }

  private static int intProp(@Nullable Element pr, String local, int fallback) {
    Element e = child(pr, local);
    String v = e == null ? null : val(e);
    if (v == null) {
      return fallback;
    }
    try {
      return Math.clamp(Long.parseLong(v.strip()), 0, 1000);
    } catch (NumberFormatException ex) {
      return fallback;
    }
  }
}
