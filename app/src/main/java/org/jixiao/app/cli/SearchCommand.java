package org.jixiao.app.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jixiao.app.export.SheetRows;
import org.jixiao.search.Facet;
import org.jixiao.search.FacetCount;
import org.jixiao.search.ReportSearch;
import org.jixiao.search.Scope;
import org.jixiao.search.SearchHit;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao search QUERY}: full-text search over indicators (or reports) with filters. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index. White space (or + or AND) joins words that must all match, | or OR",
        "either, -word or NOT word excludes, \"…\" quotes a phrase, 执行* is a prefix, ( ) groups;",
        "执行率 finds 预算执行率 and 政府采购执行率. Matches in snippets stand between « and »."})
public final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words to find (none: everything the filters let through)")
  List<String> query = new ArrayList<>();

  @Mixin FilterOptions filterOptions;

  @Mixin IndexOption index;

  @Option(names = "--reports", description = "return reports instead of indicator rows") boolean reports;

  @Option(names = "--limit", defaultValue = "20", description = "most hits shown (default ${DEFAULT-VALUE})") int limit;

  @Option(names = "--facets", description = "also count hits per province, level, year, grade, kind, level1") boolean facets;

  @Mixin OutputOptions output;

  private static final Set<OutputOptions.Format> FORMATS = EnumSet.allOf(OutputOptions.Format.class);

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (limit < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must not be negative");
    }
    SearchResult result;
    try (ReportSearch searcher = index.openSearcher()) {
      SearchRequest request =
          new SearchRequest(String.join(" ", query), reports ? Scope.REPORTS : Scope.INDICATORS,
              filterOptions.filters(searcher, spec.commandLine().getErr()), limit, facets, true);
      result = searcher.search(request);
    }
    if (result.queryNote() != null) {
      // the lenient parser read the query anyway: say what it dropped, so 0 hits are not mistaken for none
      spec.commandLine().getErr().println("jixiao: 查询语法：" + result.queryNote());
      spec.commandLine().getErr().flush();
    }
    output.write(new VerbResult(render(result, reports), result, result.hits(), rows(result, reports)), FORMATS);
    return ExitCodes.OK;
  }

  static String render(SearchResult result, boolean reports) {
    StringBuilder sb = new StringBuilder();
    sb.append("匹配").append(result.totalExact() ? " " : "至少 ").append(result.totalHits())
        .append(reports ? " 份报告" : " 行指标");
    sb.append(result.hits().size() < result.totalHits() ? "，显示前 " + result.hits().size() : "").append('\n');
    if (!result.hits().isEmpty()) {
      TextTable table = new TextTable(40);
      table.row(reports
          ? List.of("#", "部门", "省份", "级别", "年度", "总分", "等级", "摘要")
          : List.of("#", "部门", "省份", "年度", "指标", "实际完成值", "得分/分值", "摘要"));
      int n = 1;
      for (SearchHit h : result.hits()) {
        String year = h.fiscalYear() == null ? "" : h.fiscalYear().toString();
        table.row(reports
            ? List.of(String.valueOf(n++), str(h.department()), str(h.province()), str(h.adminLevel()), year,
                num(h.totalScore()), str(h.grade()), str(h.snippet()))
            : List.of(String.valueOf(n++), str(h.department()), str(h.province()), year, str(h.level3()),
                str(h.actual()), num(h.score()) + "/" + num(h.weight()), str(h.snippet())));
      }
      sb.append(table.render());
    }
    for (Map.Entry<Facet, List<FacetCount>> e : new java.util.TreeMap<>(result.facets()).entrySet()) { // in Facet order
      sb.append(facetLine(e.getKey(), e.getValue()));
    }
    return sb.toString();
  }

  /** The hits as a sheet: what the table shows, whole, and the report each comes from. */
  static SheetRows rows(SearchResult result, boolean reports) {
    List<String> header = reports
        ? List.of("部门 department", "省份 province", "级别 level", "年度 year", "类型 kind", "总分 totalScore", "等级 grade",
            "摘要 snippet", "文件 sourceFile", "报告 reportId")
        : List.of("部门 department", "省份 province", "年度 year", "一级指标 level1", "二级指标 level2", "三级指标 level3",
            "年度指标值 target", "实际完成值 actual", "分值 weight", "得分 score", "摘要 snippet", "文件 sourceFile",
            "报告 reportId");
    List<List<@Nullable Object>> cells = new ArrayList<>();
    for (SearchHit h : result.hits()) {
      cells.add(reports
          ? Arrays.asList(h.department(), h.province(), h.adminLevel(), h.fiscalYear(), h.reportKind(), h.totalScore(),
              h.grade(), h.snippet(), h.sourceFile(), h.reportId())
          : Arrays.asList(h.department(), h.province(), h.fiscalYear(), h.level1(), h.level2(), h.level3(), h.target(),
              h.actual(), h.weight(), h.score(), h.snippet(), h.sourceFile(), h.reportId()));
    }
    return new SheetRows(reports ? "reports" : "indicators", header, cells,
        result.hits().stream().map(SearchHit::reportId).distinct().toList());
  }

  static String facetLine(Facet facet, List<FacetCount> counts) {
    StringBuilder sb = new StringBuilder(facet.dim()).append(':');
    for (FacetCount c : counts) {
      sb.append(' ').append(c.value()).append('=').append(c.count());
    }
    return sb.append('\n').toString();
  }

  static String str(@Nullable String s) {
    return s == null ? "" : s;
  }

  static String num(@Nullable BigDecimal d) {
    return d == null ? "-" : d.stripTrailingZeros().toPlainString();
  }
}
