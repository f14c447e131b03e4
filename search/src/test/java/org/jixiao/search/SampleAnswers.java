package org.jixiao.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.ComparisonRow;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.text.name.IndicatorKeys;
import org.jixiao.text.number.ValueParser;

/**
 * 标准答案: the questions every backend must answer alike over the samples (the gold reports with their audit
 * findings), and the answers as JSON trees. Recorded from the embedded index into {@code sample-answers.json}
 * (index's {@code SampleAnswersTest}, {@code -Djixiao.answers.update=true}); the SolrCloud test asks a collection
 * the same questions and compares. What a backend may answer otherwise is left out of the trees: relevance and
 * snippets, the order of hits of equal standing (relevance hits as a set, sorted hits as their sort values in
 * order and a set), a facet without values, which row of a report a text comparison takes.
 */
public final class SampleAnswers {
  public static final String RESOURCE = "/org/jixiao/search/sample-answers.json";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final int ALL = 1000;
  /** Up to this many hits are compared field by field; more by report and row only (the file stays readable). */
  private static final int DETAILED = 60;

  private SampleAnswers() {}

  /** One sample: a gold report and its audit findings. */
  public record Sample(Report report, List<Finding> findings) {}

  /**
   * The gold reports of {@code corpus-samples/gold} with what extraction adds to each row (its canonical key, its
   * target and actual as parsed values), each with what {@code audit} finds in it.
   */
  public static List<Sample> samples(Function<Report, List<Finding>> audit) throws IOException {
    Path dir = Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
    List<Sample> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        Report r = extracted(Json.read(p, Report.class));
        out.add(new Sample(r, audit.apply(r)));
      }
    }
    if (out.size() < 5) {
      throw new IllegalStateException("gold reports missing under " + dir);
    }
    return out;
  }

  private static Report extracted(Report r) {
    IndicatorKeys keys = IndicatorKeys.load();
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorRow x : r.indicators()) {
      rows.add(new IndicatorRow(x.goal(), x.code(), x.level1(), x.level2(), x.level3(), x.target(), x.actual(),
          x.weight(), x.score(), ValueParser.parse(x.target()), ValueParser.parse(x.actual()), x.rule(),
          x.deviationReason(), keys.keyOf(x.level3()), x.source(), x.method(), x.sources(), x.alternates()));
    }
    return new Report(r.sourceFile(), r.department(), r.fiscalYear(), r.adminLevel(), r.province(), r.reportKind(),
        r.evaluator(), r.totalScore(), r.maxScore(), r.grade(), r.budget(), r.sections(), rows, r.title(),
        r.publicationDate(), r.fileSha256(), r.format(), r.evidence(), r.diagnostics(), r.project(),
        r.implementingUnit(), r.part());
  }

  /** A question to a backend, its answer as a tree. */
  @FunctionalInterface
  interface Ask {
    JsonNode on(ReportSearch s) throws IOException;
  }

  private record Question(String name, Ask ask) {}

  private static List<Question> questions() {
    List<Question> q = new ArrayList<>();
    q.add(new Question("stats", s -> stats(s.stats())));
    for (FilterField f : FilterField.values()) {
      q.add(new Question("values " + f, s -> strings(s.values(f))));
    }
    for (String text : List.of("政府采购", "执行率", "满意度 | 满意率", "预算执行率 -基本支出", "执行*", "\"政府 采购\"", "-满意",
        "(产出 | 效益) 指标", "AND 质量 OR 时效", "的", "政府采购 (", "*", "，")) {
      q.add(new Question("rows " + text, s -> hits(s.search(request(text, Scope.INDICATORS, true)))));
    }
    for (String text : List.of("政府采购", "大数据", "政务服务 满意", "执行*", "-政府采购", "NOT 采购 NOT 满意")) {
      q.add(new Question("reports " + text, s -> hits(s.search(request(text, Scope.REPORTS, true)))));
    }
    Filters jiangsu = Filters.none().withProvince("江苏省");
    q.add(new Question("rows of 江苏省", s -> hits(s.search(request(null, Scope.INDICATORS, false).withFilters(jiangsu)))));
    Filters county = Filters.none().withFiscalYear(2022).withAdminLevel(AdminLevel.COUNTY);
    q.add(new Question("rows 预算, county 2022", s -> hits(s.search(request("预算", Scope.INDICATORS, true).withFilters(county)))));
    Filters good = Filters.none().withScoreRate(Range.atLeast(0.9));
    q.add(new Question("rows by score, rate ≥ 0.9", s -> sorted(s.search(request(null, Scope.INDICATORS, false)
        .withFilters(good).sortedBy(SortKey.SCORE, true)), h -> decimal(h.score()))));
    q.add(new Question("reports by total", s -> sorted(s.search(request(null, Scope.REPORTS, true)
        .sortedBy(SortKey.TOTAL_SCORE, true)), h -> decimal(h.totalScore()))));
    q.add(new Question("reports by department, page 2", s -> sorted(s.search(request(null, Scope.REPORTS, false)
        .sortedBy(SortKey.DEPARTMENT, false).withLimit(2).withOffset(2)), SearchHit::department)));
    q.add(new Question("count all", s -> F.numberNode(s.countReports(Filters.none()))));
    q.add(new Question("count total ≥ 90", s -> F.numberNode(s.countReports(Filters.none().withTotalScore(Range.atLeast(90))))));
    q.add(new Question("count execution 90–100", s -> F.numberNode(s.countReports(
        Filters.none().withExecutionRate(Range.between(90, 100))))));
    q.add(new Question("findings", s -> findings(s.findings(new FindingQuery(Severity.INFO, null, null, null, null, 0, ALL)))));
    q.add(new Question("findings warning+", s -> findings(s.findings(new FindingQuery(Severity.WARNING, null, null, null, null, 0, ALL)))));
    q.add(new Question("findings page", s -> findings(s.findings(new FindingQuery(Severity.INFO, null, null, null, null, 1, 3)))));
    q.add(new Question("findings counts", s -> findings(s.findings(FindingQuery.all()))));
    q.add(new Question("findings of a check", s -> findings(s.findings(new FindingQuery(Severity.INFO, CheckId.TOTAL_SCORE,
        null, null, null, 0, ALL)))));
    q.add(new Question("findings of 江苏省 2022", s -> findings(s.findings(new FindingQuery(Severity.INFO, null, "江苏省",
        2022, null, 0, ALL)))));
    for (String indicator : List.of("预算执行率", "部门预算执行率", "政府采购执行率", "群众满意度", "“南昌赣通码”平台正常运转率",
        "南昌赣通码 平台正常运转率", "满意", "社会效益")) {
      q.add(new Question("compare " + indicator, s -> comparison(s.compare(indicator, Filters.none()))));
    }
    q.add(new Question("compare 预算执行率 in 2022", s -> comparison(s.compare("预算执行率", Filters.none().withFiscalYear(2022)))));
    q.add(new Question("compare page by score", s -> page(s.compare("预算执行率", Filters.none(), ComparisonField.SCORE,
        true, 0, 3))));
    return q;
  }

  private static SearchRequest request(String text, Scope scope, boolean facets) {
    return new SearchRequest(text, scope, Filters.none(), ALL, facets, false);
  }

  /** Every question's answer from this backend, by question. */
  public static ObjectNode answers(ReportSearch s) throws IOException {
    ObjectNode out = F.objectNode();
    for (Question q : questions()) {
      try {
        out.set(q.name(), q.ask().on(s));
      } catch (RuntimeException e) {
        out.put(q.name(), "error: " + e);
      }
    }
    return (ObjectNode) Json.mapper().readTree(Json.write(out)); // as read back from the file: 5 is 5, int or long
  }

  /** The answers recorded from the embedded index. */
  public static JsonNode recorded() throws IOException {
    try (InputStream in = SampleAnswers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the class path: record it (index's SampleAnswersTest)");
      }
      return Json.mapper().readTree(in);
    }
  }

  /** One line per part of an answer given otherwise than expected (none: the same answers). */
  public static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("", expected, actual, out);
    return out;
  }

  private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected.isObject() && actual != null && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        JsonNode e = expected.get(n);
        JsonNode a = actual.get(n);
        if (e == null || a == null) {
          out.add(at + "/" + n + ": expected " + e + ", got " + a);
        } else {
          diff(at + "/" + n, e, a, out);
        }
      }
    } else if (expected.isArray() && actual != null && actual.isArray()) {
      List<String> e = new ArrayList<>();
      List<String> a = new ArrayList<>();
      expected.forEach(x -> e.add(x.toString()));
      actual.forEach(x -> a.add(x.toString()));
      List<String> missing = new ArrayList<>(e);
      missing.removeAll(a);
      List<String> extra = new ArrayList<>(a);
      extra.removeAll(e);
      out.add(at + ": missing " + missing + ", unexpected " + extra + (missing.isEmpty() && extra.isEmpty()
          ? ", order " + a : ""));
    } else {
      out.add(at + ": expected " + expected + ", got " + actual);
    }
  }

  private static JsonNode stats(IndexStats s) {
    ObjectNode o = F.objectNode();
    o.put("reports", s.reports());
    o.put("rows", s.rows());
    o.set("facets", facets(s.reportFacets()));
    return o;
  }

  private static JsonNode facets(Map<Facet, List<FacetCount>> facets) {
    ObjectNode o = F.objectNode();
    facets.entrySet().stream().filter(e -> !e.getValue().isEmpty()).sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ArrayNode values = o.putArray(e.getKey().name());
      e.getValue().forEach(c -> values.add(c.value() + "=" + c.count()));
    });
    return o;
  }

  /** Hits by relevance: how many, which (a set), the facets, what the parser dropped. */
  private static JsonNode hits(SearchResult r) {
    ObjectNode o = result(r);
    TreeSet<String> ids = new TreeSet<>();
    boolean whole = r.hits().size() <= DETAILED;
    r.hits().forEach(h -> ids.add(whole ? hit(h) : h.reportId() + "|" + h.rowIndex()));
    ArrayNode a = o.putArray("hits");
    ids.forEach(a::add);
    return o;
  }

  /** Sorted hits: the sort values in order, and which hits (a set: ties go by relevance). */
  private static JsonNode sorted(SearchResult r, Function<SearchHit, String> key) {
    ObjectNode o = (ObjectNode) hits(r);
    ArrayNode keys = o.putArray("order");
    r.hits().forEach(h -> keys.add(String.valueOf(key.apply(h))));
    return o;
  }

  private static ObjectNode result(SearchResult r) {
    ObjectNode o = F.objectNode();
    o.put("total", r.totalHits());
    o.set("facets", facets(r.facets()));
    o.put("note", r.queryNote());
    return o;
  }

  /** A hit as its report and row, and what the CLI shows of it. */
  private static String hit(SearchHit h) {
    return String.join("|", h.reportId(), String.valueOf(h.rowIndex()), h.sourceFile(), str(h.department()),
        str(h.province()), str(h.adminLevel()), String.valueOf(h.fiscalYear()), str(h.reportKind()), str(h.grade()),
        decimal(h.totalScore()), str(h.level1()), str(h.level2()), str(h.level3()), str(h.target()), str(h.actual()),
        decimal(h.weight()), decimal(h.score()));
  }

  private static JsonNode findings(FindingResults r) {
    ObjectNode o = F.objectNode();
    o.put("total", r.total());
    o.set("bySeverity", Json.mapper().valueToTree(r.bySeverity()));
    o.set("byCheck", Json.mapper().valueToTree(r.byCheck()));
    ArrayNode hits = o.putArray("hits");
    for (FindingHit h : r.hits()) {
      ObjectNode one = Json.mapper().valueToTree(h);
      hits.add(one);
    }
    // the order of the counts matters too (most first)
    o.put("severityOrder", String.join(",", r.bySeverity().keySet()));
    o.put("checkOrder", String.join(",", r.byCheck().keySet()));
    return o;
  }

  /** A comparison: its key, how it matched and its rows in order; for a text match, which reports. */
  private static JsonNode comparison(IndicatorComparison c) {
    ObjectNode o = F.objectNode();
    o.put("key", c.key());
    o.put("match", c.match().name());
    ArrayNode rows = o.putArray("rows");
    if (c.match() == IndicatorComparison.Match.TEXT) {
      new TreeSet<>(c.rows().stream().map(ComparisonRow::reportId).toList()).forEach(rows::add);
    } else {
      c.rows().forEach(r -> rows.add(row(r)));
    }
    return o;
  }

  private static JsonNode page(IndicatorComparison.Page p) {
    ObjectNode o = (ObjectNode) comparison(p.comparison());
    o.put("total", p.total());
    return o;
  }

  private static String row(ComparisonRow r) {
    return String.join("|", r.reportId(), str(r.department()), str(r.province()), str(r.adminLevel()),
        String.valueOf(r.fiscalYear()), r.indicator(), str(r.target()), str(r.actual()), decimal(r.weight()),
        decimal(r.score()), decimal(r.scoreRate()), decimal(r.targetMagnitude()), decimal(r.actualMagnitude()));
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }

  /** Numerically: 2.50 and 2.5 are one value (the embedded index stores text, Solr doubles). */
  private static String decimal(BigDecimal d) {
    return d == null ? "-" : d.stripTrailingZeros().toPlainString();
  }
}
