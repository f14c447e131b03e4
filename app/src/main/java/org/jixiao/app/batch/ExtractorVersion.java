package org.jixiao.app.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.audit.Auditor;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.schema.Report;
import org.jixiao.text.number.Comparators;

/**
 * 提取版本: which code made a stored report, so that import knows an unchanged file needs no second
 * reading. It is {@code 0.1.0+} and the first 16 hex digits of a SHA-256 over the built code of the
 * five modules that decide a stored report's content — {@code schema}, {@code text}, {@code
 * ingest}, {@code extract}, {@code audit} — class files and rule/lexicon resources alike (their jars
 * as built, or their class folders under a test run). Any change to a reader, a rule or a word list
 * changes it; a change to the CLI, the index or the web page does not. Jars are built reproducibly
 * (fixed {@code outputTimestamp}), so rebuilding unchanged sources keeps it.
 *
 * <p>Not covered (be aware of this weakness): the versions of Tika, POI and PDFBox, and the
 * per-file limits; a new library version reads unchanged files only with {@code import --reread}.
 */
public final class ExtractorVersion {
  /** The application's version, as {@code jixiao --version} prints it. */
  static final String APPLICATION = "0.1.0";

  private static final List<Class<?>> MODULES =
      List.of(Report.class, Comparators.class, DocumentIngestor.class, ReportExtractor.class, Auditor.class);

  private static volatile String current;

  private ExtractorVersion() {}

  /** This build's version, computed once (a few tens of milliseconds). */
  public static String current() {
    String v = current;
    if (v == null) {
      v = compute();
      current = v;
    }
    return v;
  }

  private static String compute() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Class<?> module : MODULES) {
        digest(md, location(module));
      }
      return APPLICATION + "+" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the application's code to version it", e);
    }
  }

  private static Path location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalStateException("no code location for " + type.getName());
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("code location of " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  /** A jar's bytes, or a class folder's files (relative name and bytes) in name order. */
  private static void digest(MessageDigest md, Path where) throws IOException {
    if (Files.isRegularFile(where)) {
      update(md, where);
      return;
    }
    try (Stream<Path> s = Files.walk(where)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        md.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        update(md, f);
      }
    }
  }

  private static void update(MessageDigest md, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
  }
}
