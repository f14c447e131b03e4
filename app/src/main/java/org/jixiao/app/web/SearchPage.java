package org.jixiao.app.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.search.Facet;
import org.jixiao.search.FacetCount;
import org.jixiao.search.ReportSearch;
import org.jixiao.search.Scope;
import org.jixiao.search.SearchHit;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchResult;
import org.jixiao.search.SortKey;
import org.jspecify.annotations.Nullable;

/** 检索: one query box over indicator rows or reports, facets with counts as filters, ranges, paging and sort. */
final class SearchPage {
  static final int PAGE_SIZE = 20;
  private static final int MAX_PAGE = 500;

  record View(@Nullable String query, boolean reports, long total, boolean totalExact, int page, int pages,
      @Nullable String previous, @Nullable String next, List<Hit> hits, List<FacetView> facets, List<Active> active,
      @Nullable String queryNote, String sort, boolean descending) {}

  record Hit(String reportLink, @Nullable String department, @Nullable String province, @Nullable Integer year,
      @Nullable String grade, @Nullable BigDecimal totalScore, @Nullable String indicator, @Nullable String level1,
      @Nullable String target, @Nullable String actual, @Nullable BigDecimal weight, @Nullable BigDecimal score,
      List<Snippets.Part> snippet) {}

  record FacetView(String name, List<Bar> values) {}

  /** A filter in force, and the link that drops it. */
  record Active(String label, String remove) {}

  private SearchPage() {}

  static View build(DataView data, Params p) throws IOException {
    boolean reports = "reports".equals(p.get("scope"));
    SortKey sort;
    try {
      sort = p.get("sort") == null ? SortKey.RELEVANCE : SortKey.parse(p.get("sort"));
    } catch (IllegalArgumentException e) {
      throw new Params.BadRequest("sort must be one of relevance, year, department, province, total-score, "
          + "execution-rate, score, score-rate; not " + p.get("sort"));
    }
    int page = Math.min(p.page(), MAX_PAGE);
    ReportSearch searcher = data.searcher();
    SearchResult result = searcher == null
        ? new SearchResult(0, true, List.of(), Map.of(), null)
        : searcher.search(new SearchRequest(p.get("q"), reports ? Scope.REPORTS : Scope.INDICATORS, Filtering.of(p),
            PAGE_SIZE, true, true).withOffset((page - 1) * PAGE_SIZE).sortedBy(sort, p.flag("desc")));
    List<Hit> hits = result.hits().stream().map(SearchPage::hit).toList();
    int pages = (int) Math.min(MAX_PAGE, (result.totalHits() + PAGE_SIZE - 1) / PAGE_SIZE);
    return new View(p.get("q"), reports, result.totalHits(), result.totalExact(), page, pages,
        page > 1 ? p.with("page", String.valueOf(page - 1)) : null,
        page < pages ? p.with("page", String.valueOf(page + 1)) : null, hits, facets(result, p), active(p),
        result.queryNote(), sort.name().toLowerCase(java.util.Locale.ROOT), p.flag("desc"));
  }

  private static Hit hit(SearchHit h) {
    String link = "/reports/" + h.reportId() + (h.rowIndex() >= 0 ? "#row-" + (h.rowIndex() + 1) : "");
    return new Hit(link, h.department(), h.province(), h.fiscalYear(), h.grade(), h.totalScore(), h.level3(), h.level1(),
        h.target(), h.actual(), h.weight(), h.score(), Snippets.parts(h.snippet()));
  }

  private static final Map<Facet, String> PARAM = Map.of(Facet.PROVINCE, "province", Facet.LEVEL, "level",
      Facet.YEAR, "year", Facet.GRADE, "grade", Facet.KIND, "kind");

  private static List<FacetView> facets(SearchResult result, Params p) {
    List<FacetView> out = new ArrayList<>();
    for (Facet f : Facet.values()) {
      List<FacetCount> counts = result.facets().get(f);
      if (counts == null || counts.isEmpty()) {
        continue;
      }
      String param = PARAM.get(f);
      List<Bar> values = new ArrayList<>();
      for (FacetCount c : counts) {
        String label = f == Facet.LEVEL ? OverviewPage.level(c.value()) : f == Facet.KIND ? OverviewPage.kind(c.value()) : c.value();
        // 一级指标 is not a filter: its link searches the name instead
        String link = param != null ? p.with(param, c.value()) : p.with("q", c.value());
        values.add(new Bar(label, c.count(), link));
      }
      out.add(new FacetView(WebLabels.facet(f), values));
    }
    return out;
  }

  private static List<Active> active(Params p) {
    List<Active> out = new ArrayList<>();
    for (String name : List.of("province", "level", "year", "kind", "grade", "department", "minTotal", "maxTotal",
        "minRate", "maxRate", "minExec", "maxExec")) {
      String v = p.get(name);
      if (v != null) {
        out.add(new Active(WebLabels.param(name) + "：" + v, p.with(name, null)));
      }
    }
    return out;
  }
}
