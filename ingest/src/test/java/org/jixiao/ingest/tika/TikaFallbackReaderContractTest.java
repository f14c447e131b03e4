package org.jixiao.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Set;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;

/** The fallback reader honours the same contract, on an RTF report with a table (RTF has a reader of its own now; Tika's parser stays a fair hostile-input subject). */
class TikaFallbackReaderContractTest extends FormatReaderContract {
  @Override
  protected FormatReader reader() {
    return new TikaFallbackReader();
  }

  private static final Path SAMPLE = copyOnce();

  private static Path copyOnce() {
    try (InputStream in = TikaFallbackReaderContractTest.class.getResourceAsStream("/testTable.rtf")) {
      Path dir = Files.createTempDirectory("jixiao-rtf");
      Path p = dir.resolve("testTable.rtf");
      Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
      // deleted in the reverse order of registration: the folder after the file in it
      dir.toFile().deleteOnExit();
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  protected Path validSample() {
    return SAMPLE;
  }

  /** Tika's RTF text comes without table structure: the cells arrive as paragraphs. */
  @Override
  protected boolean sampleHasTables() {
    return false;
  }

  @Override
  protected DocFormat format() {
    return DocFormat.OTHER;
  }

  /** Tika's RTF parser reads what is there of a file cut short. */
  @Override
  protected Set<FailureKind> truncatedFailureKinds() {
    return EnumSet.noneOf(FailureKind.class);
  }
}
