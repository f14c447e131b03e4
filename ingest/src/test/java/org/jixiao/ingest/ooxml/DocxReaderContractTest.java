package org.jixiao.ingest.ooxml;

import java.nio.file.Path;
import java.util.Optional;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;
import org.jixiao.ingest.Samples;
import org.jixiao.ingest.office.OfficeFixtures;

class DocxReaderContractTest extends FormatReaderContract {
  @Override
  protected FormatReader reader() {
    return new DocxReader();
  }

  @Override
  protected Path validSample() {
    return Samples.file("000_0ace20d031349de2.docx");
  }

  /** The sample wrapped in POI's agile encryption (an OLE2 container holding an EncryptedPackage). */
  @Override
  protected Optional<Path> encryptedSample() throws Exception {
    return Optional.of(OfficeFixtures.encryptOoxml(validSample(), tmp.resolve("testEncrypted.docx")));
  }
}
