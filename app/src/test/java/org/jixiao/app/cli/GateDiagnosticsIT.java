package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.schema.Json;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a misread budget is an extraction diagnostic, shown apart from the findings, never an
 * ERROR about the report. h51 prints 全年预算12,482.36万元 and 基本支出全年预算1,126.58万元; the
 * second was read as the total, which gave "11396.85 ÷ 1126.58 = 1011.63%" as an ERROR. Extraction now
 * reads h51 right (the part's own 全年预算 is the part's), so the misread is written here as a text of
 * its own: the same two figures, the part's name left out.
 */
class GateDiagnosticsIT {
  private final StringWriter out = new StringWriter();

  @TempDir Path dir;

  private Path misread() throws IOException {
    Path file = dir.resolve("testMisreadBudget.txt");
    Files.writeString(file, "某县住房和城乡建设局2023年度部门整体支出绩效自评报告\n"
        + "2023年我局全年预算1,126.58万元，全年实际支出11,396.85万元。\n"
        + "经评定，我局2023年度部门整体支出绩效自评总分为88.5分，等级为良。\n", StandardCharsets.UTF_8);
    return file;
  }

  private int run(String... args) {
    return JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute(args);
  }

  @Test
  void aMisreadBudgetIsADiagnosticInJsonNotAFinding() throws IOException {
    assertEquals(ExitCodes.OK, run("audit", "--json", misread().toString()));
    AuditJson json = Json.read(out.toString(), AuditJson.class);
    assertTrue(json.findings().stream().noneMatch(f -> f.recomputed() != null && f.recomputed().startsWith("1011")), out.toString());
    assertTrue(json.diagnostics().stream().anyMatch(d -> d.code() == WarningCode.IMPLAUSIBLE_FACT
        && d.file().equals("testMisreadBudget.txt") && d.message().startsWith("未能可靠读取预算表")), out.toString());
  }

  @Test
  void theTextTableShowsTheDiagnosticsInTheirOwnBlock() throws IOException {
    assertEquals(ExitCodes.OK, run("audit", misread().toString()));
    String text = out.toString();
    int block = text.indexOf("抽取诊断（不是发现");
    assertTrue(block > 0 && text.indexOf("未能可靠读取预算表", block) > block, text);
  }
}
