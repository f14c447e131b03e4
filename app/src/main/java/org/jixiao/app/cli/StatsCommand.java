package org.jixiao.app.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jixiao.app.export.SheetRows;
import org.jixiao.search.Facet;
import org.jixiao.search.FacetCount;
import org.jixiao.search.IndexStats;
import org.jixiao.search.ReportSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao stats}: what the index holds, counted per facet. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count the indexed reports and rows, and reports per province, level, year, grade, kind and 一级指标.")
public final class StatsCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Mixin OutputOptions output;

  /** One count of the sheet and JSON-lines forms: reports per value of a facet. */
  record Count(String facet, String value, long reports) {}

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    IndexStats stats;
    try (ReportSearch searcher = index.openSearcher()) {
      stats = searcher.stats();
    }
    StringBuilder text = new StringBuilder(stats.reports() + " 份报告，" + stats.rows() + " 行指标（" + index.backend().describe() + "）\n");
    List<Count> counts = new ArrayList<>();
    for (Map.Entry<Facet, List<FacetCount>> e : new TreeMap<>(stats.reportFacets()).entrySet()) {
      TextTable table = new TextTable(40);
      table.row(List.of(e.getKey().dim(), "报告数"));
      e.getValue().forEach(c -> {
        table.row(List.of(c.value(), String.valueOf(c.count())));
        counts.add(new Count(e.getKey().dim(), c.value(), c.count()));
      });
      text.append(table.render());
    }
    List<List<Object>> cells = counts.stream().<List<Object>>map(c -> List.of(c.facet(), c.value(), c.reports())).toList();
    output.write(new VerbResult(text.toString(), stats, counts,
        new SheetRows("stats", List.of("维度 facet", "值 value", "报告数 reports"), cells, List.of())),
        EnumSet.allOf(OutputOptions.Format.class));
    return ExitCodes.OK;
  }
}
