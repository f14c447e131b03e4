package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The files of a zip or 7-Zip archive (a portal's 附件.zip or .7z holding a bureau's reports), or the documents a WARC web
 * archive captured (a researcher's collected pages, {@link #takeWarc}), copied out to a temporary folder to be
 * read one by one, in the order the archive stores them. Bounded before anything is read: at most {@value #MAX_FILES}
 * files, each inflating to no more than a file may weigh ({@link Limits#maxBytes()}), all together to no more than
 * {@value #TOTAL_FILES_WORTH} times that (a zip bomb stops there). Names without the UTF-8 flag are read as GB18030, as
 * Chinese Windows writes them. The folder and its files are deleted on {@link #close}.
 */
final class ArchiveEntries implements AutoCloseable {
  static final int MAX_FILES = 100;
  static final int TOTAL_FILES_WORTH = 4;

  /** One file of the archive: its name there, and where it was copied. */
  record Entry(String name, Path file) {}

  private final Path dir;
  private final long maxBytes;
  private final List<Entry> entries = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  /** Bytes copied out so far. */
  private long total;

  private ArchiveEntries(Path dir, Limits limits) {
    this.dir = dir;
    this.maxBytes = limits.maxBytes();
  }

  /** The archive's files copied out, or the failure that stopped it (too many, too large, damaged). */
  static ArchiveEntries open(Path archive, Limits limits) throws IOException, IngestException {
    ArchiveEntries out = new ArchiveEntries(Files.createTempDirectory("jixiao-archive-"), limits);
    try {
      if (isSevenZip(archive)) {
        out.takeSevenZip(archive);
      } else if (isWarc(archive)) {
        out.takeWarc(archive);
      } else {
        out.takeZip(archive);
      }
      return out;
    } catch (IOException | IngestException | RuntimeException e) {
      out.close();
      if (e instanceof java.util.zip.ZipException || e instanceof IllegalArgumentException
          || e instanceof org.apache.commons.compress.MemoryLimitException || e instanceof ParsingException
          || e instanceof java.io.UncheckedIOException || e instanceof java.io.EOFException) {
        throw new IngestException(FailureKind.CORRUPT, "damaged archive (" + e.getMessage() + ")", e);
      }
      if (e instanceof org.apache.commons.compress.PasswordRequiredException) {
        throw new IngestException(FailureKind.ENCRYPTED, "the 7-Zip archive is encrypted: give its files unpacked", e);
      }
      throw e;
    }
  }

  /** 7-Zip's signature, the file's first six bytes. */
  private static final byte[] SEVEN_ZIP = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};

  static boolean isSevenZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return java.util.Arrays.equals(in.readNBytes(SEVEN_ZIP.length), SEVEN_ZIP);
    }
  }

  /** A WARC's first bytes, "WARC/", in the file or in its first gzip member (a .warc.gz compresses record by record). */
  static boolean isWarc(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(2);
    }
    boolean gzip = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(WARC.length), WARC);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      return false; // a damaged gzip is no WARC we can tell
    }
  }

  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  /**
   * A WARC's captured documents, in the order captured: each response record whose HTTP status is 200, its payload as
   * the server sent it (chunking and content encoding undone), named by its URL. A crawler's requests, redirects, errors,
   * logs and metadata are no document, nor are a page's pictures, styles, scripts and fonts (a page's pictures are not
   * read in a web page either).
   */
  private void takeWarc(Path archive) throws IOException, IngestException {
    try (WarcReader warc = new WarcReader(archive)) {
      warc.setLenient(true);
      int n = 0;
      for (Optional<WarcRecord> r = warc.next(); r.isPresent(); r = warc.next()) {
        if (!(r.get() instanceof WarcResponse response) || !response.contentType().base().equals(MediaType.HTTP)) {
          continue;
        }
        HttpResponse http = response.http();
        if (http.status() != 200 || !isDocument(http.contentType()) || !counted(response.target(), ++n)) {
          continue;
        }
        try (InputStream in = http.bodyDecoded().stream()) {
          take(response.target(), in, n);
        }
      }
    }
  }

  /** A captured payload that may be a report: not a picture, a font, a sound, a film, a style sheet or a script. */
  private static boolean isDocument(MediaType type) {
    String t = type.type();
    String sub = type.subtype();
    return !(t.equals("image") || t.equals("font") || t.equals("audio") || t.equals("video") || sub.equals("css")
        || sub.contains("javascript") || sub.startsWith("font"));
  }

  private void takeZip(Path archive) throws IOException, IngestException {
    try (ZipFile zip = new ZipFile(archive.toFile(), Charset.forName("GB18030"))) {
      int n = 0;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (entry.isDirectory() || !counted(entry.getName(), ++n)) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          take(entry.getName(), in, n);
        }
      }
    }
  }

  /**
   * A 7-Zip archive's files (names are UTF-16 there), each decoded as it is read; the decoder's dictionary bounded by
   * {@value #SEVEN_ZIP_MEMORY_KIB} KiB, so that a crafted header cannot make it take the heap.
   */
  private void takeSevenZip(Path archive) throws IOException, IngestException {
    try (SevenZFile zip = sevenZip(archive)) {
      int n = 0;
      for (SevenZArchiveEntry entry = next(zip); entry != null; entry = next(zip)) {
        if (entry.isDirectory() || !entry.hasStream() || !counted(entry.getName(), ++n)) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          take(entry.getName(), in, n);
        }
      }
    }
  }

  private static final int SEVEN_ZIP_MEMORY_KIB = 256 * 1024;

  /** The archive's header read: a cut or damaged one is CORRUPT (the copying of its files may fail otherwise: IO). */
  private static SevenZFile sevenZip(Path archive) throws IOException, IngestException {
    try {
      return SevenZFile.builder().setPath(archive).setMaxMemoryLimitKiB(SEVEN_ZIP_MEMORY_KIB).get();
    } catch (java.nio.file.FileSystemException e) {
      throw e;
    } catch (IOException e) {
      throw new IngestException(FailureKind.CORRUPT, "damaged 7-Zip archive (" + e.getMessage() + ")", e);
    }
  }

  private static SevenZArchiveEntry next(SevenZFile zip) throws IngestException {
    try {
      return zip.getNextEntry();
    } catch (IOException e) {
      throw new IngestException(FailureKind.CORRUPT, "damaged 7-Zip archive (" + e.getMessage() + ")", e);
    }
  }

  /** Whether file {@code n} of the archive is read: a Mac's resource fork or a hidden file is left, named. */
  private boolean counted(String name, int n) throws IngestException {
    if (n > MAX_FILES) {
      throw new IngestException(FailureKind.TOO_LARGE, "more than " + MAX_FILES + " files in the archive");
    }
    if (baseName(name).startsWith(".") || name.startsWith("__MACOSX/")) {
      skipped.add(name + "（系统文件）");
      return false;
    }
    return true;
  }

  /**
   * The files embedded in {@code file} (a PDF's attachments) as {@code reader} hands them out, copied out under the
   * bounds of an archive's files.
   */
  static ArchiveEntries attachedTo(Path file, FormatReader reader, Limits limits) throws IOException, IngestException {
    ArchiveEntries out = new ArchiveEntries(Files.createTempDirectory("jixiao-attached-"), limits);
    try {
      reader.attachments(file, (name, in) -> {
        if (out.entries.size() >= MAX_FILES) {
          throw new IngestException(FailureKind.TOO_LARGE, "more than " + MAX_FILES + " attached files");
        }
        out.take(name, in, out.entries.size() + 1);
      });
      return out;
    } catch (IOException | IngestException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /**
   * Copies file {@code n} out under its bounds: no more than a file may weigh, nor than what the files together may
   * take. Its own name is no path here: nothing lands outside the folder.
   */
  private void take(String name, InputStream in, int n) throws IOException, IngestException {
    Path to = dir.resolve(String.format(java.util.Locale.ROOT, "%03d", n));
    long left = Math.min(maxBytes, TOTAL_FILES_WORTH * maxBytes - total);
    long size;
    try (OutputStream os = Files.newOutputStream(to)) {
      size = copy(in, os, left + 1);
    }
    if (size > left) {
      throw new IngestException(FailureKind.TOO_LARGE, name + " inflates past " + left
          + " bytes: more than the files of one archive or document may take (" + TOTAL_FILES_WORTH + " × the file size limit)");
    }
    total += size;
    entries.add(new Entry(name, to));
  }

  private static long copy(InputStream in, OutputStream os, long max) throws IOException {
    byte[] buf = new byte[1 << 16];
    long n = 0;
    for (int r; n < max && (r = in.read(buf, 0, (int) Math.min(buf.length, max - n))) > 0; ) {
      os.write(buf, 0, r);
      n += r;
    }
    return n;
  }

  static String baseName(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  List<Entry> entries() {
    return entries;
  }

  /** Files left out unread (a Mac's resource forks, hidden files), with why. */
  List<String> skipped() {
    return skipped;
  }

  @Override
  public void close() {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary file the system will clear; nothing read from it is kept
    }
  }
}
