package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzz-style properties: hostile bytes through {@link DocumentIngestor} always give an {@link
 * IngestOutcome}, never an exception, for every reader, and the forgiving readers (HTML, text)
 * never fail as CORRUPT: the ingestor reports a reader's bug as CORRUPT, which would hide it. Each try feeds one input to all formats
 * (so every reader gets the same number of tries): random bytes behind each format's magic
 * number, so the detector hands them to the reader, and mutations of a small valid seed of each
 * format (flipped and overwritten bytes, cut and duplicated spans, truncation), applied to the raw
 * file or to the parts inside its container ({@link ContainerEdits}), so that the reader, not only
 * the detector, sees the damage. The outcome counts per format are printed at the end.
 *
 * <p>jqwik prints each property's seed; replay with {@code @Property(seed = "…")}, and raise
 * {@code tries} locally for a longer hunt. An input that fails is written to
 * target/fuzz-failures/; commit it as src/test/resources/fuzz/issue-&lt;n&gt;-&lt;slug&gt;.&lt;ext&gt;,
 * where {@link FuzzRegressionTest} replays it.
 */
class ReaderRobustnessTest {
  static final Limits LIMITS = new Limits(1024 * 1024, 500, 200_000, 5_000_000, Duration.ofSeconds(5));
  /** Readers that read any bytes the detector calls theirs (jsoup, decoded text): CORRUPT from them hides a reader bug. */
  private static final Set<DocFormat> FORGIVING = EnumSet.of(DocFormat.HTML, DocFormat.TEXT);
  private static final Map<DocFormat, byte[]> SEEDS = new EnumMap<>(DocFormat.class);
  private static final Map<DocFormat, byte[]> MAGIC = new EnumMap<>(DocFormat.class);
  private static final AtomicInteger COUNTER = new AtomicInteger();
  /** Outcomes per format and kind, printed at the end: shows which inputs got past detection into a reader. */
  private static final Map<DocFormat, Map<String, Integer>> SEEN = new ConcurrentHashMap<>();
  private static Path dir;
  private static DocumentIngestor ingestor;

  static {
    byte[] zip = {'P', 'K', 3, 4};
    byte[] ole = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    MAGIC.put(DocFormat.PDF, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.DOCX, zip);
    MAGIC.put(DocFormat.OFD, zip);
    MAGIC.put(DocFormat.XPS, zip);
    MAGIC.put(DocFormat.XLSX, zip);
    MAGIC.put(DocFormat.ODT, zip);
    MAGIC.put(DocFormat.ODS, zip);
    MAGIC.put(DocFormat.DOC, ole);
    MAGIC.put(DocFormat.XLS, ole);
    MAGIC.put(DocFormat.OUTLOOK, ole);
    MAGIC.put(DocFormat.SPREADSHEETML, ("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
        + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell><Data>")
        .getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.UOF, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><uof:UOF xmlns:uof=\"http://schemas.uof.org/cn/2003/uof\" "
        + "xmlns:字=\"http://schemas.uof.org/cn/2003/uof-wordproc\" uof:mimetype=\"vnd.uof.text\"><uof:文字处理><字:主体><字:文字表><字:行>")
        .getBytes(StandardCharsets.UTF_8));
    MAGIC.put(DocFormat.HTML, "<html><body><table><tr><td>".getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.MHTML, ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
        + "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<table><tr><td>")
        .getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.JSON, "{\"records\":[{\"a\":\"".getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.FEED, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>"
        .getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.EMAIL, ("Date: Thu, 10 Apr 2025 16:42:18 +0800\r\nFrom: a@example.cn\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n<table><tr><td>").getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.TEXT, "一级指标\t".getBytes(StandardCharsets.UTF_8));
    MAGIC.put(DocFormat.PNG, HexFormat.of().parseHex("89504e470d0a1a0a"));
    MAGIC.put(DocFormat.JPEG, HexFormat.of().parseHex("ffd8ffe000104a464946"));
    MAGIC.put(DocFormat.TIFF, HexFormat.of().parseHex("49492a00"));
    MAGIC.put(DocFormat.WEBP, "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.GIF, "GIF89a".getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.RTF, "{\\rtf1\\ansi ".getBytes(StandardCharsets.US_ASCII));
    MAGIC.put(DocFormat.OTHER, zip);
    MAGIC.put(DocFormat.ARCHIVE, zip);
  }

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("jixiao-fuzz");
    for (DocFormat f : DocFormat.values()) {
      SEEDS.put(f, Files.readAllBytes(FuzzSeeds.write(f, dir)));
    }
    ingestor = DocumentIngestor.withDefaultReaders(LIMITS);
  }

  @AfterContainer
  static void tearDown() throws IOException {
    ingestor.close();
    SEEN.forEach((f, kinds) -> System.out.println("ReaderRobustnessTest " + f + ": " + new TreeMap<>(kinds)));
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 50)
  void randomBytesBehindEachMagicNumberGiveAnOutcome(@ForAll @Size(max = 4096) byte[] noise) {
    for (DocFormat f : DocFormat.values()) {
      byte[] magic = MAGIC.get(f);
      byte[] input = Arrays.copyOf(magic, magic.length + noise.length);
      System.arraycopy(noise, 0, input, magic.length, noise.length);
      check(f, input);
    }
  }

  /** Edge cases off: jqwik's edge values (position 0, cut to 1%) would spend most tries on inputs the detector rejects. */
  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void mutatedSeedsGiveAnOutcome(@ForAll("mutations") Mutation m) {
    for (DocFormat f : DocFormat.values()) {
      check(f, m.apply(SEEDS.get(f)));
    }
  }

  /** Every seed is read: a mutation test on seeds that do not parse would prove little. */
  @net.jqwik.api.Example
  void everySeedIsRead() {
    for (DocFormat f : DocFormat.values()) {
      IngestOutcome o = ingest(f, SEEDS.get(f));
      if (java.util.Set.of(DocFormat.PNG, DocFormat.JPEG, DocFormat.TIFF, DocFormat.WEBP, DocFormat.GIF).contains(f) && org.jixiao.ingest.ocr.OcrEngine.unavailable().isPresent()) {
        // without Tesseract a page image is refused saying what to install (CI installs it and reads the seed)
        assertTrue(o instanceof IngestOutcome.Failed failed && failed.kind() == FailureKind.OCR_UNAVAILABLE, f + " seed: " + o);
        continue;
      }
      // every seed has a merged table; Tika's text of a slide deck (the OTHER seed) keeps no table structure
      assertTrue(o instanceof IngestOutcome.Parsed p && p.document().format() == f && (f == DocFormat.OTHER || !p.document().tables().isEmpty()), f + " seed: " + o);
    }
  }

  private static IngestOutcome ingest(DocFormat f, byte[] input) {
    Path file = dir.resolve("testFuzz" + COUNTER.incrementAndGet() + "." + f.name().toLowerCase(Locale.ROOT));
    try {
      Files.write(file, input);
      return ingestor.ingest(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a reader that timed out may still hold it open; the container teardown retries
      }
    }
  }

  /** The property: an outcome, and a failure that names the file. Failing inputs are kept for a regression file. */
  static void check(DocFormat f, byte[] input) {
    try {
      IngestOutcome o = ingest(f, input);
      assertNotNull(o, "no outcome");
      String kind = o instanceof IngestOutcome.Failed failed ? failed.kind().name() : "PARSED";
      SEEN.computeIfAbsent(f, k -> new ConcurrentHashMap<>()).merge(kind, 1, Integer::sum);
      if (o instanceof IngestOutcome.Failed failed) {
        assertTrue(failed.message().contains(o.file().getFileName().toString()), failed.message());
        assertTrue(!FORGIVING.contains(f) || failed.kind() != FailureKind.CORRUPT, failed.message());
      } else {
        IngestOutcome.Parsed parsed = (IngestOutcome.Parsed) o;
        assertEquals(o.file().getFileName().toString(), parsed.document().fileName());
      }
    } catch (RuntimeException | AssertionError e) {
      keep(f, input);
      throw e;
    }
  }

  private static void keep(DocFormat f, byte[] input) {
    try {
      Path out = Files.createDirectories(Path.of("target", "fuzz-failures"));
      Files.write(out.resolve(f.name().toLowerCase(Locale.ROOT) + "-" + Integer.toHexString(Arrays.hashCode(input)) + ".bin"), input);
    } catch (IOException e) {
      // keeping the input is a courtesy; the assertion error is what matters
    }
  }

  /** One edit at a relative position: flip bits, write an edge value, cut or duplicate a span. */
  record Edit(double at, int op, int value) {
    private static final int[] EDGE = {0x00, 0xFF, 0x7F, 0x80, 0x01, '<', '"', '>'};

    byte[] apply(byte[] in) {
      if (in.length == 0) {
        return in;
      }
      int i = (int) (at * in.length);
      int len = Math.min(1 + value % 64, in.length - i);
      return switch (op) {
        case 0 -> with(in, i, (byte) (in[i] ^ (1 + value % 255)));
        case 1 -> with(in, i, (byte) EDGE[value % EDGE.length]);
        case 2 -> concat(Arrays.copyOf(in, i), Arrays.copyOfRange(in, i + len, in.length));
        default -> concat(Arrays.copyOf(in, i + len), Arrays.copyOfRange(in, i, in.length));
      };
    }

    private static byte[] with(byte[] in, int i, byte b) {
      byte[] out = in.clone();
      out[i] = b;
      return out;
    }
  }

  /**
   * Edits, then a cut keeping {@code keep} of the bytes. With {@code inside}, the edits go to the
   * parts of a zip package or the streams of an OLE2 file, which is then rebuilt intact: the
   * detector still names the format and the reader's XML or record parsers see the damage.
   */
  record Mutation(List<Edit> edits, double keep, boolean inside) {
    byte[] apply(byte[] seed) {
      byte[] out = inside ? ContainerEdits.apply(seed, this::editPart) : editPart(seed, 0, 1);
      return keep >= 1 ? out : Arrays.copyOf(out, (int) (out.length * keep));
    }

    /** Applies the edits whose position falls in part {@code k} of {@code parts}, rescaled to the part. */
    private byte[] editPart(byte[] data, int k, int parts) {
      byte[] out = data;
      for (Edit e : edits) {
        double scaled = e.at() * parts;
        if (Math.min((int) scaled, parts - 1) == k) {
          out = new Edit(Math.min(scaled - k, 0.9999), e.op(), e.value()).apply(out);
        }
      }
      return out;
    }
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.doubles().between(0, 1).ofScale(4).lessThan(1).withDistribution(RandomDistribution.uniform()), // jqwik biases toward 0: the file head
                Arbitraries.frequency(net.jqwik.api.Tuple.of(3, 0), net.jqwik.api.Tuple.of(3, 1), net.jqwik.api.Tuple.of(1, 2), net.jqwik.api.Tuple.of(1, 3)),
                Arbitraries.integers().between(0, 10_000))
            .as(Edit::new);
    Arbitrary<Double> keep = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(1.0)), net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0.01, 0.99).ofScale(3).withDistribution(RandomDistribution.uniform())));
    return Combinators.combine(edit.list().ofMinSize(1).ofMaxSize(6), keep, Arbitraries.of(true, false)).as(Mutation::new);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
