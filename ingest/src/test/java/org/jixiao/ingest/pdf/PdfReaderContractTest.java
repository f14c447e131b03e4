package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;

class PdfReaderContractTest extends FormatReaderContract {
  @Override
  protected FormatReader reader() {
    return new PdfReader();
  }

  /** Seed 002: seven pages, an indicator table running over several of them. */
  @Override
  protected Path validSample() {
    return org.jixiao.ingest.Samples.file("002_85bada5a1e1f1378.pdf");
  }

  /** The sample saved again with a user password (AES-128): it cannot be opened without it. */
  @Override
  protected Optional<Path> encryptedSample() throws IOException {
    try (PDDocument doc = Loader.loadPDF(validSample().toFile())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return Optional.of(PdfFixtures.save(doc, tmp, "testEncrypted.pdf"));
    }
  }
}
