package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.BatchCounts;
import org.jixiao.app.batch.BatchRunner;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.app.batch.ReportJsonDir;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao extract}: the normalized report of each file, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract the normalized report (identity, budget, sections, indicator rows with provenance) of each FILE.")
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files, or directories to walk") List<Path> files;

  @Option(names = "--json", description = "print one JSON array of the reports of every file, in file order (each names its sourceFile; the default without --out)") boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<file name>.json for each file: the array of its reports") Path out;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    ReportJsonDir dir = out == null ? null : new ReportJsonDir(out);
    BatchCounts counts;
    List<Report> printed = new java.util.ArrayList<>();
    try (Pipeline pipeline = new Pipeline(limitOptions.limits())) {
      counts = BatchRunner.sequential(limitOptions.limits(), spec.commandLine().getErr())
          .run(InputFiles.expand(files), pipeline::process, (file, e) -> {
            List<Report> reports = e.reports();
            String written = dir == null ? "" : ", wrote " + dir.write(file, reports);
            if (dir == null || json) {
              printed.addAll(reports); // one array for all files: several files still print valid JSON
            }
            int rows = reports.stream().mapToInt(r -> r.indicators().size()).sum();
            return (reports.size() == 1 ? "" : reports.size() + " reports, ") + rows + " indicator rows" + written;
          });
    }
    if (dir == null || json) {
      stdout.println(Json.write(printed));
    }
    stdout.flush();
    return ExitCodes.of(counts);
  }
}
