package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.AtomicFiles;
import org.jixiao.app.batch.FileOutcome;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.app.batch.Pipeline;
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
    int failed = 0;
    try (Pipeline pipeline = new Pipeline(limitOptions.limits())) {
      for (Path f : inputs) {
        FileOutcome o = pipeline.process(f);
        if (o instanceof FileOutcome.Failed fail) {
          failed++;
          err.println("jixiao: " + (fail.kind() == null ? "EXTRACTION" : fail.kind()) + ": " + fail.message());
          continue;
        }
        Report r = ((FileOutcome.Extracted) o).report();
        if (out != null) {
          Path target = out.resolve(f.getFileName() + ".json");
          AtomicFiles.write(target, Json.write(r) + "\n");
          err.println("wrote " + target + " (" + r.indicators().size() + " indicator rows)");
        }
        if (out == null || json) {
          stdout.println(Json.write(r));
        }
      }
    }
    stdout.flush();
    if (failed == 0) {
      return ExitCodes.OK;
    }
    return failed == inputs.size() ? ExitCodes.FAILURE : ExitCodes.SOME_FILES_FAILED;
  }
}
