package org.jixiao.ingest.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFShape;
import org.apache.poi.hssf.usermodel.HSSFShapeGroup;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFTextbox;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The text of the text boxes drawn on a sheet (h348: a form's 说明, its 自评结论 with the total and the grade, its 金额单位,
 * drawn over empty cells), top to bottom by the row each is anchored at. An XLSX drawing part is read as XML (the
 * trimmed schema jar has no DrawingML shape types); an XLS sheet's through its patriarch.
 */
final class SheetTextBoxes {
  private static final String DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

  private SheetTextBoxes() {}

  /** A text box's text (its paragraphs on lines) and the row its anchor starts at. */
  record Box(int row, int col, String text) {}

  static List<String> of(Sheet sheet) {
    List<Box> boxes = new ArrayList<>();
    try {
      if (sheet instanceof XSSFSheet x) {
        for (PackageRelationship rel : x.getPackagePart().getRelationshipsByType(XSSFRelation.DRAWINGS.getRelation())) {
          PackagePart part = x.getPackagePart().getRelatedPart(rel);
          try (InputStream in = part.getInputStream()) {
            shapes(DocumentHelper.readDocument(in).getDocumentElement(), boxes);
          }
        }
      } else if (sheet instanceof HSSFSheet h && h.getDrawingPatriarch() instanceof HSSFPatriarch p) {
        shapes(p.getChildren(), boxes);
      }
    } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
      return List.of(); // a damaged drawing: the cells are the sheet
    }
    boxes.sort(Comparator.comparingInt(Box::row).thenComparingInt(Box::col));
    return boxes.stream().map(Box::text).filter(t -> !t.isBlank()).toList();
  }

  private static void shapes(List<HSSFShape> shapes, List<Box> out) {
    for (HSSFShape s : shapes) {
      if (s instanceof HSSFShapeGroup g) {
        shapes(g.getChildren(), out);
      } else if (s instanceof HSSFTextbox t && t.getString() != null
          && s.getAnchor() instanceof org.apache.poi.hssf.usermodel.HSSFClientAnchor a) {
        out.add(new Box(a.getRow1(), a.getCol1(), t.getString().getString().strip()));
      }
    }
  }

  /** Each anchor's shapes with a text body, its paragraphs as lines. */
  private static void shapes(Element drawing, List<Box> out) {
    for (Node anchor = drawing.getFirstChild(); anchor != null; anchor = anchor.getNextSibling()) {
      if (!(anchor instanceof Element a) || !SPREADSHEET_DRAWING.equals(a.getNamespaceURI())) {
        continue;
      }
      int row = position(a, "row");
      int col = position(a, "col");
      NodeList bodies = a.getElementsByTagNameNS(SPREADSHEET_DRAWING, "txBody");
      for (int i = 0; i < bodies.getLength(); i++) {
        List<String> lines = new ArrayList<>();
        NodeList ps = ((Element) bodies.item(i)).getElementsByTagNameNS(DRAWING_ML, "p");
        for (int k = 0; k < ps.getLength(); k++) {
          StringBuilder line = new StringBuilder();
          NodeList ts = ((Element) ps.item(k)).getElementsByTagNameNS(DRAWING_ML, "t");
          for (int j = 0; j < ts.getLength(); j++) {
            line.append(ts.item(j).getTextContent());
          }
          lines.add(line.toString().strip());
        }
        out.add(new Box(row, col, String.join("\n", lines).strip()));
      }
    }
  }

  /** The anchor's from row (col), or 0. */
  private static int position(Element anchor, String which) {
    NodeList from = anchor.getElementsByTagNameNS(SPREADSHEET_DRAWING, "from");
    if (from.getLength() == 0) {
      return 0;
    }
    NodeList n = ((Element) from.item(0)).getElementsByTagNameNS(SPREADSHEET_DRAWING, which);
    try {
      return n.getLength() == 0 ? 0 : Integer.parseInt(n.item(0).getTextContent().strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
