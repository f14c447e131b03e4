package org.jixiao.app.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.app.export.FindingExport;
import org.jixiao.search.Facet;
import org.jixiao.search.FacetCount;
import org.jixiao.search.FilterField;
import org.jixiao.search.FindingHit;
import org.jixiao.search.FindingQuery;
import org.jixiao.search.FindingResults;
import org.jixiao.search.ReportSearch;
import org.jixiao.audit.Cells;
import org.jixiao.audit.Labels;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/** 问题: every finding across the imported reports, filtered by severity, check, province, year; each opens its report at the row. */
final class FindingsPage {
  static final int PAGE_SIZE = 50;

  record View(int total, int page, int pages, @Nullable String previous, @Nullable String next, List<Item> findings,
      List<Option> severities, List<Option> checks, List<Option> provinces, List<Option> years, String csv, String xlsx) {}

  record Item(String reportLink, @Nullable String department, @Nullable String province, @Nullable Integer year,
      String severityClass, String severity, String check, @Nullable String indicator, @Nullable String stated,
      @Nullable String recomputed, String message, String where, @Nullable String source) {}

  /** A choice of a filter's select box. */
  record Option(String value, String label, boolean selected) {}

  private FindingsPage() {}

  /** The query the filters make, for {@code limit} findings from {@code offset}. */
  static FindingQuery query(Params p, int offset, int limit) {
    return new FindingQuery(severity(p.get("severity")), check(p.get("check")), p.get("province"), p.integer("year"),
        p.get("department"), offset, limit);
  }

  /** Every finding the filters keep, worst first, then by report (the exports). */
  static List<FindingExport.Listed> listed(DataView data, Params p) throws IOException {
    ReportSearch searcher = data.searcher();
    if (searcher == null) {
      return List.of();
    }
    long total = searcher.findings(query(p, 0, 0)).total();
    return searcher.findings(query(p, 0, (int) Math.min(Integer.MAX_VALUE - 1, total))).hits().stream()
        .map(h -> new FindingExport.Listed(h.reportId(), h.department(), h.province(), h.fiscalYear(), h.finding())).toList();
  }

  static View build(DataView data, Params p) throws IOException {
    ReportSearch searcher = data.searcher();
    int page = p.page();
    FindingResults r = searcher == null ? new FindingResults(0, List.of(), java.util.Map.of(), java.util.Map.of())
        : searcher.findings(query(p, (page - 1) * PAGE_SIZE, PAGE_SIZE));
    int pages = (int) Math.max(1, (r.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    List<Item> items = r.hits().stream().map(FindingsPage::item).toList();
    List<Option> severities = new ArrayList<>();
    for (Severity s : Severity.values()) {
      String v = s.name().toLowerCase(Locale.ROOT);
      severities.add(new Option(v, Labels.severity(s) + (s == Severity.INFO ? "（全部）" : "及以上"), v.equals(p.get("severity"))));
    }
    List<Option> checks = new ArrayList<>();
    for (CheckId c : CheckId.values()) {
      checks.add(new Option(c.jsonName(), Labels.check(c), c.jsonName().equals(p.get("check"))));
    }
    List<Option> provinces = searcher == null ? List.of() : searcher.values(FilterField.PROVINCE).stream().sorted()
        .map(v -> new Option(v, v, v.equals(p.get("province")))).toList();
    List<Option> years = new ArrayList<>();
    if (searcher != null) {
      searcher.stats().reportFacets().getOrDefault(Facet.YEAR, List.of()).stream().map(FacetCount::value).sorted()
          .forEach(y -> years.add(new Option(y, y, y.equals(p.get("year")))));
    }
    return new View((int) r.total(), page, pages, page > 1 ? p.with("page", String.valueOf(page - 1)) : null,
        page < pages ? p.with("page", String.valueOf(page + 1)) : null, items, severities, checks, provinces, years,
        p.at("/api/findings.csv"), p.at("/api/findings.xlsx"));
  }

  private static Item item(FindingHit l) {
    Finding f = l.finding();
    String link = Refs.link(l.reportId(), f.location());
    String anchor = Refs.rowAnchor(f.location());
    return new Item("/reports/" + l.reportId() + "#" + (anchor == null ? "findings" : anchor), l.department(), l.province(), l.fiscalYear(),
        f.severity().name().toLowerCase(Locale.ROOT), Labels.severity(f.severity()), Labels.check(f.check()), f.indicator(),
        f.stated(), f.recomputed(), f.message(), Cells.describe(f.location()), link);
  }

  private static Severity severity(@Nullable String s) {
    if (s == null) {
      return Severity.INFO;
    }
    try {
      return Severity.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Params.BadRequest("severity must be error, warning or info, not " + s);
    }
  }

  private static @Nullable CheckId check(@Nullable String s) {
    if (s == null) {
      return null;
    }
    for (CheckId c : CheckId.values()) {
      if (c.jsonName().equalsIgnoreCase(s) || c.name().equalsIgnoreCase(s)) {
        return c;
      }
    }
    throw new Params.BadRequest("no check " + s);
  }
}
