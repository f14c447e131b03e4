package org.jixiao.ingest.odf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;
import org.jixiao.ingest.office.OfficeFixtures;
import org.jspecify.annotations.Nullable;

/** {@link OdfReader} on ODS; the corpus has none, so a crafted package with a 2×3 table stands in. */
class OdsReaderContractTest extends FormatReaderContract {
  private @Nullable Path sample;

  @Override
  protected FormatReader reader() {
    return new OdfReader();
  }

  @Override
  protected DocFormat format() {
    return DocFormat.ODS;
  }

  @Override
  protected Path validSample() {
    if (sample == null) {
      try {
        sample = OfficeFixtures.ods(tmp.resolve("testTable.ods"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  /** A package whose manifest declares content.xml encrypted (AES-256, PBKDF2), as LibreOffice writes it. */
  @Override
  protected Optional<Path> encryptedSample() throws IOException {
    return Optional.of(OfficeFixtures.encryptedOdf(tmp.resolve("testEncrypted.ods"), OfficeFixtures.ODS));
  }
}
