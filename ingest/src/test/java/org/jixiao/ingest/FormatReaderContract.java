package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile-input contract every {@link FormatReader} must meet (Lucene's
 * BaseTokenStreamTestCase idea applied to readers). A subclass supplies the reader and one valid
 * sample file of its format; every case goes through {@link DocumentIngestor}, so detection by
 * content, limits and the mapping of exceptions to {@link FailureKind} are tested as a user meets
 * them. Each failure must carry its specific kind and a message naming the file; nothing may throw.
 *
 * <p>Hooks a subclass may override, because formats differ:
 *
 * <ul>
 *   <li>{@link #truncatedFailureKinds()}: what reading the first 60% of the sample gives. The
 *       default is {@link FailureKind#CORRUPT} (a cut ZIP or PDF); return an empty set when a cut
 *       file is still a valid document (plain text, HTML), and the case then asserts it parses.
 *   <li>{@link #sampleHasTables()}: whether the sample has a table, so that a tiny {@code
 *       maxCells} must fail; return false for a sample without tables and the case is skipped.
 *   <li>{@link #encryptedSample()}: a password-protected file of the format, which must fail as
 *       {@link FailureKind#ENCRYPTED}; empty (the default) for formats without encryption.
 *   <li>{@link #format()}: the format to name when the reader is called directly; needed only
 *       when the reader reads more than one format.
 * </ul>
 *
 * <p>Where a case expects a failure from the reader itself (truncated, encrypted), the reader is
 * also called directly and must throw an {@link IngestException} of the same kind: the ingestor's
 * content detection catches some of these before the reader runs, and the reader must not depend
 * on it.
 */
public abstract class FormatReaderContract {
  /** The reader under test. */
  protected abstract FormatReader reader();

  /** A valid file of the reader's format (a corpus sample). */
  protected abstract Path validSample();

  /** Failure kinds acceptable for the first 60% of the sample; empty: it must still be read. */
  protected Set<FailureKind> truncatedFailureKinds() {
    return EnumSet.of(FailureKind.CORRUPT);
  }

  protected boolean sampleHasTables() {
    return true;
  }

  /** A password-protected file of the format (written to {@link #tmp}); empty when the format has none. */
  protected Optional<Path> encryptedSample() throws Exception {
    return Optional.empty();
  }

  /** The format of {@link #validSample()}, for direct calls of {@link FormatReader#read}. */
  protected DocFormat format() {
    Set<DocFormat> formats = reader().formats();
    if (formats.size() != 1) {
      throw new IllegalStateException("the reader reads " + formats + ": override format()");
    }
    return formats.iterator().next();
  }

  @TempDir protected Path tmp;

  private IngestOutcome ingest(Limits limits, Path file) {
    try (DocumentIngestor ingestor = new DocumentIngestor(limits, List.of(reader()))) {
      return assertDoesNotThrow(() -> ingestor.ingest(file), "ingest threw for " + file);
    }
  }

  private IngestOutcome ingest(Path file) {
    return ingest(Limits.defaults(), file);
  }

  private static void assertFailed(IngestOutcome outcome, Set<FailureKind> kinds, Path file) {
    IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, outcome, () -> "expected a failure, got " + outcome);
    assertAll(
        () -> assertTrue(kinds.contains(failed.kind()), () -> "kind " + failed.kind() + " not in " + kinds + ": " + failed.message()),
        () -> assertTrue(failed.message().contains(file.getFileName().toString()), () -> "message does not name the file: " + failed.message()));
  }

  /** Calls the reader without the ingestor: it must throw an IngestException of one of {@code kinds}. */
  private void assertReaderFails(Path file, Set<FailureKind> kinds) {
    IngestException e =
        assertThrows(IngestException.class, () -> reader().read(file, format(), Limits.defaults()), () -> "the reader alone on " + file);
    assertTrue(kinds.contains(e.kind()), () -> "the reader alone gave " + e.kind() + ", not one of " + kinds + ": " + e.getMessage());
  }

  private String extension() {
    String n = validSample().getFileName().toString();
    return n.substring(n.lastIndexOf('.') + 1);
  }

  @Test
  void validSampleIsRead() {
    IngestOutcome outcome = ingest(validSample());
    IngestOutcome.Parsed parsed = assertInstanceOf(IngestOutcome.Parsed.class, outcome, () -> "not read: " + outcome);
    ParsedDocument doc = parsed.document();
    assertTrue(reader().formats().contains(doc.format()), () -> "format " + doc.format());
    assertFalse(doc.blocks().isEmpty(), "no blocks");
    for (Block b : doc.blocks()) {
      assertEquals(b.end() - b.start(), doc.text().substring(b.start(), b.end()).length());
    }
    for (Paragraph p : doc.paragraphs()) {
      assertEquals(p.text(), doc.text().substring(p.start(), p.end()), "paragraph span");
    }
    if (sampleHasTables()) {
      assertFalse(doc.tables().isEmpty(), "the sample's tables were not found");
    }
  }

  @Test
  void zeroBytesIsEmpty() throws IOException {
    Path empty = Files.createFile(tmp.resolve("testEmpty." + extension()));
    assertFailed(ingest(empty), EnumSet.of(FailureKind.EMPTY), empty);
  }

  /** Cuts in the head (container headers), the middle and near the end (the zip directory, the PDF trailer). */
  @ParameterizedTest(name = "first {0}%")
  @ValueSource(ints = {10, 60, 90})
  void truncatedFile(int percent) throws IOException {
    byte[] all = Files.readAllBytes(validSample());
    Path cut = Files.write(tmp.resolve("testTruncated" + percent + "." + extension()), Arrays.copyOf(all, all.length * percent / 100));
    IngestOutcome outcome = ingest(cut);
    if (truncatedFailureKinds().isEmpty()) {
      assertInstanceOf(IngestOutcome.Parsed.class, outcome, () -> "a cut " + extension() + " should still be read: " + outcome);
    } else {
      assertFailed(outcome, truncatedFailureKinds(), cut);
      assertReaderFails(cut, truncatedFailureKinds());
    }
  }

  @Test
  void encryptedIsEncrypted() throws Exception {
    Optional<Path> sample = encryptedSample();
    assumeTrue(sample.isPresent(), "the format has no encryption");
    Path locked = sample.get();
    assertFailed(ingest(locked), EnumSet.of(FailureKind.ENCRYPTED), locked);
    assertReaderFails(locked, EnumSet.of(FailureKind.ENCRYPTED));
  }

  /** An unknown extension, and the extension of another format the same reader family might claim. */
  @Test
  void wrongExtensionIsReadByContent() throws IOException {
    String misleading = extension().equals("doc") ? "xls" : "doc";
    for (String name : List.of("testRenamed.xyz", "testRenamed." + misleading)) {
      Path renamed = Files.copy(validSample(), tmp.resolve(name));
      IngestOutcome outcome = ingest(renamed);
      IngestOutcome.Parsed parsed = assertInstanceOf(IngestOutcome.Parsed.class, outcome, () -> "not read by content: " + outcome);
      assertEquals(format(), parsed.document().format(), name);
      assertEquals(name, parsed.document().fileName());
    }
  }

  @Test
  void overMaxBytesIsTooLarge() {
    Limits tiny = new Limits(16, 500, 200_000, 5_000_000, Duration.ofSeconds(60));
    assertFailed(ingest(tiny, validSample()), EnumSet.of(FailureKind.TOO_LARGE), validSample());
  }

  @Test
  void overMaxCharsIsTooLarge() {
    Limits tiny = new Limits(100L * 1024 * 1024, 500, 200_000, 10, Duration.ofSeconds(60));
    assertFailed(ingest(tiny, validSample()), EnumSet.of(FailureKind.TOO_LARGE), validSample());
  }

  @Test
  void overMaxCellsIsTooLarge() {
    assumeTrue(sampleHasTables(), "the sample has no table");
    Limits tiny = new Limits(100L * 1024 * 1024, 500, 3, 5_000_000, Duration.ofSeconds(60));
    assertFailed(ingest(tiny, validSample()), EnumSet.of(FailureKind.TOO_LARGE), validSample());
  }

  @Test
  void randomBytesAreRejected() throws IOException {
    long seed = Long.getLong("jixiao.seed", new Random().nextLong());
    System.out.println("randomBytesAreRejected seed: -Djixiao.seed=" + seed);
    byte[] noise = new byte[4096];
    new Random(seed).nextBytes(noise);
    noise[0] = 0; // control bytes up front: no detector may take this for text
    noise[1] = 1;
    noise[2] = 2;
    Path binary = Files.write(tmp.resolve("testRandom." + extension()), noise);
    assertFailed(ingest(binary), EnumSet.of(FailureKind.UNSUPPORTED_FORMAT, FailureKind.CORRUPT), binary);
  }

  @Test
  void missingFileIsIoError() {
    Path missing = tmp.resolve("testMissing." + extension());
    assertFailed(ingest(missing), EnumSet.of(FailureKind.IO_ERROR), missing);
  }

  @Test
  void slowReaderTimesOut() {
    FormatReader sleeper =
        new FormatReader() {
          @Override
          public Set<DocFormat> formats() {
            return reader().formats();
          }

          @Override
          public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
            try {
              Thread.sleep(Duration.ofMinutes(5));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new IngestException(FailureKind.CORRUPT, "the sleeper woke up");
          }
        };
    Limits quick = new Limits(100L * 1024 * 1024, 500, 200_000, 5_000_000, Duration.ofMillis(200));
    IngestOutcome outcome;
    try (DocumentIngestor ingestor = new DocumentIngestor(quick, List.of(sleeper))) {
      outcome = assertDoesNotThrow(() -> ingestor.ingest(validSample()));
    }
    assertFailed(outcome, EnumSet.of(FailureKind.TIMEOUT), validSample());
  }
}
