package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.app.batch.FileOutcome;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.index.ReportIndex;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao index FILE.json...}: adds normalized reports to the search index. */
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
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    int added = 0;
    long rows = 0;
    try (ReportIndex idx = ReportIndex.open(index.dir()); Pipeline pipeline = new Pipeline(limitOptions.limits())) {
      for (Path file : expand(files)) {
        try {
          Report report = read(file, pipeline);
          idx.add(report);
          added++;
          rows += report.indicators().size();
          out.println("indexed " + file + ": " + report.indicators().size() + " rows, id " + ReportIndex.idOf(report));
        } catch (IOException | RuntimeException e) {
          failed++;
          err.println("jixiao: " + file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")));
        }
      }
      idx.commit();
      out.println(added + " reports (" + rows + " rows) indexed into " + index.dir() + "; the index holds "
          + idx.reportCount() + " reports, " + idx.rowCount() + " rows");
    }
    out.flush();
    return ExitCodes.forBatch(failed, failed + added);
  }

  /** A report JSON, a stored report JSON, or a document to extract. */
  private static Report read(Path file, Pipeline pipeline) throws IOException {
    if (!file.getFileName().toString().endsWith(".json")) {
      return switch (pipeline.process(file)) {
        case FileOutcome.Extracted e -> e.report();
        case FileOutcome.Failed f -> throw new IOException(f.message());
      };
    }
    JsonNode tree = Json.mapper().readTree(file.toFile());
    return tree.has("report") ? Json.mapper().treeToValue(tree, StoredReport.class).report()
        : Json.mapper().treeToValue(tree, Report.class);
  }

  private static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
