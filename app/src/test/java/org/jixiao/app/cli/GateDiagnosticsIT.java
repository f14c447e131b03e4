package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jixiao.schema.Json;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a misread budget is an extraction diagnostic, shown apart from the findings, never an
 * ERROR about the report. h51 prints 全年预算12,482.36万元 and 基本支出全年预算1,126.58万元; the
 * second was read as the total, which gave "11396.85 ÷ 1126.58 = 1011.63%" as an ERROR.
 */
class GateDiagnosticsIT {
  private final StringWriter out = new StringWriter();

  private static Path h51() {
    return Path.of(System.getProperty("jixiao.samples", "../corpus-samples"))
        .resolveSibling("corpus-heldout").resolve("h51_qionghai_zhujian.pdf");
  }

  private int run(String... args) {
    return JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute(args);
  }

  @Test
  void aMisreadBudgetIsADiagnosticInJsonNotAFinding() {
    assertEquals(ExitCodes.OK, run("audit", "--json", h51().toString()));
    AuditJson json = Json.read(out.toString(), AuditJson.class);
    assertTrue(json.findings().stream().noneMatch(f -> f.recomputed() != null && f.recomputed().startsWith("1011")), out.toString());
    assertTrue(json.diagnostics().stream().anyMatch(d -> d.code() == WarningCode.IMPLAUSIBLE_FACT
        && d.file().equals("h51_qionghai_zhujian.pdf") && d.message().startsWith("未能可靠读取预算表")), out.toString());
  }

  @Test
  void theTextTableShowsTheDiagnosticsInTheirOwnBlock() {
    assertEquals(ExitCodes.OK, run("audit", h51().toString()));
    String text = out.toString();
    int block = text.indexOf("extraction diagnostics (not findings");
    assertTrue(block > 0 && text.indexOf("未能可靠读取预算表", block) > block, text);
  }
}
