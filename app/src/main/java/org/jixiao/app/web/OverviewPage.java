package org.jixiao.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.audit.Labels;
import org.jixiao.search.Facet;
import org.jixiao.search.FacetCount;
import org.jixiao.search.FindingQuery;
import org.jixiao.search.FindingResults;
import org.jixiao.search.Filters;
import org.jixiao.search.IndexStats;
import org.jixiao.search.Range;
import org.jixiao.search.ReportSearch;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.CheckId;
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
      @Nullable LastRun lastRun) {}

  /** The newest {@code DATA/runs/*.jsonl}: files by outcome, failures by reason, the first failures named. */
  record LastRun(String manifest, int files, List<Bar> byOutcome, List<Bar> failedByReason, List<Failure> failures) {}

  record Failure(String path, String reason, String message) {}

  private static final int FAILURES_SHOWN = 20;

  private OverviewPage() {}

  static View build(DataView data) throws IOException {
    ReportSearch searcher = data.searcher();
    IndexStats stats = searcher == null ? new IndexStats(0, 0, Map.of()) : searcher.stats();
    FindingResults all = searcher == null ? new FindingResults(0, List.of(), Map.of(), Map.of())
        : searcher.findings(FindingQuery.all());
    List<Bar> bySeverity = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = all.bySeverity().getOrDefault(s.name(), 0L);
      if (n > 0) {
        bySeverity.add(new Bar(Labels.severity(s), n, "/findings?severity=" + s.name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    FindingResults serious = searcher == null ? all
        : searcher.findings(new FindingQuery(Severity.WARNING, null, null, null, null, 0, 0));
    List<Bar> byCheck = new ArrayList<>();
    serious.byCheck().forEach((c, n) -> byCheck.add(new Bar(check(c), n, "/findings?check=" + c)));
    return new View((int) stats.reports(), stats.rows(), (int) all.total(),
        facet(stats, Facet.PROVINCE, "province", v -> v), facet(stats, Facet.LEVEL, "level", OverviewPage::level),
        years(stats), facet(stats, Facet.GRADE, "grade", v -> v), facet(stats, Facet.KIND, "kind", OverviewPage::kind),
        bySeverity, byCheck, totals(searcher, stats.reports()), lastRun(data.data()));
  }

  private static String check(String jsonName) {
    for (CheckId c : CheckId.values()) {
      if (c.jsonName().equals(jsonName)) {
        return Labels.check(c);
      }
    }
    return jsonName;
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

  /** Reports per total-score band, counted by the index (a range query per band). */
  private static List<Bar> totals(@Nullable ReportSearch searcher, long reports) throws IOException {
    List<Bar> out = new ArrayList<>();
    long banded = 0;
    for (int b = 0; b <= BANDS.length; b++) {
      String label = b == 0 ? "<" + BANDS[0] : b == BANDS.length ? "≥" + BANDS[b - 1] : BANDS[b - 1] + "–" + BANDS[b];
      Double min = b == 0 ? null : (double) BANDS[b - 1];
      Double max = b == BANDS.length ? null : Math.nextDown((double) BANDS[b]);
      long n = searcher == null ? 0 : searcher.countReports(Filters.none().withTotalScore(new Range(min, max)));
      banded += n;
      out.add(new Bar(label, n, "/search?scope=reports" + (min == null ? "" : "&minTotal=" + BANDS[b - 1])
          + (max == null ? "" : "&maxTotal=" + max)));
    }
    out.add(new Bar("无总分", reports - banded, null));
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
    count(outcomes).forEach((o, c) -> byOutcome.add(new Bar(outcome(o), c, null)));
    List<Bar> byReason = new ArrayList<>();
    count(reasons).forEach((r, c) -> byReason.add(new Bar(r, c, null)));
    return new LastRun(newest.getFileName().toString(), outcomes.size(), byOutcome, byReason, failures);
  }

  /** Counts of each key, most frequent first. */
  static <K> Map<K, Long> count(List<K> keys) {
    Map<K, Long> out = new java.util.HashMap<>();
    keys.forEach(k -> out.merge(k, 1L, Long::sum));
    Map<K, Long> sorted = new java.util.LinkedHashMap<>();
    out.entrySet().stream().sorted(Map.Entry.<K, Long>comparingByValue().reversed())
        .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
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
