package org.jixiao.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.audit.Labels;
import org.jixiao.index.Facet;
import org.jixiao.index.FacetCount;
import org.jixiao.index.IndexStats;
import org.jixiao.index.ReportSearcher;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Finding;
import org.jixiao.schema.ReportKind;
import org.jixiao.schema.Severity;
import org.jixiao.schema.Json;
import org.jspecify.annotations.Nullable;

/** 总览: what is imported, what the audit found, how the totals spread, and how the latest import went. */
final class OverviewPage {
  /** Total-score bands, as the grade bands of most provinces cut them. */
  private static final int[] BANDS = {60, 70, 80, 90, 95};

  record View(int reports, long rows, int findings, List<Bar> byProvince, List<Bar> byLevel, List<Bar> byYear,
      List<Bar> byGrade, List<Bar> byKind, List<Bar> bySeverity, List<Bar> byCheck, List<Bar> totals,
      @Nullable LastRun lastRun, List<String> unreadable) {}

  /** The newest {@code DATA/runs/*.jsonl}: files by outcome, failures by reason, the first failures named. */
  record LastRun(String manifest, int files, List<Bar> byOutcome, List<Bar> failedByReason, List<Failure> failures) {}

  record Failure(String path, String reason, String message) {}

  private static final int FAILURES_SHOWN = 20;

  private OverviewPage() {}

  static View build(DataView data) throws IOException {
    Catalog catalog = data.catalog();
    ReportSearcher searcher = data.searcher();
    IndexStats stats = searcher == null ? new IndexStats(0, 0, Map.of()) : searcher.stats();
    List<Finding> all = catalog.entries().stream().flatMap(e -> e.findings().stream()).toList();
    List<Bar> bySeverity = new ArrayList<>();
    Catalog.count(all.stream().map(Finding::severity).toList()).entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> bySeverity.add(new Bar(Labels.severity(e.getKey()), e.getValue(),
            "/findings?severity=" + e.getKey().name().toLowerCase(java.util.Locale.ROOT))));
    List<Bar> byCheck = new ArrayList<>();
    Catalog.count(all.stream().filter(f -> f.severity() != Severity.INFO).map(Finding::check).toList())
        .forEach((c, n) -> byCheck.add(new Bar(Labels.check(c), n, "/findings?check=" + c.jsonName())));
    return new View(catalog.size(), stats.rows(), all.size(),
        facet(stats, Facet.PROVINCE, "province", v -> v), facet(stats, Facet.LEVEL, "level", OverviewPage::level),
        years(stats), facet(stats, Facet.GRADE, "grade", v -> v), facet(stats, Facet.KIND, "kind", OverviewPage::kind),
        bySeverity, byCheck, totals(catalog), lastRun(data.data()), catalog.unreadable());
  }

  private static List<Bar> facet(IndexStats stats, Facet f, String param, java.util.function.UnaryOperator<String> label) {
    List<Bar> out = new ArrayList<>();
    for (FacetCount c : stats.reportFacets().getOrDefault(f, List.of())) {
      out.add(new Bar(label.apply(c.value()), c.count(), "/search?scope=reports&" + param + "=" + Params.enc(c.value())));
    }
    return out;
  }

  /** Years in order, not by count: a chart over time. */
  private static List<Bar> years(IndexStats stats) {
    return facet(stats, Facet.YEAR, "year", v -> v).stream().sorted(java.util.Comparator.comparing(Bar::label)).toList();
  }

  static String level(String name) {
    try {
      return Labels.level(AdminLevel.valueOf(name));
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  static String kind(String name) {
    try {
      return Labels.kind(ReportKind.valueOf(name));
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  private static List<Bar> totals(Catalog catalog) {
    long[] counts = new long[BANDS.length + 2];
    for (Catalog.Entry e : catalog.entries()) {
      BigDecimal t = e.report().totalScore();
      if (t == null) {
        counts[counts.length - 1]++;
        continue;
      }
      int band = 0;
      while (band < BANDS.length && t.doubleValue() >= BANDS[band]) {
        band++;
      }
      counts[band]++;
    }
    List<Bar> out = new ArrayList<>();
    for (int b = 0; b <= BANDS.length; b++) {
      String label = b == 0 ? "<" + BANDS[0] : b == BANDS.length ? "≥" + BANDS[b - 1] : BANDS[b - 1] + "–" + BANDS[b];
      Double min = b == 0 ? null : (double) BANDS[b - 1];
      Double max = b == BANDS.length ? null : BANDS[b] - 0.001;
      out.add(new Bar(label, counts[b], "/search?scope=reports" + (min == null ? "" : "&minTotal=" + BANDS[b - 1])
          + (max == null ? "" : "&maxTotal=" + max)));
    }
    out.add(new Bar("无总分", counts[counts.length - 1], null));
    return out;
  }

  private static @Nullable LastRun lastRun(Path data) throws IOException {
    Path runs = data.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return null;
    }
    Path newest;
    try (Stream<Path> s = Files.list(runs)) {
      newest = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).max(java.util.Comparator.naturalOrder()).orElse(null);
    }
    if (newest == null) {
      return null;
    }
    List<String> outcomes = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(newest, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = Json.mapper().readTree(line);
        } catch (IOException e) {
          continue; // a line cut by a killed run
        }
        String outcome = n.path("outcome").asText("?");
        outcomes.add(outcome);
        if (n.hasNonNull("reason")) {
          reasons.add(n.get("reason").asText());
          if (failures.size() < FAILURES_SHOWN) {
            failures.add(new Failure(n.path("path").asText(), n.get("reason").asText(), n.path("message").asText("")));
          }
        }
      }
    }
    List<Bar> byOutcome = new ArrayList<>();
    Catalog.count(outcomes).forEach((o, c) -> byOutcome.add(new Bar(outcome(o), c, null)));
    List<Bar> byReason = new ArrayList<>();
    Catalog.count(reasons).forEach((r, c) -> byReason.add(new Bar(r, c, null)));
    return new LastRun(newest.getFileName().toString(), outcomes.size(), byOutcome, byReason, failures);
  }

  private static String outcome(String o) {
    return switch (o) {
      case "imported" -> "导入";
      case "unchanged" -> "未变";
      case "duplicate" -> "重复";
      case "not_a_report" -> "非报告";
      case "failed" -> "失败";
      default -> o;
    };
  }
}
