package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.index.ReportIndex;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao index FILE.json...}: adds normalized reports to the search index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Add normalized Report JSON files (a directory: its *.json) to the search index.",
        "A report already indexed (same file hash, else same source file) is replaced, never duplicated."})
public final class IndexCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

  @Mixin IndexOption index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    int added = 0;
    long rows = 0;
    try (ReportIndex idx = ReportIndex.open(index.dir())) {
      for (Path file : expand(files)) {
        try {
          Report report = Json.read(file, Report.class);
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
    return failed == 0 ? ExitCodes.OK : added == 0 ? ExitCodes.FAILURE : ExitCodes.SOME_FILES_FAILED;
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
