package org.jixiao.extract.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.eval.FileScore;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatchetTest {
  @TempDir Path dir;

  private static FileScore score(int gold, int found, int matched, int rowFieldsCorrect, int reportFieldsCorrect) {
    return new FileScore("f", gold, found, matched, matched * 6, rowFieldsCorrect, 18, reportFieldsCorrect,
        List.of(), List.of(), List.of());
  }

  private Ratchet baseline(Map<String, Ratchet.Entry> entries) throws IOException {
    Path f = dir.resolve("ratchet.json");
    Files.writeString(f, Json.write(entries), StandardCharsets.UTF_8);
    return Ratchet.load(f);
  }

  @Test
  void everyCountThatGetsWorseIsARegression() throws IOException {
    Ratchet r = baseline(Map.of("a.docx", new Ratchet.Entry(10, 9, 1, 50, 17, false)));
    List<String> got = r.record("a.docx", score(10, 11, 8, 40, 16));
    assertEquals(List.of("matched fell from 9 to 8", "rowFieldsCorrect fell from 50 to 40",
        "reportFieldsCorrect fell from 17 to 16", "spurious rose from 1 to 3"), got);
    assertTrue(r.writeProposal(dir.resolve("p.json")).isEmpty(), "nothing to propose");
  }

  @Test
  void anImprovementIsProposedAndAFileMeetingTheFloorIsLockedIn() throws IOException {
    Ratchet r = baseline(Map.of("a.docx", new Ratchet.Entry(10, 9, 1, 50, 17, false)));
    assertEquals(List.of(), r.record("a.docx", score(10, 10, 10, 60, 18)));
    Path p = r.writeProposal(dir.resolve("target/p.json")).orElseThrow();
    Ratchet proposed = Ratchet.load(p);
    assertEquals(new Ratchet.Entry(10, 10, 0, 60, 18, true), proposed.baseline("a.docx").orElseThrow());
  }

  @Test
  void aNewFileIsProposedAndNotARegression() {
    Ratchet r = Ratchet.load(dir.resolve("absent.json"));
    assertEquals(List.of(), r.record("new.html", score(10, 12, 8, 40, 15)));
    assertEquals(1, r.notes().size());
    assertTrue(r.writeProposal(dir.resolve("p.json")).isPresent());
  }

  @Test
  void theFloor() {
    assertTrue(Ratchet.meetsFloor(score(100, 100, 97, 0, 18)));
    assertEquals(false, Ratchet.meetsFloor(score(100, 100, 96, 0, 18)));
    assertEquals(false, Ratchet.meetsFloor(score(100, 100, 100, 0, 17)), "17/18 is under 0.95");
  }
}
