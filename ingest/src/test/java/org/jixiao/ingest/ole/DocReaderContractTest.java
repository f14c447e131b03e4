package org.jixiao.ingest.ole;

import java.nio.file.Path;
import java.util.Optional;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;
import org.jixiao.ingest.Samples;
import org.jixiao.ingest.office.OfficeFixtures;

class DocReaderContractTest extends FormatReaderContract {
  @Override
  protected FormatReader reader() {
    return new DocReader();
  }

  @Override
  protected Path validSample() {
    return Samples.file("004_f903e5746c6a8cdf.doc");
  }

  /** The sample written again by POI under a password (RC4 CryptoAPI via Biff8EncryptionKey). */
  @Override
  protected Optional<Path> encryptedSample() throws Exception {
    return Optional.of(OfficeFixtures.encryptDoc(validSample(), tmp.resolve("testEncrypted.doc")));
  }
}
