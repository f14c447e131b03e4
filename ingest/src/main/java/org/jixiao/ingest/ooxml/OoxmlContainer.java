package org.jixiao.ingest.ooxml;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;

/**
 * Checks that a file is a zip package before POI opens it as OOXML. A password-protected OOXML file
 * is an OLE2 container holding an {@code EncryptedPackage}, which POI would only call "not OOXML".
 */
final class OoxmlContainer {
  /** The least an entry may inflate to, whatever the limits: a report's pictures and parts fit well within. */
  private static final long MIN_ENTRY_BYTES = 64L << 20;

  private OoxmlContainer() {}

  /**
   * The most one entry of a package may inflate to: 64 MiB, or ten bytes a character of the text limit if more.
   * A larger part is no report (a zip bomb, or a document beyond the text limit anyway) and would fill the heap
   * as a DOM before any other limit is reached.
   */
  static long maxEntryBytes(Limits limits) {
    return Math.max(MIN_ENTRY_BYTES, 10L * limits.maxChars());
  }

  /**
   * Refuses a package whose zip directory declares an entry larger than {@link #maxEntryBytes}, before POI
   * inflates anything, and asks POI to bound what it inflates per entry to the same (a directory may
   * understate sizes); a part that still fills a parse worker's heap ends that worker, not the import.
   */
  static void requireBoundedEntries(Path file, Limits limits) throws IngestException, IOException {
    long max = maxEntryBytes(limits);
    ZipSecureFile.setMaxEntrySize(max); // POI's setting is global: every reader asks for the same bound of its limits
    try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
      for (var e = zip.getEntries(); e.hasMoreElements(); ) {
        var entry = e.nextElement();
        if (entry.getSize() > max) {
          throw new IngestException(FailureKind.TOO_LARGE, entry.getName() + " inflates to " + entry.getSize()
              + " bytes, more than the " + (max >> 20) + " MiB a part may take (a zip bomb, or far beyond --max-chars)");
        }
      }
    }
  }

  static void requireZip(Path file, DocFormat format) throws IngestException, IOException {
    FileMagic magic = FileMagic.valueOf(file.toFile());
    if (magic == FileMagic.OOXML) {
      return;
    }
    if (magic == FileMagic.OLE2) {
      try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
        if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
          throw new IngestException(FailureKind.ENCRYPTED, "the " + format + " is password-protected");
        }
      } catch (IngestException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new IngestException(FailureKind.CORRUPT, "damaged OLE2 container, not a " + format, e);
      }
      throw new IngestException(FailureKind.CORRUPT, "an OLE2 (Office 97-2003) file, not a " + format);
    }
    throw new IngestException(FailureKind.CORRUPT, "not a " + format + " package (file starts as " + magic + ")");
  }
}
