package org.jixiao.extract.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.eval.GoldSet;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The sample corpus ({@code jixiao.samples}) and its gold ({@code jixiao.gold}, corpus-samples/gold), read and
 * extracted once per JVM: several ITs share the results. A file whose format has no reader
 * installed aborts the calling test as skipped; any other ingest failure fails it.
 */
public final class Samples {
  private static final DocumentIngestor INGESTOR = DocumentIngestor.withDefaultReaders(Limits.defaults());
  private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
  private static final Map<Path, ParsedDocument> DOCUMENTS = new ConcurrentHashMap<>();
  private static final Map<Path, Report> REPORTS = new ConcurrentHashMap<>();

  private Samples() {}

  public static Path dir() {
    return Path.of(System.getProperty("jixiao.samples", "../corpus-samples"));
  }

  public static GoldSet gold() {
    return new GoldSet(Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold")));
  }

  /** This module's directory (failsafe and surefire set {@code basedir}). */
  public static Path moduleDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  /** Every sample report (MANIFEST.md and other notes left out), sorted by name. */
  public static List<Path> all() {
    try (Stream<Path> s = Files.list(dir())) {
      List<Path> files = s.filter(Files::isRegularFile).filter(p -> !extension(p).equals("md")).sorted().toList();
      Assertions.assertFalse(files.isEmpty(), "no samples under " + dir().toAbsolutePath());
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir().toAbsolutePath(), e);
    }
  }

  /** The samples with a gold file for their stem. */
  public static List<Path> withGold() {
    return all().stream().filter(p -> goldFor(p).isPresent()).toList();
  }

  public static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The gold report of a sample (the samples each hold one report). */
  public static Optional<Report> goldFor(Path sample) {
    try {
      return gold().goldFor(sample.getFileName().toString()).map(List::getFirst);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold for " + sample.getFileName(), e);
    }
  }

  /** Whether a reader for this file's format is installed; reads (and keeps) the file to find out. */
  public static boolean readable(Path sample) {
    return tryParse(sample).isPresent();
  }

  /** The parsed sample; skips the calling test when no reader for its format is installed. */
  public static ParsedDocument parse(Path sample) {
    Optional<ParsedDocument> doc = tryParse(sample);
    Assumptions.assumeTrue(doc.isPresent(), () -> "no reader installed for " + sample.getFileName());
    return doc.orElseThrow();
  }

  /** The parsed sample, or empty when no reader for its format is installed; fails on any other ingest failure. */
  private static Optional<ParsedDocument> tryParse(Path sample) {
    ParsedDocument cached = DOCUMENTS.get(sample);
    if (cached != null) {
      return Optional.of(cached);
    }
    IngestOutcome o = INGESTOR.ingest(sample);
    if (o instanceof IngestOutcome.Failed f) {
      if (notInstalled(f)) {
        return Optional.empty();
      }
      return Assertions.fail("cannot ingest " + sample.getFileName() + ": " + f.kind() + " " + f.message());
    }
    ParsedDocument doc = ((IngestOutcome.Parsed) o).document();
    DOCUMENTS.put(sample, doc);
    return Optional.of(doc);
  }

  /** The extracted report of a sample, with its file's SHA-256, as the pipeline would give it. */
  public static Report extract(Path sample) {
    Report cached = REPORTS.get(sample);
    if (cached != null) {
      return cached;
    }
    Report r = EXTRACTOR.extract(parse(sample), sha256(sample));
    REPORTS.put(sample, r);
    return r;
  }

  private static boolean notInstalled(IngestOutcome.Failed f) {
    return f.kind() == FailureKind.UNSUPPORTED_FORMAT && f.message().contains("no reader installed");
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
