package org.jixiao.ingest.ole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;
import org.jixiao.ingest.office.OfficeFixtures;
import org.jspecify.annotations.Nullable;

/** The corpus has no XLS; a crafted 3×3 workbook with a merge stands in. */
class XlsReaderContractTest extends FormatReaderContract {
  private @Nullable Path sample;

  @Override
  protected FormatReader reader() {
    return new XlsReader();
  }

  @Override
  protected Path validSample() {
    if (sample == null) {
      try {
        sample = OfficeFixtures.xls(tmp.resolve("testSheet.xls"), null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  /** The same workbook written under a password (Biff8EncryptionKey). */
  @Override
  protected Optional<Path> encryptedSample() throws IOException {
    return Optional.of(OfficeFixtures.xls(tmp.resolve("testEncrypted.xls"), "secret"));
  }
}
