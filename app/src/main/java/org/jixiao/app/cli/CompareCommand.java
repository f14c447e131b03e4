package org.jixiao.app.cli;

import static org.jixiao.app.cli.SearchCommand.num;
import static org.jixiao.app.cli.SearchCommand.str;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.app.export.ComparisonExport;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.ComparisonRow;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.search.ReportSearch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao compare INDICATOR}: one indicator across departments and years. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare one indicator across departments and years: target, actual, weight, score, score rate.",
        "INDICATOR is matched exactly (canonical key or name, ignoring width, spaces and quotes);",
        "failing that, as text, taking each report's best-matching row."})
public final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INDICATOR") String indicator;

  @Mixin FilterOptions filterOptions;

  @Mixin IndexOption index;

  @Option(names = "--sort", paramLabel = "FIELD",
      description = "department|province|level|year|target|actual|weight|score|score-rate (default: year, department)")
  @Nullable String sort;

  @Option(names = "--desc", description = "sort descending") boolean descending;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ComparisonField field = null;
    if (sort != null) {
      try {
        field = ComparisonField.parse(sort);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    IndicatorComparison comparison;
    try (ReportSearch searcher = index.openSearcher()) {
      comparison = searcher.compare(indicator, filterOptions.filters(searcher, spec.commandLine().getErr()));
    }
    if (field != null) {
      comparison = comparison.sorted(field, descending);
    }
    output.write(new VerbResult(render(comparison),
        new JsonView(comparison.indicator(), comparison.key(), comparison.match().name(), comparison.rows()),
        comparison.rows(), ComparisonExport.rows(comparison)), EnumSet.allOf(OutputOptions.Format.class));
    return ExitCodes.OK;
  }

  /** The JSON shape of a comparison; {@code key} is the canonical key the rows were found by. */
  record JsonView(String indicator, @Nullable String key, String match, List<ComparisonRow> rows) {}

  static String render(IndicatorComparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.indicator()).append(c.key() == null ? "" : "（" + c.key() + "）").append("：").append(c.rows().size()).append(" 行")
        .append(c.match() == IndicatorComparison.Match.TEXT ? "（无完全相同的指标；每份报告取文本最相近的一行）" : "")
        .append('\n');
    if (c.rows().isEmpty()) {
      return sb.toString();
    }
    TextTable table = new TextTable(30);
    table.row(List.of("部门", "省份", "级别", "年度", "指标", "年度指标值", "实际完成值", "分值", "得分", "得分率"));
    for (ComparisonRow r : c.rows()) {
      table.row(List.of(str(r.department()), str(r.province()), str(r.adminLevel()),
          r.fiscalYear() == null ? "" : r.fiscalYear().toString(), r.indicator(), str(r.target()), str(r.actual()),
          num(r.weight()), num(r.score()),
          r.scoreRate() == null ? "-" : r.scoreRate().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%"));
    }
    return sb.append(table.render()).toString();
  }
}
