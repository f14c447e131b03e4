package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;

/**
 * OFD (GB/T 33190-2016, 版式文档: what many 政务 systems publish instead of PDF): a zip whose {@code OFD.xml} names the
 * document, whose {@code Document.xml} lists the pages, and whose pages place text and lines in millimetres. Each page
 * (with the template pages it names) is read into the glyphs and rulings a PDF's text layer gives ({@link
 * OfdPageContent}) and laid out by the same second pass ({@link PageWriter}): ruled tables, merged cells, tables over
 * pages, running headers. Text turned off the page's axes (a watermark, a seal's ring) is not read. Signatures and
 * attachments are not checked or read.
 */
public final class OfdReader implements FormatReader {
  static final String NS = "http://www.ofdspec.org/2016";
  private final PageFurniture furniture = PageFurniture.defaults();

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.OFD);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    try (XmlPackage pkg = XmlPackage.open(file, limits, "OFD")) {
      return read(pkg, file, limits);
    } catch (IOException e) { // the file opened: a part that does not inflate is damage, not an I/O failure
      throw new IngestException(FailureKind.CORRUPT, "damaged OFD package: " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw new IngestException(FailureKind.CORRUPT, "damaged OFD XML: " + e.getMessage(), e);
    }
  }

  private ParsedDocument read(XmlPackage pkg, Path file, Limits limits) throws IngestException, IOException, XMLStreamException {
    DocumentBuilder out = new DocumentBuilder(String.valueOf(file.getFileName()), DocFormat.OFD, limits);
    String root = docRoot(pkg, out);
    DocumentParts parts = documentParts(pkg, root);
    if (parts.pages.isEmpty()) {
      throw new IngestException(FailureKind.EMPTY, "the OFD document has no pages");
    }
    out.pageCount(parts.pages.size());
    List<PageInput> inputs = new ArrayList<>(parts.pages.size());
    int unreadable = 0;
    int slanted = 0;
    for (int i = 0; i < parts.pages.size(); i++) {
      if (Thread.interrupted()) {
        throw new IngestException(FailureKind.TIMEOUT, "interrupted at page " + (i + 1) + " of " + parts.pages.size());
      }
      int pageNo = i + 1;
      try {
        String page = parts.pages.get(i);
        double[] box = parts.box;
        List<String> templates = new ArrayList<>();
        XMLStreamReader head = pkg.xml(page);
        box = pageArea(head, box, templates);
        OfdPageContent content = new OfdPageContent(box[0], box[1]);
        for (String id : templates) { // a template is drawn beneath the page (ZOrder Background, the default)
          String t = parts.templates.get(id);
          if (t != null) {
            content.read(pkg.xml(t));
          }
        }
        content.read(pkg.xml(page));
        slanted += content.slanted;
        PageFrame frame = new PageFrame(0, 0, box[2] * OfdPageContent.PT_PER_MM, box[3] * OfdPageContent.PT_PER_MM, 0);
        inputs.add(new PageInput(pageNo, frame, content.glyphs, content.rulings, content.images, false));
      } catch (IngestException e) {
        throw e;
      } catch (IOException | XMLStreamException | RuntimeException e) {
        unreadable++;
        out.warn(WarningCode.PAGE_UNREADABLE, "page " + pageNo + " could not be read: " + e, pageNo);
      }
    }
    if (slanted > 0) {
      out.warn(WarningCode.SLANTED_TEXT_SKIPPED, slanted + " character(s) drawn turned (a watermark, a seal's ring) were not read", null);
    }
    return PageWriter.write(inputs, parts.pages.size(), unreadable, furniture, out);
  }

  /** The first document's root part, from OFD.xml, with its title, author and creator as metadata. */
  private static String docRoot(XmlPackage pkg, DocumentBuilder out) throws IngestException, IOException, XMLStreamException {
    if (!pkg.has("OFD.xml")) {
      throw new IngestException(FailureKind.CORRUPT, "not an OFD package: no OFD.xml at its root");
    }
    XMLStreamReader x = pkg.xml("OFD.xml");
    String root = null;
    Map<String, String> info = new HashMap<>();
    while (x.hasNext() && root == null) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && NS.equals(x.getNamespaceURI())) {
        switch (x.getLocalName()) {
          case "Title", "Author", "Creator" -> info.put(x.getLocalName(), x.getElementText().strip());
          case "DocRoot" -> root = XmlPackage.resolve("OFD.xml", x.getElementText());
          default -> { }
        }
      }
    }
    if (root == null || root.isEmpty()) {
      throw new IngestException(FailureKind.CORRUPT, "OFD.xml names no document (DocRoot)");
    }
    out.metadata("title", info.get("Title")).metadata("author", info.get("Author")).metadata("creator", info.get("Creator"));
    return root;
  }

  /** A document's pages (their content parts, in order), template pages by id, and the default page box (mm). */
  private record DocumentParts(List<String> pages, Map<String, String> templates, double[] box) {}

  private static DocumentParts documentParts(XmlPackage pkg, String root) throws IngestException, IOException, XMLStreamException {
    XMLStreamReader x = pkg.xml(root);
    List<String> pages = new ArrayList<>();
    Map<String, String> templates = new HashMap<>();
    double[] box = {0, 0, 210, 297}; // A4 when the document says nothing
    boolean inArea = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT && "PageArea".equals(x.getLocalName())) {
        inArea = false;
      }
      if (ev != XMLStreamConstants.START_ELEMENT || !NS.equals(x.getNamespaceURI())) {
        continue;
      }
      switch (x.getLocalName()) {
        case "PageArea" -> inArea = true;
        case "PhysicalBox" -> {
          if (inArea) {
            box = OfdPageContent.numbers(x.getElementText(), 4);
          }
        }
        case "Page" -> {
          String loc = x.getAttributeValue(null, "BaseLoc");
          if (loc != null) {
            pages.add(XmlPackage.resolve(root, loc));
          }
        }
        case "TemplatePage" -> {
          String loc = x.getAttributeValue(null, "BaseLoc");
          String id = x.getAttributeValue(null, "ID");
          if (loc != null && id != null) {
            templates.put(id, XmlPackage.resolve(root, loc));
          }
        }
        default -> { }
      }
    }
    return new DocumentParts(pages, templates, box);
  }

  /** A page's own box (its Area's PhysicalBox, else the document's) and the templates it names, read up to its content. */
  private static double[] pageArea(XMLStreamReader x, double[] box, List<String> templates) throws XMLStreamException {
    double[] own = box;
    boolean inArea = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT && "Area".equals(x.getLocalName())) {
        inArea = false;
      }
      if (ev != XMLStreamConstants.START_ELEMENT || !NS.equals(x.getNamespaceURI())) {
        continue;
      }
      switch (x.getLocalName()) {
        case "Area" -> inArea = true;
        case "PhysicalBox" -> {
          if (inArea) {
            own = OfdPageContent.numbers(x.getElementText(), 4);
          }
        }
        case "Template" -> {
          String id = x.getAttributeValue(null, "TemplateID");
          if (id != null) {
            templates.add(id);
          }
        }
        case "Content" -> {
          return own;
        }
        default -> { }
      }
    }
    return own;
  }
}
