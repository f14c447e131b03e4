package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Json;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/**
 * Figures in prose are read by the one kernel end to end (issue 8): amounts with thousands
 * separators are read whole, so formulas with them are checked and rate statements are not
 * misread into false ERRORs.
 */
class FigureReadingIT {
  private final StringWriter out = new StringWriter();

  private List<Finding> audit(Path file) {
    int code =
        JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
            .execute("audit", "--json", file.toString());
    assertEquals(ExitCodes.OK, code, out.toString());
    return Json.read(out.toString(), AuditJson.class).findings();
  }

  @Test
  void aRateStatementInYuanWithSeparatorsIsNoFalseError() {
    // h04 states 356,218,930.52元 and 331,207,811.44元 beside 92.98%; read as 930.52 and 811.44 they gave two ERRORs
    Path h04 = Path.of(System.getProperty("jixiao.samples", "../corpus-samples"))
        .resolveSibling("corpus-heldout").resolve("h04_liuyang_jiaotong.txt");
    List<Finding> findings = audit(h04);
    assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), out.toString());
  }

  @Test
  void aFormulaWithThousandsSeparatorsIsChecked() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("issue-8-thousands.txt").toURI());
    List<Finding> findings = audit(file);
    // 12,000,000.00 ÷ 12,600,000.00 = 95.24%, not 96.24%; the second formula holds
    assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && "96.24%".equals(f.stated())
        && f.recomputed() != null && f.recomputed().startsWith("95.24")), out.toString());
    assertTrue(findings.stream().noneMatch(f -> "99%".equals(f.stated())), out.toString());
  }
}
