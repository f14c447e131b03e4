package org.jixiao.ingest.ooxml;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;

/**
 * Word's and Excel's "Strict Open XML" (ISO/IEC 29500 Strict, 严格 Open XML): the package of a DOCX or XLSX with every
 * namespace and relationship type under {@code http://purl.oclc.org/ooxml/} instead of the transitional
 * {@code http://schemas.openxmlformats.org/…/2006/…}. POI refuses it ("Strict OOXML isn't currently supported"); the
 * markup is otherwise the same for what a report holds (paragraphs, tables, cells), so a copy with the names renamed is
 * read as any DOCX or XLSX.
 */
final class StrictOoxml {
  private static final String STRICT = "http://purl.oclc.org/ooxml/";
  /** "http://purl.oclc.org/ooxml/wordprocessingml/main" → "http://schemas.openxmlformats.org/wordprocessingml/2006/main". */
  private static final Pattern NAME = Pattern.compile("http://purl\\.oclc\\.org/ooxml/([A-Za-z]+)/([A-Za-z/]+)");
  /** The names that are not the transitional ones with /2006/ put in. */
  private static final Map<String, String> RENAMED = Map.of(
      "officeDocument/extendedProperties", "officeDocument/2006/extended-properties",
      "officeDocument/customProperties", "officeDocument/2006/custom-properties",
      "officeDocument/relationships/extendedProperties", "officeDocument/2006/relationships/extended-properties",
      "officeDocument/relationships/customProperties", "officeDocument/2006/relationships/custom-properties");

  private StrictOoxml() {}

  /** Whether the package's root relationships use the Strict names. */
  static boolean isStrict(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry rels = zip.getEntry("_rels/.rels");
      if (rels == null || rels.getSize() > 1 << 20) {
        return false;
      }
      try (InputStream in = zip.getInputStream(rels)) {
        return new String(in.readNBytes(1 << 20), UTF_8).contains(STRICT);
      }
    }
  }

  /**
   * A transitional copy of the Strict package in {@code dir}: every XML part and relationship part with its names
   * renamed (and Word's {@code conformance="strict"} dropped), the other parts copied as they are. Each part is read
   * within {@link OoxmlContainer#maxEntryBytes}.
   */
  static Path transitional(Path file, Path dir, Limits limits) throws IOException, IngestException {
    long max = OoxmlContainer.maxEntryBytes(limits);
    Path out = Files.createTempFile(dir, "jixiao-strict-", ".zip");
    try (ZipFile zip = new ZipFile(file.toFile()); OutputStream os = Files.newOutputStream(out);
        ZipOutputStream z = new ZipOutputStream(os)) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (bytes.length > max) {
          throw new IngestException(FailureKind.TOO_LARGE, entry.getName() + " inflates to more than " + (max >> 20) + " MiB");
        }
        String name = entry.getName();
        if (name.endsWith(".xml") || name.endsWith(".rels")) {
          bytes = renamed(new String(bytes, UTF_8)).getBytes(UTF_8);
        }
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
      }
    } catch (IOException | IngestException | RuntimeException e) {
      Files.deleteIfExists(out);
      throw e;
    }
    return out;
  }

  /** The part's text with the Strict names as the transitional ones. */
  static String renamed(String xml) {
    Matcher m = NAME.matcher(xml);
    StringBuilder sb = new StringBuilder(xml.length());
    while (m.find()) {
      String rest = m.group(1) + "/" + m.group(2);
      String to = RENAMED.getOrDefault(rest, m.group(1) + "/2006/" + m.group(2));
      m.appendReplacement(sb, Matcher.quoteReplacement("http://schemas.openxmlformats.org/" + to));
    }
    m.appendTail(sb);
    return sb.toString().replace(" conformance=\"strict\"", "");
  }
}
