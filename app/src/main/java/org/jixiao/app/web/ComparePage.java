package org.jixiao.app.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.ComparisonRow;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.search.Filters;
import org.jspecify.annotations.Nullable;

/** 对比: one indicator (canonical key or text) across departments and years, sortable, charted, exported as the CLI does. */
final class ComparePage {
  /** Rows shown per page; the exports hold them all. */
  static final int PAGE_SIZE = 200;

  record View(@Nullable String indicator, @Nullable String key, boolean textMatch, int total, int page, int pages,
      @Nullable String previous, @Nullable String next, List<Row> rows, String csv, String xlsx, @Nullable String sort,
      boolean descending, List<Bar> chart) {}

  record Row(String reportLink, @Nullable String department, @Nullable String province, @Nullable String level,
      @Nullable Integer year, String indicator, @Nullable String target, @Nullable String actual,
      @Nullable BigDecimal weight, @Nullable BigDecimal score, @Nullable String scoreRate) {}

  private ComparePage() {}

  /** The comparison itself, whole (null when no indicator was asked), for the exports. */
  static @Nullable IndicatorComparison comparison(DataView data, Params p) throws IOException {
    String indicator = p.get("indicator");
    if (indicator == null) {
      return null;
    }
    ComparisonField field = field(p);
    Filters filters = Filtering.of(p);
    return data.comparison(queryKey(p), searcher -> {
      IndicatorComparison c = searcher.compare(indicator, filters);
      return field == null ? c : c.sorted(field, p.flag("desc"));
    });
  }

  private static @Nullable ComparisonField field(Params p) {
    try {
      return p.get("sort") == null ? null : ComparisonField.parse(p.get("sort"));
    } catch (IllegalArgumentException e) {
      throw new Params.BadRequest(e.getMessage());
    }
  }

  /** The query without its page: every page of one comparison is cut from one list. */
  private static String queryKey(Params p) {
    java.util.Map<String, String> query = new java.util.TreeMap<>(p.values());
    query.remove("page");
    return query.toString();
  }

  /**
   * The page asked for: cut from the whole comparison when an export or an earlier visit made it, else read as one
   * page from the index (which orders the rows itself where it can, see {@link org.jixiao.index.ReportSearcher#compare(String, Filters,
   * ComparisonField, boolean, int, int)}).
   */
  static View build(DataView data, Params p) throws IOException {
    String indicator = p.get("indicator");
    int page = p.page();
    IndicatorComparison c = null;
    List<ComparisonRow> shown = List.of();
    int total = 0;
    if (indicator != null) {
      ComparisonField field = field(p);
      IndicatorComparison whole = data.cachedComparison(queryKey(p));
      if (whole != null) {
        c = whole;
        total = whole.rows().size();
        shown = whole.rows().subList(Math.min(total, (page - 1) * PAGE_SIZE), Math.min(total, page * PAGE_SIZE));
      } else {
        Filters filters = Filtering.of(p);
        IndicatorComparison.Page pg = data.comparisonPage(queryKey(p) + "#" + page,
            searcher -> searcher.compare(indicator, filters, field, p.flag("desc"), (page - 1) * PAGE_SIZE, PAGE_SIZE));
        if (pg != null) {
          c = pg.comparison();
          total = pg.total();
          shown = c.rows();
        }
      }
    }
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    List<Row> rows = shown.stream().map(ComparePage::row).toList();
    List<Bar> chart = shown.stream().filter(r -> r.scoreRate() != null)
        .map(r -> new Bar((r.department() == null ? "?" : r.department()) + (r.fiscalYear() == null ? "" : " " + r.fiscalYear()),
            r.scoreRate().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue(), "/reports/" + r.reportId()))
        .toList();
    return new View(indicator, c == null ? null : c.key(), c != null && c.match() == IndicatorComparison.Match.TEXT,
        total, page, pages, page > 1 ? p.with("page", String.valueOf(page - 1)) : null,
        page < pages ? p.with("page", String.valueOf(page + 1)) : null, rows, p.at("/api/compare.csv"),
        p.at("/api/compare.xlsx"), p.get("sort"), p.flag("desc"), chart);
  }

  private static Row row(ComparisonRow r) {
    String rate = r.scoreRate() == null ? null : r.scoreRate().movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    return new Row("/reports/" + r.reportId(), r.department(), r.province(),
        r.adminLevel() == null ? null : OverviewPage.level(r.adminLevel()), r.fiscalYear(), r.indicator(), r.target(),
        r.actual(), r.weight(), r.score(), rate);
  }
}
