package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** XPS packages for tests: one fixed document of one page, its page's XAML given. */
public final class XpsFixtures {
  static final String NS = "http://schemas.microsoft.com/xps/2005/06";

  private XpsFixtures() {}

  /** A stroked box, as the XPS Document Writer draws a table's cell. */
  public static String cell(double x0, double y0, double x1, double y1) {
    return "<Path Data=\"M " + x0 + "," + y0 + " L " + x1 + "," + y0 + " " + x1 + "," + y1 + " " + x0 + "," + y1
        + " Z\" Stroke=\"#ff000000\" StrokeThickness=\"0.8\" />";
  }

  /** A run of text at its origin (baseline left), 12 units high. */
  public static String run(double x, double y, String text) {
    return "<Glyphs FontRenderingEmSize=\"12\" OriginX=\"" + x + "\" OriginY=\"" + y + "\" UnicodeString=\"" + text + "\" />";
  }

  /** A page of A4 holding {@code content}. */
  public static String page(String content) {
    return "<FixedPage Width=\"793.7\" Height=\"1122.5\" xmlns=\"" + NS + "\">" + content + "</FixedPage>";
  }

  /** The package holding one document of the one page. */
  public static Path write(Path file, String page) throws IOException {
    try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
      // the package's content types and its root relationship are how a reader (Tika) knows it is XPS
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"fdseq\" ContentType=\"application/vnd.ms-package.xps-fixeddocumentsequence+xml\" />"
          + "<Default Extension=\"fdoc\" ContentType=\"application/vnd.ms-package.xps-fixeddocument+xml\" />"
          + "<Default Extension=\"fpage\" ContentType=\"application/vnd.ms-package.xps-fixedpage+xml\" />"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" /></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Type=\"http://schemas.microsoft.com/xps/2005/06/fixedrepresentation\" Target=\"/FixedDocSeq.fdseq\" Id=\"R0\" /></Relationships>");
      put(zip, "FixedDocSeq.fdseq", "<FixedDocumentSequence xmlns=\"" + NS + "\"><DocumentReference Source=\"/Documents/1/FixedDoc.fdoc\" /></FixedDocumentSequence>");
      put(zip, "Documents/1/FixedDoc.fdoc", "<FixedDocument xmlns=\"" + NS + "\"><PageContent Source=\"Pages/1.fpage\" /></FixedDocument>");
      put(zip, "Documents/1/Pages/1.fpage", page);
    }
    return file;
  }

  static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
