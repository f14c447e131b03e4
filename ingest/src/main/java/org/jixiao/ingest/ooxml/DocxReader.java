package org.jixiao.ingest.ooxml;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.ingest.office.WorkbookSheets;
import org.jixiao.ingest.pdf.PictureText;
import org.jixiao.ingest.text.TextReader;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTxbxContent;

/**
 * Word 2007+ (DOCX): body paragraphs and tables in document order, including those inside content
 * controls (w:sdt) and custom-XML blocks, with heading levels from the outline level or the
 * "Heading N" / "标题 N" styles. Tables go through {@link DocxTables}. DOCX has no reliable pages,
 * so pages are null.
 */
public final class DocxReader implements FormatReader {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String O = "urn:schemas-microsoft-com:office:office";
  private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final Pattern HEADING_STYLE = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.DOCX);
  }

  @Override
  public ParsedDocument read(Path given, DocFormat format, Limits limits) throws IngestException {
    return ReadFailures.read(given, format, limits, out -> {
      OoxmlContainer.requireZip(given, format);
      OoxmlContainer.requireBoundedEntries(given, limits);
      try (StrictCopy copy = StrictCopy.of(given, limits, out)) {
        read(copy.file(), out, limits);
      }
    });
  }

  private static void read(Path file, DocumentBuilder out, Limits limits) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XWPFDocument doc = new XWPFDocument(pkg)) {
      Walk walk = new Walk(doc, out, limits);
      walk.container(doc.getDocument().getBody());
      walk.flushTabbed();
      var props = doc.getProperties().getCoreProperties();
      out.metadata("title", props.getTitle()).metadata("author", props.getCreator());
    }
  }

  private static final String CHECKED_FIELD = "|X|";
  private static final String EMPTY_FIELD = "|_|";

  /** A paragraph's text with no-break spaces as plain spaces, so blank-looking lines are blank. */
  static String text(XWPFParagraph p) {
    String t = equationsInserted(p, p.getText());
    if (p.getCTP().getDomNode() instanceof org.w3c.dom.Element e) {
      for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (isPlaceholder(n)) {
          // an unfilled content control shows its prompt ("单击或点击此处输入文字。"): nothing was entered there
          String prompt = textOf(n);
          int at = prompt.isEmpty() ? -1 : t.indexOf(prompt);
          if (at >= 0) {
            t = t.substring(0, at) + t.substring(at + prompt.length());
          }
        }
      }
    }
    // POI writes a legacy form check box as |X| or |_| (from its default state); LegacyFormFields puts the box shown
    return ListNumbers.label(p) + symbolsInserted(p, hiddenRemoved(p, t)).replace('\u00A0', ' ')
        .replace(CHECKED_FIELD, "").replace(EMPTY_FIELD, "");
  }

  /**
   * The paragraph's equations (m:oMath, alone or in an m:oMathPara), which POI's text leaves out, each put back as its
   * linear text ({@link OfficeMath}) where it stands among the runs: "资金到位率=…，得4分" (h355). Each child before an
   * equation is found in the text from where the last one ended; the equation goes after it.
   */
  private static String equationsInserted(XWPFParagraph p, String text) {
    if (!(p.getCTP().getDomNode() instanceof org.w3c.dom.Element e)) {
      return text;
    }
    StringBuilder t = null;
    int cursor = 0;
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (OfficeMath.isEquation(n)) {
        t = t == null ? new StringBuilder(text) : t;
        String eq = OfficeMath.linear(n);
        t.insert(cursor, eq);
        cursor += eq.length();
        continue;
      }
      String before = textOf(n);
      int at = before.isEmpty() ? -1 : t == null ? text.indexOf(before, cursor) : t.indexOf(before, cursor);
      if (at >= 0) {
        cursor = at + before.length();
      }
    }
    return t == null ? text : t.toString();
  }

  /**
   * Check boxes typed as symbol characters (w:sym in Wingdings fonts: a form's "☑优 □良", "☑是 □否", h349), and what a
   * legacy form field's drop-down or check box shows (h361), which POI's text leaves out: each put back, as its Unicode
   * box or its chosen entry, before the text of the run that follows it.
   */
  private static String symbolsInserted(XWPFParagraph p, String text) {
    StringBuilder t = null;
    StringBuilder pending = new StringBuilder();
    int cursor = 0;
    for (org.apache.poi.xwpf.usermodel.XWPFRun r : p.getRuns()) {
      String box = WingdingsBoxes.of(r.getCTR().getDomNode()) + LegacyFormFields.shown(r.getCTR().getDomNode());
      if (!box.isEmpty()) {
        pending.append(box);
        t = t == null ? new StringBuilder(text) : t;
        continue;
      }
      String rt = r.toString();
      if (t == null || rt == null || rt.isEmpty()) {
        continue;
      }
      int at = t.indexOf(rt, cursor);
      if (at < 0) {
        continue;
      }
      t.insert(at, pending);
      cursor = at + pending.length() + rt.length();
      pending.setLength(0);
    }
    return t == null ? text : t.append(pending).toString();
  }

  /**
   * The paragraph's text without its hidden runs (w:vanish): last year's figures left beside this year's in a form
   * copied forward (h275), which Word neither shows nor prints. Each run is found in turn from where the last one ended.
   */
  private static String hiddenRemoved(XWPFParagraph p, String text) {
    if (p.getRuns().stream().noneMatch(org.apache.poi.xwpf.usermodel.XWPFRun::isVanish)) {
      return text;
    }
    StringBuilder t = new StringBuilder(text);
    int cursor = 0;
    for (org.apache.poi.xwpf.usermodel.XWPFRun r : p.getRuns()) {
      String rt = r.toString();
      if (rt == null || rt.isEmpty()) {
        continue;
      }
      int at = t.indexOf(rt, cursor);
      if (at < 0) {
        continue;
      }
      if (r.isVanish()) {
        t.delete(at, at + rt.length());
        cursor = at;
      } else {
        cursor = at + rt.length();
      }
    }
    return t.toString();
  }

  /** The text of the w:t elements under a node (XMLBeans' DOM has no getTextContent). */
  private static String textOf(org.w3c.dom.Node n) {
    StringBuilder sb = new StringBuilder();
    for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof org.w3c.dom.Element e && "t".equals(e.getLocalName())) {
        for (org.w3c.dom.Node t = e.getFirstChild(); t != null; t = t.getNextSibling()) {
          if (t.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            sb.append(t.getNodeValue());
          }
        }
      } else {
        sb.append(textOf(c));
      }
    }
    return sb.toString();
  }

  /**
   * A content control (w:sdt) still showing its placeholder (w:showingPlcHdr): a template's field left unfilled, whose
   * grey prompt is no part of the report.
   */
  static boolean isPlaceholder(org.w3c.dom.Node n) {
    if (!(n instanceof org.w3c.dom.Element sdt) || !"sdt".equals(sdt.getLocalName()) || !W.equals(sdt.getNamespaceURI())) {
      return false;
    }
    for (org.w3c.dom.Node c = sdt.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof org.w3c.dom.Element pr && "sdtPr".equals(pr.getLocalName())) {
        return pr.getElementsByTagNameNS(W, "showingPlcHdr").getLength() > 0;
      }
    }
    return false;
  }

  /** Tabs in a paragraph before it may be a row laid out with tab stops. */
  static final int MIN_TABS = 2;
  /** Tab-laid paragraphs in a run before they are read as a table. */
  static final int MIN_TAB_LINES = 3;

  /** A paragraph held back while a run of tab-laid lines goes on. */
  private record Tabbed(String text, int level) {}

  /** One pass over the body; keeps the style-to-heading-level cache. */
  private static final class Walk {
    private final XWPFDocument doc;
    private final DocumentBuilder out;
    private final DocxTables tables;
    private final Map<String, Integer> styleLevels = new HashMap<>();
    private final List<Tabbed> tabbed = new ArrayList<>();
    private final Limits limits;

    Walk(XWPFDocument doc, DocumentBuilder out, Limits limits) {
      this.doc = doc;
      this.out = out;
      this.limits = limits;
      this.tables = new DocxTables(doc);
    }

    /** Emits the block-level children of a body-like element in order. */
    void container(XmlObject parent) throws IngestException {
      try (XmlCursor c = parent.newCursor()) {
        if (!c.toFirstChild()) {
          return;
        }
        do {
          ReadFailures.checkInterrupted();
          QName name = c.getName();
          XmlObject node = c.getObject();
          if (W.equals(name.getNamespaceURI())) {
            switch (name.getLocalPart()) {
              case "p" -> paragraph(new XWPFParagraph((CTP) node, doc));
              case "tbl" -> {
                flushTabbed();
                table(node);
              }
              case "altChunk" -> {
                flushTabbed();
                imported(node);
              }
              case "sectPr", "sdtPr", "sdtEndPr", "del", "moveFrom" -> {}
              case "sdt" -> {
                if (!isPlaceholder(node.getDomNode())) {
                  container(node);
                }
              }
              default -> container(node); // sdtContent, customXml, ins, smartTag ...
            }
          } else if (MC.equals(name.getNamespaceURI()) && "AlternateContent".equals(name.getLocalPart())) {
            alternate(node);
          }
        } while (c.toNextSibling());
      }
    }

    /**
     * w:altChunk: a part Word imports where it stands when it opens the file, the way systems that write HTML put their
     * tables into a Word document (h301: the 附表 exists only as an HTML part). An HTML part is read there as the page it
     * is (its own charset declaration decides, as in a browser); any other kind (text, RTF, another Word document) is
     * said and not read. The part is read within the document's size limit.
     */
    private void imported(XmlObject chunk) throws IngestException {
      String id;
      try (XmlCursor c = chunk.newCursor()) {
        id = c.getAttributeText(new QName(R, "id"));
      }
      if (id == null) {
        return;
      }
      try {
        org.apache.poi.openxml4j.opc.PackagePart part = related(id);
        String type = part.getContentType().toLowerCase(java.util.Locale.ROOT);
        String name = part.getPartName().getName();
        if (part.getSize() > limits.maxBytes()) {
          out.warn(WarningCode.IMPORTED_PART, "imported part " + name + " not read: larger than the file size limit", null);
          return;
        }
        byte[] bytes;
        try (java.io.InputStream in = part.getInputStream()) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        }
        if (bytes.length > limits.maxBytes()) {
          out.warn(WarningCode.IMPORTED_PART, "imported part " + name + " not read: larger than the file size limit", null);
          return;
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
          out.warn(WarningCode.IMPORTED_PART, "imported part " + name + " (" + type + ") read where it stands", null);
          org.jixiao.ingest.html.HtmlReader.emit(org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, ""), out);
        } else {
          out.warn(WarningCode.IMPORTED_PART, "imported part " + name + " (" + type + ") not read: only HTML parts are", null);
        }
      } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
        out.warn(WarningCode.IMPORTED_PART, "imported part " + id + " unreadable: " + e.getMessage(), null);
      }
    }

    /** mc:AlternateContent holds the same content twice; read only the first choice. */
    private void alternate(XmlObject node) throws IngestException {
      try (XmlCursor c = node.newCursor()) {
        if (c.toFirstChild()) {
          container(c.getObject());
        }
      }
    }

    private void paragraph(XWPFParagraph p) throws IngestException {
      String t = text(p);
      if (t.chars().filter(c -> c == '\t').count() >= MIN_TABS) {
        tabbed.add(new Tabbed(t, headingLevel(p)));
        return;
      }
      flushTabbed();
      out.paragraph(t, headingLevel(p), null);
      for (XmlObject box : textBoxes(p.getCTP())) {
        container(box);
      }
      for (Map.Entry<String, String> object : embeddedObjects(p.getCTP())) {
        embedded(object.getKey(), object.getValue());
      }
      for (Map.Entry<String, Double> picture : pictures(p.getCTP())) {
        picture(picture.getKey(), picture.getValue());
      }
    }

    /** Pictures shown less wide than this (inches) are seals, logos and icons, not a table's scan. */
    private static final double MIN_PICTURE_INCHES = 3;
    private static final double EMU_PER_INCH = 914_400;

    /**
     * A picture in the paragraph shown wide enough to hold a table (h262: the stamped 自评表 scanned into the Word
     * file): read by OCR where it stands ({@link PictureText}). Others are not read, as before.
     */
    private void picture(String relationId, double inches) throws IngestException {
      if (inches < MIN_PICTURE_INCHES) {
        return;
      }
      try {
        org.apache.poi.openxml4j.opc.PackagePart part = related(relationId);
        if (part.getContentType().equals("image/x-emf") || part.getPartName().getName().toLowerCase(java.util.Locale.ROOT).endsWith(".emf")) {
          metafile(part);
          return;
        }
        java.awt.image.BufferedImage img;
        try (java.io.InputStream in = part.getInputStream()) {
          img = javax.imageio.ImageIO.read(in);
        }
        if (img != null && PictureText.worthReading(img)) {
          PictureText.read(img, inches, "picture " + part.getPartName().getName(), out);
        }
      } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
        out.warn(WarningCode.IMAGES_NOT_READ, "picture " + relationId + " unreadable: " + e.getMessage(), null);
      }
    }

    /**
     * An enhanced metafile wide enough to hold a table (an Excel range pasted as a picture, h372): its text and lines
     * laid out where it stands ({@link MetafileText}); a metafile drawing little text (a logo) is not read.
     */
    private void metafile(org.apache.poi.openxml4j.opc.PackagePart part) throws java.io.IOException, IngestException {
      java.util.Optional<org.jixiao.ingest.pdf.PositionedText.Page> page;
      try (java.io.InputStream in = part.getInputStream()) {
        page = MetafileText.page(in);
      }
      if (page.isPresent()) {
        out.warn(WarningCode.METAFILE_TEXT_READ, "picture " + part.getPartName().getName()
            + ": a metafile's text and lines (a range pasted as a picture) read as the table it draws", null);
        org.jixiao.ingest.pdf.PositionedText.emit(page.get(), out);
      }
    }

    /** The drawings' pictures under a paragraph, outside mc:Fallback, as relationship id → shown width in inches. */
    private static List<Map.Entry<String, Double>> pictures(XmlObject paragraph) {
      List<Map.Entry<String, Double>> found = new ArrayList<>();
      each(paragraph, n -> WP.equals(n.getNamespaceURI()) && ("inline".equals(n.getLocalPart()) || "anchor".equals(n.getLocalPart())),
          drawing -> {
            XmlObject node = drawing.getObject();
            double inches = extentInches(drawing);
            // a text box's own pictures are its paragraphs', read with them: taken here only to be passed over
            each(node, n -> A.equals(n.getNamespaceURI()) && "blip".equals(n.getLocalPart())
                || W.equals(n.getNamespaceURI()) && "txbxContent".equals(n.getLocalPart()), blip -> {
              String id = blip.getAttributeText(new QName(R, "embed"));
              if ("blip".equals(blip.getName().getLocalPart()) && id != null) {
                found.add(Map.entry(id, inches));
              }
            });
          });
      return found;
    }

    /** The package part the document's relationship {@code relationId} points to (an embedded file, a picture). */
    private org.apache.poi.openxml4j.opc.PackagePart related(String relationId)
        throws org.apache.poi.openxml4j.exceptions.InvalidFormatException {
      return doc.getPackagePart().getRelatedPart(doc.getPackagePart().getRelationship(relationId));
    }

    /** The cx of a drawing's wp:extent, in inches; 0 when it has none. */
    private static double extentInches(XmlCursor drawing) {
      if (!drawing.toFirstChild()) {
        return 0;
      }
      do {
        QName n = drawing.getName();
        if ("extent".equals(n.getLocalPart()) && WP.equals(n.getNamespaceURI())) {
          String cx = drawing.getAttributeText(new QName("cx"));
          return cx == null || !cx.chars().allMatch(Character::isDigit) || cx.isEmpty() ? 0
              : new java.math.BigInteger(cx).doubleValue() / EMU_PER_INCH;
        }
      } while (drawing.toNextSibling());
      return 0;
    }

    /**
     * An object embedded in the paragraph (插入→对象: w:object with o:OLEObject): an Excel worksheet's sheets are read
     * where it stands, as the document shows them (h256: the scored rows live only there); the preview picture Word
     * keeps beside it is not read. Any other object is said and not read.
     */
    private void embedded(String relationId, String progId) throws IngestException {
      if (!progId.startsWith("Excel.Sheet")) {
        out.warn(WarningCode.EMBEDDED_OBJECT_NOT_READ, "embedded object " + progId + " not read (its picture only shows it)", null);
        return;
      }
      try {
        org.apache.poi.openxml4j.opc.PackagePart part = related(relationId);
        try (java.io.InputStream in = part.getInputStream();
            org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
          out.warn(WarningCode.EMBEDDED_WORKBOOK_READ, "embedded worksheet " + part.getPartName().getName() + " read", null);
          WorkbookSheets.emit(wb, out, limits);
        }
      } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
        out.warn(WarningCode.EMBEDDED_OBJECT_NOT_READ, "embedded worksheet " + relationId + " unreadable: " + e.getMessage(), null);
      }
    }

    /** The OLE objects under a paragraph, outside mc:Fallback, as relationship id → ProgID, in order. */
    private static List<Map.Entry<String, String>> embeddedObjects(XmlObject paragraph) {
      List<Map.Entry<String, String>> found = new ArrayList<>();
      each(paragraph, n -> O.equals(n.getNamespaceURI()) && "OLEObject".equals(n.getLocalPart()), c -> {
        String id = c.getAttributeText(new QName(R, "id"));
        String progId = c.getAttributeText(new QName("ProgID"));
        if (id != null && "Embed".equals(c.getAttributeText(new QName("Type")))) {
          found.add(Map.entry(id, progId == null ? "" : progId));
        }
      });
      return found;
    }

    /**
     * The text boxes anchored in a paragraph (w:txbxContent, in a drawing or a VML shape), outermost only, in order:
     * a form may put its whole table in one (h250). Their blocks follow the paragraph's own text. A box under
     * mc:Fallback is the VML copy of the drawing before it (Word writes both) and is skipped.
     */
    private static List<XmlObject> textBoxes(XmlObject paragraph) {
      List<XmlObject> out = new ArrayList<>();
      each(paragraph, n -> W.equals(n.getNamespaceURI()) && "txbxContent".equals(n.getLocalPart()), c -> out.add(typed(c.getObject())));
      return out;
    }

    /** Under a drawing the box is untyped (POI's schemas stop at wps:txbx): parsed again as Word's text box content. */
    private static XmlObject typed(XmlObject box) {
      if (box instanceof CTTxbxContent) {
        return box;
      }
      try {
        return CTTxbxContent.Factory.parse(box.getDomNode(), new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null));
      } catch (org.apache.xmlbeans.XmlException e) {
        throw new IllegalStateException("text box content unreadable: " + e.getMessage(), e);
      }
    }

    /**
     * Calls {@code take} on each element under {@code node} that {@code wanted} names, in document order, without looking
     * inside what it takes, and never under mc:Fallback: Word writes there the VML copy of the drawing before it.
     */
    private static void each(XmlObject node, java.util.function.Predicate<QName> wanted, java.util.function.Consumer<XmlCursor> take) {
      try (XmlCursor c = node.newCursor()) {
        walk(c, wanted, take);
      }
    }

    private static void walk(XmlCursor c, java.util.function.Predicate<QName> wanted, java.util.function.Consumer<XmlCursor> take) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName name = c.getName();
        if (wanted.test(name)) {
          c.push();
          take.accept(c);
          c.pop();
        } else if (!(MC.equals(name.getNamespaceURI()) && "Fallback".equals(name.getLocalPart()))) {
          c.push();
          walk(c, wanted, take);
          c.pop();
        }
      } while (c.toNextSibling());
      c.toParent();
    }

    /**
     * A run of paragraphs laid out with tab stops instead of a table (h228: a form whose every row is one paragraph,
     * its cells tab-separated): {@value #MIN_TAB_LINES} or more such lines are read as text, whose layout finds the
     * table in them; fewer stay paragraphs.
     */
    void flushTabbed() throws IngestException {
      if (tabbed.size() >= MIN_TAB_LINES) {
        TextReader.lay(String.join("\n", tabbed.stream().map(Tabbed::text).toList()), out);
      } else {
        for (Tabbed t : tabbed) {
          out.paragraph(t.text(), t.level(), null);
        }
      }
      tabbed.clear();
    }

    private void table(XmlObject tbl) throws IngestException {
      if (isLayout(tbl)) {
        // a layout table holding the form's tables in its cells (h219): its cells read in order, their tables as tables
        for (XmlObject tr : children(tbl, "tr")) {
          for (XmlObject tc : children(tr, "tc")) {
            container(tc);
          }
        }
        return;
      }
      DocxTables.Result r = tables.read(tbl);
      if (r.nestedTables() > 0) {
        out.warn(WarningCode.NESTED_TABLE_FLATTENED, r.nestedTables() + " table(s) nested in a cell were read as lines after the table", null);
      }
      if (r.repairs() > 0) {
        out.warn(WarningCode.TABLE_MARKUP_REPAIRED, r.repairs() + " cell(s) of an inconsistent table were moved to free grid slots", null);
      }
      out.table(r.grid());
      for (String line : r.nestedLines()) {
        out.paragraph(line, 0, null);
      }
    }

    /**
     * A table used for layout: a table nested in one of its cells has more cells than it has. A data table with a small
     * table in a remark cell stays a table (the nested one flattened into its cell).
     */
    private static boolean isLayout(XmlObject tbl) {
      int outer = 0;
      int largestNested = 0;
      for (XmlObject tr : children(tbl, "tr")) {
        for (XmlObject tc : children(tr, "tc")) {
          outer++;
          for (XmlObject nested : children(tc, "tbl")) {
            int cells = 0;
            for (XmlObject ntr : children(nested, "tr")) {
              cells += children(ntr, "tc").size();
            }
            largestNested = Math.max(largestNested, cells);
          }
        }
      }
      return largestNested > outer;
    }

    /** The element's children in the WordprocessingML namespace with this local name, in order. */
    private static List<XmlObject> children(XmlObject parent, String local) {
      List<XmlObject> out = new ArrayList<>();
      try (XmlCursor c = parent.newCursor()) {
        if (c.toFirstChild()) {
          do {
            QName n = c.getName();
            if (W.equals(n.getNamespaceURI()) && local.equals(n.getLocalPart())) {
              out.add(c.getObject());
            }
          } while (c.toNextSibling());
        }
      }
      return out;
    }

    int headingLevel(XWPFParagraph p) {
      CTPPr ppr = p.getCTP().getPPr();
      if (ppr != null && ppr.getOutlineLvl() != null) {
        return outline(ppr.getOutlineLvl().getVal());
      }
      String id = p.getStyleID();
      return id == null ? 0 : styleLevels.computeIfAbsent(id, k -> styleLevel(k, 0));
    }

    private int styleLevel(String id, int depth) {
      XWPFStyles styles = doc.getStyles();
      XWPFStyle s = styles == null ? null : styles.getStyle(id);
      if (s == null || depth > 10) {
        return 0;
      }
      String name = s.getName() == null ? "" : s.getName().strip().toLowerCase(Locale.ROOT);
      Matcher m = HEADING_STYLE.matcher(name);
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
      CTStyle ct = s.getCTStyle();
      if (ct.getPPr() != null && ct.getPPr().getOutlineLvl() != null) {
        return outline(ct.getPPr().getOutlineLvl().getVal());
      }
      String parent = s.getBasisStyleID();
      return parent == null ? 0 : styleLevel(parent, depth + 1);
    }

    /** w:outlineLvl 0..8 is heading 1..9; 9 means body text. */
    private static int outline(@Nullable BigInteger lvl) {
      if (lvl == null) {
        return 0;
      }
      int v = lvl.intValue();
      return v >= 0 && v < 9 ? v + 1 : 0;
    }
  }
}
