package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.AtomicFiles;
import org.jixiao.app.batch.BatchCounts;
import org.jixiao.app.batch.BatchRunner;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.app.export.SheetRows;
import org.jixiao.audit.AuditHtmlReport;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.Auditor;
import org.jixiao.audit.FindingCsv;
import org.jixiao.audit.FindingTable;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao audit}: recompute what each report states and list every mismatch. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Recompute sums, rule-based scores, stated formulas, rates and grades of each FILE and list every mismatch with evidence.",
        "A stored report (DATA/reports/<id>.json, written by import) shows the findings of its import's audit."})
public final class AuditCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files, or directories to walk") List<Path> files;

  @Mixin OutputOptions output;

  @Option(names = "--html", paramLabel = "FILE",
      description = "write one self-contained HTML page: indicator tables with findings beside their rows") @Nullable Path html;

  @Mixin LimitOptions limitOptions;

  /** The least severity that makes the exit code {@link ExitCodes#FINDINGS}, for scripts. */
  enum FailOn { error, warning }

  @Option(names = "--fail-on", paramLabel = "error|warning",
      description = "exit with code 4 when a finding of this severity or higher is found (for scripts)") FailOn failOn;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (html != null && (output.file() != null || output.json)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--html FILE is its own output: not with --json, --csv, --xlsx or -o");
    }
    PrintWriter status = output.status();
    List<AuditResult> results = new ArrayList<>();
    List<Path> documents = new ArrayList<>();
    for (Path f : InputFiles.expand(files)) {
      StoredReport stored = StoredReports.read(f);
      if (stored == null) {
        documents.add(f);
      } else {
        // its text is not kept, so its audit is the one import ran; re-auditing the report alone would drop every text check
        results.add(new AuditResult(stored.report(), stored.findings(), stored.auditDiagnostics()));
        status.println(f + ": stored report of " + stored.sourcePath() + ", " + stored.findings().size()
            + " findings (audited at import, " + stored.importedAt() + ")");
      }
    }
    Auditor auditor = Auditor.standard();
    BatchCounts counts = new BatchCounts(0, 0);
    try (Pipeline pipeline = new Pipeline(limitOptions.limits())) {
      counts = documents.isEmpty() ? counts : BatchRunner.sequential(limitOptions.limits(), status).run(documents,
          f -> pipeline.process(f).then(e -> e.auditedBy(auditor)), (file, audit) -> {
            results.addAll(audit);
            return audit.stream().mapToInt(a -> a.findings().size()).sum() + " 个问题"
                + (audit.size() == 1 ? "" : "（" + audit.size() + " 份报告）");
          });
    }
    List<Finding> findings = results.stream().flatMap(r -> r.findings().stream()).toList();
    if (html != null) {
      AtomicFiles.write(html, AuditHtmlReport.render(results, JixiaoCommand.VERSION,
          java.time.ZonedDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
      status.println("jixiao: 已写入 " + html);
    } else {
      List<List<@Nullable String>> cells = findings.stream().map(FindingCsv::cells).toList();
      List<String> reports = results.stream().map(r -> r.report().fileSha256()).filter(java.util.Objects::nonNull).distinct().toList();
      output.write(new VerbResult(FindingTable.render(results), AuditJson.of(results), findings,
          new SheetRows("findings", FindingCsv.HEADER, cells, reports)), EnumSet.allOf(OutputOptions.Format.class));
    }
    out.flush();
    int code = ExitCodes.of(counts);
    if (code == ExitCodes.OK && failOn != null && findings.stream().anyMatch(this::failsOn)) {
      return ExitCodes.FINDINGS;
    }
    return code;
  }

  private boolean failsOn(Finding f) {
    return f.severity() == Severity.ERROR || failOn == FailOn.warning && f.severity() == Severity.WARNING;
  }
}
