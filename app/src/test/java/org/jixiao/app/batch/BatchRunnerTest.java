package org.jixiao.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.app.cli.ExitCodes;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
  @TempDir Path tmp;

  private final StringWriter err = new StringWriter();
  private final PrintWriter status = new PrintWriter(err, true);

  static Path sample(String name) {
    return Path.of(System.getProperty("jixiao.samples", "../corpus-samples"), name);
  }

  private List<String> lines() {
    return err.toString().lines().toList();
  }

  @Test
  void quietRunsNameOnlyTheFilesThatFailed() throws Exception {
    Path good = sample("004_f903e5746c6a8cdf.txt");
    Path empty = Files.write(tmp.resolve("testEmpty.txt"), new byte[0]);
    BatchCounts counts;
    try (Pipeline pipeline = new Pipeline(Limits.defaults())) {
      counts = BatchRunner.sequential(Limits.defaults(), status).failuresOnly().run(List.of(good, empty), pipeline::process,
          (f, e) -> "read");
    }
    assertEquals(new BatchCounts(2, 1), counts);
    assertEquals(1, lines().size(), err.toString());
    assertTrue(lines().getFirst().startsWith("[2/2] testEmpty.txt: 失败 EMPTY："), lines().getFirst());
  }

  @Test
  void goodFilesReachTheSinkAndBadOnesGetOneCountedLineEach() throws Exception {
    Path good = sample("004_f903e5746c6a8cdf.txt");
    Path empty = Files.write(tmp.resolve("testEmpty.txt"), new byte[0]);
    Path broken = Files.write(tmp.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII));
    List<Path> seen = new ArrayList<>();
    BatchCounts counts;
    try (Pipeline pipeline = new Pipeline(Limits.defaults())) {
      counts = BatchRunner.sequential(Limits.defaults(), status).run(List.of(empty, good, broken), pipeline::process,
          (f, e) -> {
            seen.add(f);
            return e.reports().getFirst().indicators().size() + " rows";
          });
    }
    assertEquals(List.of(good), seen);
    assertEquals(new BatchCounts(3, 2), counts);
    assertEquals(ExitCodes.SOME_FILES_FAILED, ExitCodes.of(counts));
    List<String> lines = lines();
    assertEquals(3, lines.size(), err.toString());
    assertTrue(lines.get(0).startsWith("[1/3] testEmpty.txt: 失败 EMPTY："), lines.get(0));
    assertTrue(lines.get(1).matches("\\[2/3] 004_f903e5746c6a8cdf\\.txt: 30 rows \\(\\d+ ms\\)"), lines.get(1));
    assertTrue(lines.get(2).startsWith("[3/3] broken.pdf: 失败 CORRUPT：") && lines.get(2).contains("broken.pdf"), lines.get(2));
  }

  @Test
  void parallelRunKeepsInputOrderAndAThrowingFileIsOnlyThatFilesFailure() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      files.add(tmp.resolve("f" + i));
    }
    List<Path> sunk = new ArrayList<>();
    BatchCounts counts = BatchRunner.parallel(3, Limits.defaults(), status).run(files, f -> {
      if (f.endsWith("f5")) {
        throw new StackOverflowError("deep table");
      }
      sleep(12 - files.indexOf(f)); // later files finish first
      return new FileOutcome.Done<>(f, f.getFileName().toString());
    }, (f, name) -> {
      sunk.add(f);
      return name;
    });
    assertEquals(new BatchCounts(12, 1), counts);
    assertEquals(files.stream().filter(f -> !f.endsWith("f5")).toList(), sunk);
    // a batch of 10 or more says its rate and time left: "[6/12，294.8 个/秒，约剩 0 秒] f5: …"
    assertTrue(lines().get(5).matches("\\[6/12，[0-9.]+ 个/秒，约剩 [0-9]+ 秒\\] f5: 失败 EXTRACTION_ERROR：f5: java.lang.StackOverflowError: deep table"), lines().get(5));
    assertTrue(lines().get(11).startsWith("[12/12] f11: f11 ("), lines().get(11));
  }

  @Test
  void aSinkThatThrowsIsAStoreFailureAndAStuckFileATimeout() throws Exception {
    Limits quick = new Limits(1024, 1, 1, 1, Duration.ofMillis(100)); // a 200 ms budget per file
    BatchCounts counts = BatchRunner.sequential(quick, status).run(List.of(tmp.resolve("a"), tmp.resolve("stuck"), tmp.resolve("b")),
        f -> {
          if (f.endsWith("stuck")) {
            sleep(60_000);
          }
          return new FileOutcome.Done<>(f, f);
        },
        (f, v) -> {
          if (f.endsWith("b")) {
            throw new IOException("disk full");
          }
          return "ok";
        });
    assertEquals(new BatchCounts(3, 2), counts);
    assertTrue(lines().get(0).startsWith("[1/3] a: ok ("), lines().get(0));
    assertEquals("[2/3] stuck: 失败 TIMEOUT：stuck: took longer than 200 ms", lines().get(1));
    assertEquals("[3/3] b: 失败 STORE：b: disk full", lines().get(2));
  }

  @Test
  void exitCodeSaysWhetherNoneSomeOrAllFilesFailed() {
    assertEquals(ExitCodes.OK, ExitCodes.forBatch(0, 0));
    assertEquals(ExitCodes.OK, ExitCodes.forBatch(0, 3));
    assertEquals(ExitCodes.SOME_FILES_FAILED, ExitCodes.forBatch(1, 3));
    assertEquals(ExitCodes.FAILURE, ExitCodes.forBatch(3, 3));
  }

  @Test
  void aFailureAlwaysHasAKindAndPassesThroughLaterSteps() {
    assertEquals("NOT_A_REPORT",
        new FileOutcome.Failed<>(tmp, FileOutcome.Stage.EXTRACTION, ExtractionFailure.NOT_A_REPORT, "x").kindName());
    assertEquals("STORE", new FileOutcome.Failed<>(tmp, FileOutcome.Stage.STORE, FileOutcome.Stage.STORE, "x").kindName());
    assertThrows(NullPointerException.class, () -> new FileOutcome.Failed<>(tmp, FileOutcome.Stage.AUDIT, null, "x"));
    FileOutcome<Integer> next = new FileOutcome.Failed<String>(tmp, FileOutcome.Stage.AUDIT, ExtractionFailure.AUDIT_ERROR, "x")
        .then(s -> new FileOutcome.Done<>(tmp, s.length()));
    assertEquals(new FileOutcome.Failed<Integer>(tmp, FileOutcome.Stage.AUDIT, ExtractionFailure.AUDIT_ERROR, "x"), next,
        "a failure skips the next step");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @org.junit.jupiter.api.Test
  void progressSaysTheRateAndTimeLeftOnLongBatchesOnly() {
    org.junit.jupiter.api.Assertions.assertEquals("，2.0 个/秒，约剩 45 秒", BatchRunner.progress(10, 100, 5_000_000_000L));
    org.junit.jupiter.api.Assertions.assertEquals("，0.5 个/秒，约剩 2 分 0 秒", BatchRunner.progress(10, 70, 20_000_000_000L));
    org.junit.jupiter.api.Assertions.assertEquals("", BatchRunner.progress(3, 5, 1_000_000_000L));
    org.junit.jupiter.api.Assertions.assertEquals("", BatchRunner.progress(100, 100, 1_000_000_000L));
  }

}
