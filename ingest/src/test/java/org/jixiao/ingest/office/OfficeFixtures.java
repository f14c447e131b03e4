package org.jixiao.ingest.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/** Test support: small crafted office files (zip packages written by hand, encrypted copies). */
public final class OfficeFixtures {
  public static final String ODT = "application/vnd.oasis.opendocument.text";
  public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  private static final String ROWS = "<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell><table:table-cell><text:p>c</text:p></table:table-cell></table:table-row>"
      + "<table:table-row><table:table-cell><text:p>d</text:p></table:table-cell><table:table-cell><text:p>e</text:p></table:table-cell><table:table-cell><text:p>f</text:p></table:table-cell></table:table-row>";

  private OfficeFixtures() {}

  /** A small ODT: a paragraph and a 2×3 table. */
  public static Path odt(Path file) throws IOException {
    return odf(file, ODT, "<office:text><text:p>标题</text:p><table:table>" + ROWS + "</table:table></office:text>");
  }

  /** A small ODS: one sheet with a 2×3 table. */
  public static Path ods(Path file) throws IOException {
    return odf(file, ODS, "<office:spreadsheet><table:table table:name=\"s\">" + ROWS + "</table:table></office:spreadsheet>");
  }

  /** A small XLS: a 3×3 sheet with a vertical merge; password-protected when {@code password} is not null. */
  public static Path xls(Path file, @Nullable String password) throws IOException {
    Biff8EncryptionKey.setCurrentUserPassword(password); // thread-local; read when the workbook is written
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("表");
      for (int r = 0; r < 3; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < 3; c++) {
          row.createCell(c).setCellValue("v" + r + c);
        }
      }
      s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
      wb.write(o);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    return file;
  }

  /** A DOC (Word 97) rewritten by POI with RC4 encryption under a password. */
  public static Path encryptDoc(Path plain, Path out) throws IOException {
    try (InputStream in = Files.newInputStream(plain); HWPFDocument doc = new HWPFDocument(in)) {
      Biff8EncryptionKey.setCurrentUserPassword("secret");
      try (OutputStream o = Files.newOutputStream(out)) {
        doc.write(o);
      } finally {
        Biff8EncryptionKey.setCurrentUserPassword(null);
      }
    }
    return out;
  }

  /** A zip with the given entries in order; "mimetype" is stored uncompressed, as ODF requires. */
  public static Path zip(Path file, Map<String, String> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(e.getKey());
        if (e.getKey().equals("mimetype")) {
          CRC32 crc = new CRC32();
          crc.update(data);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(data.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A minimal DOCX package around {@code bodyXml} (the children of w:body), with styles. */
  public static Path docx(Path file, String bodyXml, String stylesXml) throws IOException {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
        </Types>""".strip());
    e.put("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>""".strip());
    e.put("word/_rels/document.xml.rels", """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        </Relationships>""".strip());
    e.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + bodyXml + "</w:body></w:document>");
    e.put("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + stylesXml + "</w:styles>");
    return zip(file, e);
  }

  /** A minimal ODF package (ODT or ODS) whose office:body holds {@code bodyXml}. */
  public static Path odf(Path file, String mimetype, String bodyXml) throws IOException {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("mimetype", mimetype);
    e.put("META-INF/manifest.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
        <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>""".formatted(mimetype).strip());
    e.put("content.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
          xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
        <office:body>%s</office:body></office:document-content>""".formatted(bodyXml).strip());
    return zip(file, e);
  }

  /** An ODF package whose manifest says content.xml is encrypted (its bytes are then not XML). */
  public static Path encryptedOdf(Path file, String mimetype) throws IOException {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("mimetype", mimetype);
    e.put("META-INF/manifest.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
        <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1234">
        <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">
        <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>
        <manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/>
        </manifest:encryption-data></manifest:file-entry>
        </manifest:manifest>""".formatted(mimetype).strip());
    e.put("content.xml", "\u0001\u0002 not xml, encrypted bytes");
    return zip(file, e);
  }

  /** An OOXML file (DOCX, XLSX) password-protected with POI's agile encryption. */
  public static Path encryptOoxml(Path plain, Path out) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (InputStream in = Files.newInputStream(plain);
          OutputStream os = enc.getDataStream(fs)) {
        in.transferTo(os);
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        fs.writeFilesystem(o);
      }
    }
    return out;
  }

  /** The first {@code fraction} of a file's bytes. */
  public static Path truncated(Path source, Path out, double fraction) throws IOException {
    byte[] all = Files.readAllBytes(source);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(all, 0, (int) (all.length * fraction));
    Files.write(out, b.toByteArray());
    return out;
  }
}
