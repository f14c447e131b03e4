package org.jixiao.ingest.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.internal.SafeXml;

/**
 * The parts of a package of XML parts (a zip: OFD, XPS), read by the paths its XML gives: a location is relative to the
 * part that names it unless it starts with "/". Each part is bounded before it is inflated (a zip bomb is refused, not
 * read).
 */
final class XmlPackage implements AutoCloseable {
  /** Smallest bound on a part: a page of a large table is some hundreds of KB. */
  private static final long MIN_PART_BYTES = 16L << 20;

  private final ZipFile zip;
  private final long maxPartBytes;
  /** The format's name, for messages: "OFD", "XPS". */
  private final String format;

  private XmlPackage(ZipFile zip, long maxPartBytes, String format) {
    this.zip = zip;
    this.maxPartBytes = maxPartBytes;
    this.format = format;
  }

  /**
   * The package in {@code file}, each part bounded by the file's character limit (ten bytes of XML a character, at
   * least {@link #MIN_PART_BYTES}); a file that is no zip is a damaged package of {@code format}.
   */
  static XmlPackage open(Path file, Limits limits, String format) throws IngestException {
    try {
      return new XmlPackage(new ZipFile(file.toFile()), Math.max(MIN_PART_BYTES, 10L * limits.maxChars()), format);
    } catch (ZipException e) {
      throw new IngestException(FailureKind.CORRUPT, "damaged " + format + " package: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IngestException(FailureKind.IO_ERROR, "cannot open the " + format + " package: " + e.getMessage(), e);
    }
  }

  /** The names of the package's parts. */
  java.util.stream.Stream<String> names() {
    return zip.stream().map(ZipEntry::getName);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** A StAX reader over the part at {@code path} (no DTD, no external entities). */
  XMLStreamReader xml(String path) throws IngestException, IOException {
    try {
      return SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(bytes(path)));
    } catch (XMLStreamException e) {
      throw new IngestException(FailureKind.CORRUPT, format + " part " + path + " is not XML: " + e.getMessage(), e);
    }
  }

  boolean has(String path) {
    return zip.getEntry(path) != null;
  }

  private byte[] bytes(String path) throws IngestException, IOException {
    ZipEntry entry = zip.getEntry(path);
    if (entry == null) {
      throw new IngestException(FailureKind.CORRUPT, format + " package lacks the part " + path + " its XML names");
    }
    if (entry.getSize() > maxPartBytes) {
      throw new IngestException(FailureKind.TOO_LARGE, path + " inflates to " + entry.getSize() + " bytes, more than the "
          + (maxPartBytes >> 20) + " MiB a part may take");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPartBytes + 1));
      if (b.length > maxPartBytes) { // a directory may understate the size
        throw new IngestException(FailureKind.TOO_LARGE, path + " inflates to more than the " + (maxPartBytes >> 20) + " MiB a part may take");
      }
      return b;
    }
  }

  /** {@code loc} as named inside the part at {@code from}: relative to that part's folder, or to the root with "/". */
  static String resolve(String from, String loc) {
    String l = loc.strip().replace('\\', '/');
    String base = l.startsWith("/") ? "" : from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
    Deque<String> parts = new ArrayDeque<>();
    for (String p : (base + l).split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}
