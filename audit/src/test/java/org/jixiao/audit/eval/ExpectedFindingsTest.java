package org.jixiao.audit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading {@code <stem>.json}: found by stem, absent, or broken with the file named. */
class ExpectedFindingsTest {
  @TempDir Path dir;

  @Test
  void everyFormatAndPartOfAStemSharesItsFile() throws IOException {
    Files.writeString(dir.resolve("h33_wuhu_jiaoyu.json"), """
        [{"kind":"TOTAL_VS_ROWS","where":"总分","quote":"总分 | 100 | 98.14","stated":"98.14",
          "recomputed":"97.14","certainty":"HIGH","severity":"ERROR","note":"9.14 + 88 = 97.14"}]
        """);
    ExpectedFindings set = new ExpectedFindings(dir);
    List<ExpectedFinding> got = set.forFile("h33_wuhu_jiaoyu.docx").orElseThrow();
    assertEquals(List.of(new ExpectedFinding(FindingKind.TOTAL_VS_ROWS, "总分", "总分 | 100 | 98.14", "98.14",
        "97.14", Certainty.HIGH, Severity.ERROR, "9.14 + 88 = 97.14")), got);
    assertEquals(got, set.forFile("h33_wuhu_jiaoyu.pdf").orElseThrow());
    assertTrue(set.forFile("h34_xuchang_weijian.pdf").isEmpty(), "no file: skipped, not 'no problems'");
  }

  @Test
  void brokenFilesAreErrorsThatNameTheFile() throws IOException {
    Files.writeString(dir.resolve("bad.json"), "[{\"kind\":\"TOTAL_VS_ROWS\",\"where\":\"总分\",");
    Files.writeString(dir.resolve("kind.json"), "[{\"kind\":\"NO_SUCH_KIND\",\"where\":\"总分\",\"certainty\":\"HIGH\",\"severity\":\"ERROR\"}]");
    Files.writeString(dir.resolve("object.json"), "{\"kind\":\"OTHER\"}");
    Files.writeString(dir.resolve("nowhere.json"), "[{\"kind\":\"OTHER\",\"certainty\":\"HIGH\",\"severity\":\"ERROR\"}]");
    ExpectedFindings set = new ExpectedFindings(dir);
    for (String stem : List.of("bad", "kind", "object", "nowhere")) {
      IOException e = assertThrows(IOException.class, () -> set.forFile(stem + ".docx"));
      assertTrue(e.getMessage().contains(dir.resolve(stem + ".json").toString()), e.getMessage());
      assertTrue(e.getMessage().startsWith("bad expected-findings file"), e.getMessage());
    }
  }
}
