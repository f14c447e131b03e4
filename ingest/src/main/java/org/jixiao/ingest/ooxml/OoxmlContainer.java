package org.jixiao.ingest.ooxml;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;

/**
 * Checks that a file is a zip package before POI opens it as OOXML. A password-protected OOXML file
 * is an OLE2 container holding an {@code EncryptedPackage}, which POI would only call "not OOXML".
 */
final class OoxmlContainer {
  private OoxmlContainer() {}

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
