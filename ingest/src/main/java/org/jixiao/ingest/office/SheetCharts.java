package org.jixiao.ingest.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The charts drawn on a sheet or filling a chart sheet, as the tables they show (h380: a form's 一级 summary only as a
 * bar chart of 分值 and 得分 with data labels, its source cells hidden): the values the file caches for each series
 * ({@code c:strCache}, {@code c:numCache}), what Excel draws and labels, one row per category and one column per series.
 * The chart part is read as XML (the trimmed schema jar has no chart types for every chart kind).
 */
final class SheetCharts {
  private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final String DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";

  private SheetCharts() {}

  /** One chart: its title (or empty), its categories, and each series' name and cached values by category. */
  record Chart(String title, List<String> categories, List<String> series, List<List<String>> values) {}

  static List<Chart> of(Sheet sheet) {
    List<Chart> out = new ArrayList<>();
    if (!(sheet instanceof XSSFSheet x)) {
      return out;
    }
    try {
      for (PackageRelationship rel : x.getPackagePart().getRelationshipsByType(XSSFRelation.DRAWINGS.getRelation())) {
        PackagePart drawing = x.getPackagePart().getRelatedPart(rel);
        for (PackageRelationship c : drawing.getRelationshipsByType(XSSFRelation.CHART.getRelation())) {
          try (InputStream in = drawing.getRelatedPart(c).getInputStream()) {
            chart(DocumentHelper.readDocument(in).getDocumentElement()).ifPresent(out::add);
          }
        }
      }
    } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
      return List.of(); // a damaged chart: the cells are the sheet
    }
    return out;
  }

  private static java.util.Optional<Chart> chart(Element space) {
    // the chart's own title, not an axis title ("分" over the value axis) when it has none
    Element title = Descendants.child(Descendants.child(space, CHART, "chart"), CHART, "title");
    String name = title == null ? "" : text(title);
    List<String> categories = new ArrayList<>();
    List<String> series = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    NodeList sers = space.getElementsByTagNameNS(CHART, "ser");
    for (int i = 0; i < sers.getLength(); i++) {
      Element ser = (Element) sers.item(i);
      Element cat = Descendants.first(ser, CHART, "cat");
      Element val = Descendants.first(ser, CHART, "val");
      if (val == null) {
        continue;
      }
      List<String> cats = cat == null ? List.of() : points(cat);
      if (categories.isEmpty()) {
        categories.addAll(cats);
      } else if (!cats.isEmpty() && !cats.equals(categories)) {
        continue; // a series over other categories: not a column of this table
      }
      Element tx = Descendants.first(ser, CHART, "tx");
      series.add(tx == null ? "" : text(tx));
      values.add(points(val));
    }
    if (categories.isEmpty() || series.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Chart(name, List.copyOf(categories), List.copyOf(series), List.copyOf(values)));
  }

  /** More points than a sheet has rows: an index no chart of a form reaches, and a list no memory should hold. */
  private static final int MAX_POINTS = 1 << 20;

  /**
   * The cached points of a reference ({@code c:pt idx} / {@code c:v}) in index order; a missing point is blank, a point
   * past {@value #MAX_POINTS} (a damaged or hostile index) is left out.
   */
  static List<String> points(Element ref) {
    Map<Integer, String> byIndex = new TreeMap<>();
    NodeList pts = ref.getElementsByTagNameNS(CHART, "pt");
    int count = 0;
    for (int i = 0; i < pts.getLength(); i++) {
      Element pt = (Element) pts.item(i);
      var idx = Numbers.parse(pt.getAttribute("idx"));
      Element v = Descendants.first(pt, CHART, "v");
      if (idx.isPresent() && v != null && idx.get().signum() >= 0 && idx.get().compareTo(java.math.BigDecimal.valueOf(MAX_POINTS)) < 0
          && byIndex.size() < MAX_POINTS) {
        int k = idx.get().intValue();
        byIndex.put(k, v.getTextContent().strip());
        count = Math.max(count, k + 1);
      }
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      out.add(byIndex.getOrDefault(k, ""));
    }
    return out;
  }

  /** A title's or series name's text: its rich text runs, else its cached string. */
  private static String text(Element e) {
    NodeList runs = e.getElementsByTagNameNS(DRAWING_ML, "t");
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < runs.getLength(); i++) {
      s.append(runs.item(i).getTextContent());
    }
    if (s.isEmpty()) {
      NodeList v = e.getElementsByTagNameNS(CHART, "v");
      for (int i = 0; i < v.getLength(); i++) {
        s.append(v.item(i).getTextContent());
      }
    }
    return s.toString().strip();
  }
}
