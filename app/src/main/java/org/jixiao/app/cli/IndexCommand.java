package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.IndexJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao index FILE.json...}: adds normalized reports to the search index ({@link IndexJob}). */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Add reports to the search index: report JSON (from extract --out), stored reports (DATA/reports/*.json,",
        "to rebuild an index), or report documents themselves, which are extracted first.",
        "A report already indexed (same file hash, else same source file) is replaced, never duplicated."})
public final class IndexCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

  @Mixin IndexOption index;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    IndexJob.Summary s = new IndexJob(index.backend(), limitOptions.limits())
        .run(IndexJob.expand(files), spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    out.println("已索引 " + s.counts().succeeded() + " 份报告（" + s.rows() + " 行指标），写入 " + index.backend().describe()
        + "；索引共有 " + s.indexReports() + " 份报告、" + s.indexRows() + " 行指标");
    out.flush();
    return ExitCodes.of(s.counts());
  }
}
