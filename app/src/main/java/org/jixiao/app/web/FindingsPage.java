package org.jixiao.app.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jixiao.app.export.FindingExport;
import org.jixiao.audit.Cells;
import org.jixiao.audit.Labels;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
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

  /** The findings the filters keep, worst first, then by report. */
  static List<FindingExport.Listed> listed(Catalog catalog, Params p) {
    Severity least = severity(p.get("severity"));
    CheckId check = check(p.get("check"));
    String province = p.get("province");
    Integer year = p.integer("year");
    String department = p.get("department");
    List<FindingExport.Listed> out = new ArrayList<>();
    for (Catalog.Entry e : catalog.entries()) {
      Report r = e.report();
      if (province != null && !province.equals(r.province()) || year != null && !year.equals(r.fiscalYear())
          || department != null && !department.equals(r.department())) {
        continue;
      }
      for (Finding f : e.findings()) {
        if (f.severity().compareTo(least) <= 0 && (check == null || f.check() == check)) {
          out.add(new FindingExport.Listed(e.id(), r.department(), r.province(), r.fiscalYear(), f));
        }
      }
    }
    out.sort(Comparator.comparing((FindingExport.Listed l) -> l.finding().severity()).thenComparing(FindingExport.Listed::reportId));
    return out;
  }

  static View build(DataView data, Params p) throws IOException {
    Catalog catalog = data.catalog();
    List<FindingExport.Listed> all = listed(catalog, p);
    int page = p.page();
    int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    List<Item> items = all.subList(Math.min(all.size(), (page - 1) * PAGE_SIZE), Math.min(all.size(), page * PAGE_SIZE))
        .stream().map(FindingsPage::item).toList();
    List<Option> severities = new ArrayList<>();
    for (Severity s : Severity.values()) {
      String v = s.name().toLowerCase(Locale.ROOT);
      severities.add(new Option(v, Labels.severity(s) + (s == Severity.INFO ? "（全部）" : "及以上"), v.equals(p.get("severity"))));
    }
    List<Option> checks = new ArrayList<>();
    for (CheckId c : CheckId.values()) {
      checks.add(new Option(c.jsonName(), Labels.check(c), c.jsonName().equals(p.get("check"))));
    }
    List<Option> provinces = catalog.entries().stream().map(e -> e.report().province()).filter(java.util.Objects::nonNull)
        .distinct().sorted().map(v -> new Option(v, v, v.equals(p.get("province")))).toList();
    List<Option> years = catalog.entries().stream().map(e -> e.report().fiscalYear()).filter(java.util.Objects::nonNull)
        .distinct().sorted().map(y -> new Option(y.toString(), y.toString(), y.toString().equals(p.get("year")))).toList();
    return new View(all.size(), page, pages, page > 1 ? p.with("page", String.valueOf(page - 1)) : null,
        page < pages ? p.with("page", String.valueOf(page + 1)) : null, items, severities, checks, provinces, years,
        p.at("/api/findings.csv"), p.at("/api/findings.xlsx"));
  }

  private static Item item(FindingExport.Listed l) {
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
