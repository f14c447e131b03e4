package org.jixiao.ingest.office;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.internal.SafeXml;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * Excel 2003 XML (SpreadsheetML: {@code <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">}), which budget
 * systems still export, usually under an .xls name (h251). POI does not read it. Each visible worksheet is laid out as
 * the other spreadsheets are ({@link SheetLayout}): cells placed by {@code ss:Index} (a cell or row may skip ahead,
 * and the cells a merge covers are simply absent), merges from {@code ss:MergeAcross}/{@code ss:MergeDown}, numbers
 * shown in their style's format (named ones such as Percent too), hidden rows and columns not read.
 */
public final class SpreadsheetMlReader implements FormatReader {
  static final String SS = "urn:schemas-microsoft-com:office:spreadsheet";
  private static final String X = "urn:schemas-microsoft-com:office:excel";

  /** Excel's named number formats and the codes they stand for. */
  private static final Map<String, String> NAMED_FORMATS = Map.of(
      "general", "General", "general number", "General", "fixed", "0.00", "standard", "#,##0.00",
      "percent", "0.00%", "scientific", "0.00E+00", "currency", "#,##0.00", "0", "0");

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.SPREADSHEETML);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    return ReadFailures.read(file, format, limits, out -> {
      try (InputStream in = Files.newInputStream(file)) {
        XMLStreamReader x = SafeXml.inputFactory().createXMLStreamReader(in);
        try {
          new Walk(x, out, limits).workbook();
        } finally {
          x.close();
        }
      } catch (XMLStreamException e) {
        throw new IngestException(FailureKind.CORRUPT, "damaged Excel 2003 XML: " + e.getMessage(), e);
      }
    });
  }

  /** One pass over the workbook: styles first (Excel writes them first), then the worksheets. */
  private static final class Walk {
    private final XMLStreamReader x;
    private final DocumentBuilder out;
    private final Limits limits;
    private final DataFormatter fmt = new DataFormatter(Locale.CHINA);
    private final Map<String, String> styleFormat = new HashMap<>();
    private final Map<String, String> styleParent = new HashMap<>();
    private final List<String> sheets = new ArrayList<>();

    Walk(XMLStreamReader x, DocumentBuilder out, Limits limits) {
      this.x = x;
      this.out = out;
      this.limits = limits;
    }

    void workbook() throws XMLStreamException, IngestException {
      String style = null;
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT || !SS.equals(x.getNamespaceURI())) {
          continue;
        }
        switch (x.getLocalName()) {
          case "Style" -> {
            style = attr("ID");
            String parent = attr("Parent");
            if (style != null && parent != null) {
              styleParent.put(style, parent);
            }
          }
          case "NumberFormat" -> {
            String f = attr("Format");
            if (style != null && f != null) {
              styleFormat.put(style, NAMED_FORMATS.getOrDefault(f.toLowerCase(Locale.ROOT), f));
            }
          }
          case "Worksheet" -> worksheet(attr("Name"));
          default -> {}
        }
      }
      out.metadata("sheets", String.join("\t", sheets));
    }

    private void worksheet(@Nullable String name) throws XMLStreamException, IngestException {
      String sheet = name == null ? "Sheet" + (sheets.size() + 1) : name;
      List<SheetCell> cells = new ArrayList<>();
      Set<Integer> hiddenCols = new HashSet<>();
      boolean hiddenSheet = false;
      int hiddenValues = 0;
      int row = -1;
      int col = -1;
      int nextCol = 0;
      boolean rowHidden = false;
      long seen = 0;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.END_ELEMENT && SS.equals(x.getNamespaceURI()) && x.getLocalName().equals("Worksheet")) {
          break;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String local = x.getLocalName();
        if (X.equals(x.getNamespaceURI()) && local.equals("Visible")) {
          String shown = x.getElementText().strip(); // SheetVisible, SheetHidden, or SheetVeryHidden (only code shows it)
          hiddenSheet = shown.equals("SheetHidden") || shown.equals("SheetVeryHidden") || hiddenSheet;
          continue;
        }
        if (!SS.equals(x.getNamespaceURI())) {
          continue;
        }
        switch (local) {
          case "Column" -> {
            nextCol = index(attr("Index"), nextCol);
            int span = 1 + number(attr("Span"));
            if ("1".equals(attr("Hidden"))) {
              for (int c = nextCol; c < nextCol + span; c++) {
                hiddenCols.add(c);
              }
            }
            nextCol += span;
          }
          case "Row" -> {
            row = index(attr("Index"), row + 1);
            col = 0;
            rowHidden = "1".equals(attr("Hidden"));
          }
          case "Cell" -> {
            if (++seen > limits.maxCells()) {
              throw new IngestException(FailureKind.TOO_LARGE, "sheet '" + sheet + "' has more than " + limits.maxCells() + " cells");
            }
            if (seen % 1024 == 0) {
              ReadFailures.checkInterrupted();
            }
            col = index(attr("Index"), col);
            int across = number(attr("MergeAcross"));
            int down = number(attr("MergeDown"));
            String text = cellText(attr("StyleID"));
            boolean merged = across > 0 || down > 0;
            if (!text.isBlank() && !merged && (rowHidden || hiddenCols.contains(col))) {
              hiddenValues++; // kept in the file, neither shown nor printed
            } else if (!text.isBlank() || merged) {
              cells.add(new SheetCell(Math.max(row, 0), col, down + 1, across + 1, text));
            }
            col += across + 1;
          }
          default -> {}
        }
      }
      if (hiddenSheet) {
        out.warn(WarningCode.HIDDEN_SHEET_SKIPPED, "hidden sheet '" + sheet + "' was not read", null);
        return;
      }
      sheets.add(sheet);
      SheetLayout.emit(sheet, cells, out, limits);
      if (hiddenValues > 0) {
        out.warn(WarningCode.HIDDEN_CELLS_SKIPPED, "sheet '" + sheet + "': " + hiddenValues
            + " value(s) in hidden rows or columns were not read (Excel neither shows nor prints them)", null);
      }
    }

    /** The cell's shown text: its Data (rich text flattened), a number in its style's format; comments left out. */
    private String cellText(@Nullable String style) throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      String type = null;
      int depth = 1;
      boolean inData = false;
      boolean inComment = false;
      while (depth > 0 && x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (SS.equals(x.getNamespaceURI()) && x.getLocalName().equals("Data") && !inComment) {
            inData = true;
            type = attr("Type");
          } else if (SS.equals(x.getNamespaceURI()) && x.getLocalName().equals("Comment")) {
            inComment = true;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if (SS.equals(x.getNamespaceURI()) && x.getLocalName().equals("Data")) {
            inData = false;
          } else if (SS.equals(x.getNamespaceURI()) && x.getLocalName().equals("Comment")) {
            inComment = false;
          }
        } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && inData && !inComment) {
          text.append(x.getText());
        }
      }
      String t = text.toString();
      if ("Number".equals(type)) {
        String format = format(style);
        java.util.Optional<java.math.BigDecimal> v = Numbers.parse(t.strip());
        if (v.isPresent() && format != null) {
          return WorkbookSheets.number(v.get().doubleValue(), -1, format, fmt);
        }
      }
      return t.replace('\u00A0', ' ');
    }

    /** A style's number format, through its parents. */
    private @Nullable String format(@Nullable String style) {
      for (int hops = 0; style != null && hops < 16; hops++) {
        String f = styleFormat.get(style);
        if (f != null) {
          return f;
        }
        style = styleParent.get(style);
      }
      return null;
    }

    private @Nullable String attr(String local) {
      String v = x.getAttributeValue(SS, local);
      return v == null ? x.getAttributeValue(null, local) : v;
    }

    /** A 1-based ss:Index as 0-based, or {@code otherwise}. */
    private static int index(@Nullable String index, int otherwise) {
      int i = number(index);
      return i > 0 ? i - 1 : otherwise;
    }

    private static int number(@Nullable String s) {
      java.util.Optional<java.math.BigDecimal> i = s == null ? java.util.Optional.empty() : Numbers.parse(s.strip());
      return i.isEmpty() || i.get().signum() < 0 ? 0 : (int) Math.min(i.get().doubleValue(), 1 << 20);
    }
  }
}
