package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.extract.testing.JsonDiff;
import org.jixiao.extract.testing.Samples;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Snapshots of the whole output: {@code src/test/resources/golden/<file>.json} is the complete
 * {@link org.jixiao.schema.Report} JSON of every sample in {@code corpus-samples/} (PDF, DOC, DOCX,
 * XLSX, HTML and TXT), provenance and diagnostics included. A change of any field fails with the JSON paths that differ, and the new
 * output is left in {@code target/golden-actual/} to diff. Regenerate with {@code
 * -Djixiao.golden.update=true} and review the diff in the commit (Lucene's regeneration idea; see
 * {@code golden/README.md}).
 */
class ReportSnapshotIT {
  private static final boolean UPDATE = Boolean.getBoolean("jixiao.golden.update");
  private static final int MAX_PATHS = 60;

  static Stream<Path> samples() {
    return Samples.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void outputMatchesSnapshot(Path sample) throws IOException {
    String name = sample.getFileName().toString();
    String json = Json.write(Samples.extract(sample)) + "\n";
    Path golden = Samples.moduleDir().resolve("src/test/resources/golden").resolve(name + ".json");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      boolean changed = !Files.isRegularFile(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(json);
      Files.writeString(golden, json, StandardCharsets.UTF_8);
      System.out.println("golden: " + (changed ? "rewrote " : "unchanged ") + golden);
      Assumptions.abort("jixiao.golden.update=true: snapshot written, not compared");
    }
    if (!Files.isRegularFile(golden)) {
      fail("no snapshot " + golden + "; generate it with -Djixiao.golden.update=true (see golden/README.md)");
    }
    JsonNode expected = Json.mapper().readTree(Files.readString(golden, StandardCharsets.UTF_8));
    JsonNode actual = Json.mapper().readTree(json);
    List<String> diffs = JsonDiff.diff(expected, actual);
    if (!diffs.isEmpty()) {
      Path out = Samples.moduleDir().resolve("target/golden-actual").resolve(name + ".json");
      Files.createDirectories(out.getParent());
      Files.writeString(out, json, StandardCharsets.UTF_8);
      String summary = name + " differs from its snapshot: " + JsonDiff.summary(diffs, MAX_PATHS)
          + "new output: " + out + "\nif the change is intended, regenerate with -Djixiao.golden.update=true\n";
      System.out.print(summary);
      fail(summary);
    }
  }
}
