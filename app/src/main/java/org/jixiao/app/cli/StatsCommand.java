package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.index.Facet;
import org.jixiao.index.FacetCount;
import org.jixiao.index.IndexStats;
import org.jixiao.index.ReportSearcher;
import org.jixiao.schema.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao stats}: what the index holds, counted per facet. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count the indexed reports and rows, and reports per province, level, year, grade, kind and 一级指标.")
public final class StatsCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Option(names = "--json", description = "print the counts as JSON") boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    IndexStats stats;
    try (ReportSearcher searcher = index.openSearcher()) {
      stats = searcher.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(stats));
    } else {
      out.println(stats.reports() + " reports, " + stats.rows() + " indicator rows in " + index.dir());
      for (Map.Entry<Facet, List<FacetCount>> e : stats.reportFacets().entrySet()) {
        TextTable table = new TextTable(40);
        table.row(List.of(e.getKey().dim(), "reports"));
        e.getValue().forEach(c -> table.row(List.of(c.value(), String.valueOf(c.count()))));
        out.print(table.render());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
