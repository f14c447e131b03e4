package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Json;

/** The audit verb run on one held-out file, as the end-to-end audit tests read it. */
final class HeldoutAudits {
  private HeldoutAudits() {}

  /** The findings of {@code audit --json corpus-heldout/<name>}. */
  static List<Finding> audit(String name) {
    Path file = Path.of(System.getProperty("jixiao.samples", "../corpus-samples")).resolveSibling("corpus-heldout").resolve(name);
    StringWriter out = new StringWriter();
    int code = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
        .execute("audit", "--json", file.toString());
    assertEquals(ExitCodes.OK, code, out.toString());
    return Json.read(out.toString(), AuditJson.class).findings();
  }

  /** The one finding of {@code id} among {@code found}. */
  static Finding only(List<Finding> found, CheckId id) {
    List<Finding> hits = found.stream().filter(f -> f.check() == id).toList();
    assertEquals(1, hits.size(), () -> id + " in " + found);
    return hits.get(0);
  }
}
