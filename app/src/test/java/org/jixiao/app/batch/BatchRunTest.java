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
import java.util.ArrayList;
import java.util.List;
import org.jixiao.app.cli.ExitCodes;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {
  @TempDir Path tmp;

  private final StringWriter err = new StringWriter();

  @Test
  void goodFilesReachTheStepAndBadOnesGetOneCountedLineEach() throws IOException {
    Path good = Path.of(System.getProperty("jixiao.samples", "../corpus-samples"), "004_f903e5746c6a8cdf.txt");
    Path empty = Files.write(tmp.resolve("testEmpty.txt"), new byte[0]);
    Path broken = Files.write(tmp.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII));
    List<Path> seen = new ArrayList<>();
    int failed;
    try (BatchRun run = new BatchRun(Limits.defaults(), new PrintWriter(err, true), BatchRun.FailureLine.KIND_AND_MESSAGE)) {
      run.each(List.of(empty, good, broken), e -> seen.add(e.file()));
      failed = run.failed();
    }
    assertEquals(List.of(good), seen);
    assertEquals(2, failed);
    List<String> lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err.toString());
    assertTrue(lines.get(0).startsWith("jixiao: EMPTY: ") && lines.get(0).contains("testEmpty.txt"), lines.get(0));
    assertTrue(lines.get(1).startsWith("jixiao: CORRUPT: ") && lines.get(1).contains("broken.pdf"), lines.get(1));
  }

  @Test
  void messageLineLeavesTheKindOut() throws IOException {
    Path empty = Files.write(tmp.resolve("testEmpty.txt"), new byte[0]);
    try (BatchRun run = new BatchRun(Limits.defaults(), new PrintWriter(err, true), BatchRun.FailureLine.MESSAGE)) {
      run.process(empty, e -> {
        throw new AssertionError("an empty file is not extracted");
      });
      assertEquals(1, run.failed());
    }
    assertTrue(err.toString().startsWith("jixiao: testEmpty.txt"), err.toString());
  }

  @Test
  void exitCodeSaysWhetherNoneSomeOrAllFilesFailed() {
    assertEquals(ExitCodes.OK, ExitCodes.forBatch(0, 0));
    assertEquals(ExitCodes.OK, ExitCodes.forBatch(0, 3));
    assertEquals(ExitCodes.SOME_FILES_FAILED, ExitCodes.forBatch(1, 3));
    assertEquals(ExitCodes.FAILURE, ExitCodes.forBatch(3, 3));
  }

  @Test
  void aFailedFileAlwaysHasAKind() {
    assertEquals("NOT_A_REPORT", new FileOutcome.Failed(tmp, ExtractionFailure.NOT_A_REPORT, "x").kindName());
    assertThrows(NullPointerException.class, () -> new FileOutcome.Failed(tmp, null, "x"));
  }
}
