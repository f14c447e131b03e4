package org.jixiao.ingest.odf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.ingest.office.SheetLayout;
import org.jixiao.schema.WarningCode;

/**
 * OpenDocument text (ODT) and spreadsheets (ODS) from content.xml. ODT: text:h (with its
 * outline-level) and text:p in order, tables as grids. ODS: each table:table is a sheet laid out
 * by {@link SheetLayout}, as XLSX sheets are. The zip is opened with POI's {@link ZipSecureFile}
 * (zip-bomb guard on), content.xml may inflate to at most {@link Limits#maxBytes()}, and a package
 * whose manifest declares encryption fails as ENCRYPTED.
 */
public final class OdfReader implements FormatReader {
  private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.ODT, DocFormat.ODS);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    return ReadFailures.read(file, format, limits, out -> {
      try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
        ZipArchiveEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest != null && declaresEncryption(zip, manifest, limits)) {
          throw new IngestException(FailureKind.ENCRYPTED, "the " + format + " is password-protected");
        }
        ZipArchiveEntry content = zip.getEntry("content.xml");
        if (content == null) {
          throw new IngestException(FailureKind.CORRUPT, "the " + format + " package has no content.xml");
        }
        try (InputStream in = capped(zip.getInputStream(content), limits.maxBytes())) {
          new Body(out, format, limits).parse(in);
        }
      }
    });
  }

  private static boolean declaresEncryption(ZipSecureFile zip, ZipArchiveEntry manifest, Limits limits) throws IOException, XMLStreamException {
    try (InputStream in = capped(zip.getInputStream(manifest), limits.maxBytes())) {
      XMLStreamReader x = factory().createXMLStreamReader(in);
      try {
        while (x.hasNext()) {
          if (x.next() == XMLStreamConstants.START_ELEMENT && MANIFEST.equals(x.getNamespaceURI()) && x.getLocalName().equals("encryption-data")) {
            return true;
          }
        }
        return false;
      } finally {
        x.close();
      }
    }
  }

  static XMLInputFactory factory() {
    return org.jixiao.ingest.internal.SafeXml.inputFactory();
  }

  /** Fails with TOO_LARGE once more than {@code max} bytes have been read (the zip header may lie). */
  private static InputStream capped(InputStream in, long max) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          add(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          add(n);
        }
        return n;
      }

      private void add(int n) throws IOException {
        count += n;
        if (count > max) {
          throw new IOException(new IngestException(FailureKind.TOO_LARGE, "an ODF part inflates to more than " + max + " bytes"));
        }
      }
    };
  }

  /** The office:body walk: paragraphs and tables in order. */
  private static final class Body {
    private final DocumentBuilder out;
    private final DocFormat format;
    private final Limits limits;
    private final OdfText text = new OdfText();
    private int nested;
    private int hidden;

    Body(DocumentBuilder out, DocFormat format, Limits limits) {
      this.out = out;
      this.format = format;
      this.limits = limits;
    }

    void parse(InputStream in) throws XMLStreamException, IngestException {
      XMLStreamReader x = factory().createXMLStreamReader(in);
      try {
        boolean inBody = false;
        while (x.hasNext()) {
          ReadFailures.checkInterrupted();
          int ev = x.next();
          if (ev != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String ns = x.getNamespaceURI();
          String local = x.getLocalName();
          if (OdfText.OFFICE.equals(ns) && local.equals("body")) {
            inBody = true;
          } else if (!inBody) {
            continue;
          } else if (OdfText.TEXT.equals(ns) && local.equals("h")) {
            int level = (int) Math.clamp(OdfText.intAttr(x, OdfText.TEXT, "outline-level", 1), 1, 9);
            out.paragraph(text.read(x), level, null);
          } else if (OdfText.TEXT.equals(ns) && local.equals("p")) {
            out.paragraph(text.read(x), 0, null);
          } else if (OdfText.TABLE.equals(ns) && local.equals("table")) {
            table(new OdfTable(text, limits).read(x));
          } else if ((OdfText.TEXT.equals(ns) && local.equals("tracked-changes")) || (OdfText.OFFICE.equals(ns) && local.equals("annotation"))) {
            OdfText.skip(x);
          }
        }
      } finally {
        x.close();
      }
      warnings();
    }

    private void table(OdfTable.Result t) throws IngestException {
      nested += t.nestedTables();
      hidden += t.hiddenCells();
      if (format == DocFormat.ODS) {
        SheetLayout.emit(t.name(), t.cells(), out, limits);
        return;
      }
      out.table(SheetLayout.plainGrid(t.name(), t.cells(), t.height(), t.width(), out, limits));
    }

    private void warnings() {
      if (nested > 0) {
        out.warn(WarningCode.NESTED_TABLE_FLATTENED, nested + " table(s) nested in a cell were flattened into the cell's text", null);
      }
      if (hidden > 0) {
        out.warn(WarningCode.COVERED_CELL_TEXT_SKIPPED, hidden + " covered (merged-over) cell(s) held text that is not displayed", null);
      }
      if (text.skippedNotes > 0) {
        out.warn(WarningCode.NOTES_SKIPPED, text.skippedNotes + " footnote(s) or comment(s) were left out of the text", null);
      }
    }
  }
}
