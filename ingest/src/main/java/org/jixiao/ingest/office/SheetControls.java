package org.jixiao.ingest.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jixiao.text.number.Numbers;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The check boxes and option buttons drawn over a sheet's cells (Excel's form controls, h370: a form's 项目属性, each
 * row's 是否达成 and the 自评等级 chosen by ticking, the cells under them empty): each read as ☑ or □ before its label
 * in the cell its top-left corner stands in, as a ticked box printed in a cell reads. The controls and their state
 * are the sheet's legacy drawing (VML: {@code x:ClientData ObjectType="Checkbox"|"Radio"}, {@code x:Anchor},
 * {@code x:Checked}), which Excel writes beside the newer control parts.
 */
final class SheetControls {
  private static final String EXCEL = "urn:schemas-microsoft-com:office:excel";
  private static final String VML = "urn:schemas-microsoft-com:vml";

  private SheetControls() {}

  private static boolean onSheet(java.math.BigDecimal row, java.math.BigDecimal col) {
    return row.signum() >= 0 && row.compareTo(java.math.BigDecimal.valueOf(1 << 20)) < 0 && row.scale() <= 0
        && col.signum() >= 0 && col.compareTo(java.math.BigDecimal.valueOf(1 << 14)) < 0 && col.scale() <= 0;
  }

  /** One control: the cell its top-left corner stands in (0-based) and what it shows, ☑ or □ then its label. */
  record Control(int row, int col, String shown) {}

  static List<Control> of(Sheet sheet) {
    List<Control> out = new ArrayList<>();
    if (!(sheet instanceof XSSFSheet x)) {
      return out;
    }
    try {
      for (PackageRelationship rel : x.getPackagePart().getRelationshipsByType(XSSFRelation.VML_DRAWINGS.getRelation())) {
        PackagePart part = x.getPackagePart().getRelatedPart(rel);
        try (InputStream in = part.getInputStream()) {
          // Excel's VML may carry HTML's <br> in a label: as XML it is an empty element
          String vml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<br\\s*>", "<br/>");
          controls(DocumentHelper.readDocument(new java.io.ByteArrayInputStream(vml.getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement(), out);
        }
      }
    } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
      return List.of(); // a damaged drawing: the cells are the sheet
    }
    return out;
  }

  private static void controls(Element root, List<Control> out) {
    NodeList shapes = root.getElementsByTagNameNS(VML, "shape");
    for (int i = 0; i < shapes.getLength(); i++) {
      Element shape = (Element) shapes.item(i);
      Element data = Descendants.first(shape, EXCEL, "ClientData");
      if (data == null) {
        continue;
      }
      String type = data.getAttribute("ObjectType");
      if (!type.equals("Checkbox") && !type.equals("Radio")) {
        continue;
      }
      Element anchor = Descendants.first(data, EXCEL, "Anchor");
      String[] at = anchor == null ? new String[0] : anchor.getTextContent().strip().split("\\s*,\\s*");
      if (at.length < 4) {
        continue;
      }
      Element checked = Descendants.first(data, EXCEL, "Checked");
      boolean ticked = checked != null && checked.getTextContent().strip().equals("1");
      Element box = Descendants.first(shape, VML, "textbox");
      String label = box == null ? "" : box.getTextContent().strip().replaceAll("\\s+", " ");
      var row = Numbers.parse(at[2]);
      var col = Numbers.parse(at[0]);
      if (row.isPresent() && col.isPresent() && onSheet(row.get(), col.get())) {
        // else an anchor that names no cell of a sheet (past Excel's 1,048,576 rows or 16,384 columns: damaged)
        out.add(new Control(row.get().intValue(), col.get().intValue(), (ticked ? "☑" : "□") + label));
      }
    }
  }
}
