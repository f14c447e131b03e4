package org.jixiao.app.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;

/** ingest → extract for one file at a time; never throws for a bad file. Thread-safe. */
public final class Pipeline implements AutoCloseable {
  private final DocumentIngestor ingestor;
  private final ReportExtractor extractor;

  public Pipeline(Limits limits) {
    this.ingestor = DocumentIngestor.withDefaultReaders(limits);
    this.extractor = ReportExtractor.standard();
  }

  public FileOutcome<Extraction> process(Path file) {
    return process(file, null);
  }

  /** As {@link #process(Path)}, with the file's SHA-256 when the caller has it already (else it is computed). */
  public FileOutcome<Extraction> process(Path file, @org.jspecify.annotations.Nullable String sha256) {
    IngestOutcome outcome = ingestor.ingest(file);
    if (outcome instanceof IngestOutcome.Failed f) {
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.READ, f.kind(), f.message());
    }
    var doc = ((IngestOutcome.Parsed) outcome).document();
    try {
      return new FileOutcome.Done<>(file, new Extraction(file, extractor.extractEach(doc, sha256 != null ? sha256 : sha256(file))));
    } catch (IOException e) {
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.READ, FailureKind.IO_ERROR,
          InputFiles.shown(file) + ": cannot read for its digest: " + e.getMessage());
    } catch (RuntimeException e) {
      // an extraction bug must not stop the batch; say where it happened
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.EXTRACTION, ExtractionFailure.EXTRACTION_ERROR,
          InputFiles.shown(file) + ": extraction failed (" + e + ")");
    }
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  @Override
  public void close() {
    ingestor.close();
  }
}
