package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.AtomicFiles;
import org.jixiao.app.batch.BatchRun;
import org.jixiao.app.batch.InputFiles;
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

  @Option(names = "--json", description = "print the report(s) as JSON on standard output (the default without --out)") boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<file name>.json for each file") Path out;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = InputFiles.expand(files);
    int failed;
    java.util.Set<Path> written = new java.util.HashSet<>();
    try (BatchRun run = new BatchRun(limitOptions.limits(), err, BatchRun.FailureLine.KIND_AND_MESSAGE)) {
      run.each(inputs, e -> {
        Report r = e.report();
        if (out != null) {
          Path target = out.resolve(e.file().getFileName() + ".json");
          if (!written.add(target)) {
            // two inputs of one name (a/report.pdf, b/report.pdf): the second keeps its digit in the name
            target = out.resolve(e.file().getFileName() + "." + r.fileSha256().substring(0, 12) + ".json");
            written.add(target);
          }
          AtomicFiles.write(target, Json.write(r) + "\n");
          err.println("wrote " + target + " (" + r.indicators().size() + " indicator rows)");
        }
        if (out == null || json) {
          stdout.println(Json.write(r));
        }
      });
      failed = run.failed();
    }
    stdout.flush();
    return ExitCodes.forBatch(failed, inputs.size());
  }
}
