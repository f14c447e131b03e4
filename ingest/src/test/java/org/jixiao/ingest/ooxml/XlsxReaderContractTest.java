package org.jixiao.ingest.ooxml;

import java.nio.file.Path;
import java.util.Optional;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;
import org.jixiao.ingest.Samples;
import org.jixiao.ingest.office.OfficeFixtures;

class XlsxReaderContractTest extends FormatReaderContract {
  @Override
  protected FormatReader reader() {
    return new XlsxReader();
  }

  @Override
  protected Path validSample() {
    return Samples.file("002_85bada5a1e1f1378.xlsx");
  }

  /** The sample wrapped in POI's agile encryption (an OLE2 container holding an EncryptedPackage). */
  @Override
  protected Optional<Path> encryptedSample() throws Exception {
    return Optional.of(OfficeFixtures.encryptOoxml(validSample(), tmp.resolve("testEncrypted.xlsx")));
  }
}
