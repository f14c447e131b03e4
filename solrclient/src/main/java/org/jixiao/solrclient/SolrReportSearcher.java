package org.jixiao.solrclient;

import static org.jixiao.solrclient.SolrFields.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Json;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import org.jixiao.search.Facet;
import org.jixiao.search.FacetCount;
import org.jixiao.search.FilterField;
import org.jixiao.search.Filters;
import org.jixiao.search.FindingHit;
import org.jixiao.search.FindingQuery;
import org.jixiao.search.FindingResults;
import org.jixiao.search.IndexStats;
import org.jixiao.search.ReportSearch;
import org.jixiao.search.Scope;
import org.jixiao.search.SearchHit;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchResult;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.search.syntax.QueryText;
import org.jspecify.annotations.Nullable;

/**
 * 检索（SolrCloud）: search, stats, findings and comparison answered by a collection the way the embedded index
 * answers them, in the same types. What differs: relevance is Solr's (BM25 per shard), so hits of equal standing may
 * come in another order, and a facet with no value among the matches is listed empty where the embedded index, which
 * knows it has no value at all, leaves it out. Thread-safe (SolrJ's clients are).
 */
public final class SolrReportSearcher implements ReportSearch {
  /** Each facet's field; facets count the matching documents (reports, or rows), as the embedded index counts them. */
  private static final Map<Facet, String> FACETS = new EnumMap<>(Map.of(Facet.PROVINCE, PROVINCE, Facet.LEVEL,
      ADMIN_LEVEL, Facet.YEAR, FISCAL_YEAR, Facet.GRADE, GRADE, Facet.KIND, REPORT_KIND, Facet.LEVEL1, LEVEL1));
  private static final String[] HIT_FIELDS = {ID, REPORT_ID, SOURCE_FILE, DEPARTMENT, PROVINCE, ADMIN_LEVEL, FISCAL_YEAR,
      REPORT_KIND, GRADE, TOTAL_SCORE, ROW_INDEX, LEVEL1, LEVEL2, LEVEL3, TARGET, ACTUAL, WEIGHT, ROW_SCORE, RELEVANCE};

  private final SolrClient client;
  private final SolrTarget target;
  private final Retry retry;

  public SolrReportSearcher(SolrClient client, SolrTarget target, Retry retry) {
    this.client = client;
    this.target = target;
    this.retry = retry;
  }

  /** Connects to the target (its collection must exist). */
  public static SolrReportSearcher open(SolrTarget target) throws IOException {
    return new SolrReportSearcher(target.connect(), target, Retry.standard());
  }

  public SolrTarget target() {
    return target;
  }

  @Override
  public long reportCount() throws IOException {
    return count(REPORT, Filters.none());
  }

  @Override
  public long rowCount() throws IOException {
    return count(ROW, Filters.none());
  }

  @Override
  public long countReports(Filters filters) throws IOException {
    return count(REPORT, filters);
  }

  private long count(String type, Filters filters) throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0).addFilterQuery(TYPE + ":" + type);
    SolrQueries.identity(q, filters);
    return query("统计", q).getResults().getNumFound();
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    SolrQuery q = new SolrQuery();
    QueryText.Parsed parsed = SolrQueries.text(q, request.query(), request.scope());
    SolrQueries.filters(q, request.scope(), request.filters());
    SolrQueries.sort(q, request.sort(), request.descending());
    q.setStart(request.offset()).setRows(request.limit()).setFields(HIT_FIELDS);
    if (request.facets()) {
      facets(q);
    }
    boolean rows = request.scope() == Scope.INDICATORS;
    if (request.highlight() && !parsed.words().isEmpty()) {
      highlight(q, rows ? NAME_BI : LINES, parsed.words());
    }
    QueryResponse r = query("检索", q);
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      hits.add(hit(request.scope(), d, snippet(r, d)));
    }
    return new SearchResult(r.getResults().getNumFound(), true, hits,
        request.facets() ? facets(r) : Map.of(), parsed.problem());
  }

  /**
   * The unified highlighter on the stored text the embedded index highlights, a passage a line (separator breaks,
   * each at least one character: 0 would make the whole text one passage).
   */
  private static void highlight(SolrQuery q, String field, List<String> words) {
    q.setHighlight(true).setParam("hl.method", "unified").setParam("hl.fl", field)
        .setParam("hl.q", String.join(" OR ", words.stream().map(w -> field + ":\"" + w.replace("\\", "\\\\")
            .replace("\"", "\\\"") + "\"").toList()))
        .setParam("hl.qparser", "lucene").setParam("hl.requireFieldMatch", "true")
        .setParam("hl.tag.pre", "«").setParam("hl.tag.post", "»").setParam("hl.snippets", "1")
        .setParam("hl.bs.type", "SEPARATOR").setParam("hl.bs.separator", "\n").setParam("hl.fragsize", "1")
        .setParam("hl.defaultSummary", "false");
  }

  private static @Nullable String snippet(QueryResponse r, SolrDocument d) {
    if (r.getHighlighting() == null) {
      return null;
    }
    Map<String, List<String>> byField = r.getHighlighting().get((String) d.getFieldValue(ID));
    if (byField == null) {
      return null;
    }
    return byField.values().stream().flatMap(List::stream).findFirst().map(s -> s.strip().replace("»«", ""))
        .orElse(null);
  }

  private static SearchHit hit(Scope kind, SolrDocument d, @Nullable String snippet) {
    boolean row = kind == Scope.INDICATORS;
    String level3 = row ? text(d, LEVEL3) : null;
    return new SearchHit(kind, relevance(d), text(d, REPORT_ID), text(d, SOURCE_FILE), text(d, DEPARTMENT),
        text(d, PROVINCE), text(d, ADMIN_LEVEL), integer(d, FISCAL_YEAR), text(d, REPORT_KIND), text(d, GRADE),
        decimal(d, TOTAL_SCORE), row ? rowIndex(d) : -1, row ? text(d, LEVEL1) : null,
        text(d, LEVEL2), level3, text(d, TARGET), text(d, ACTUAL), decimal(d, WEIGHT), decimal(d, ROW_SCORE),
        snippet != null ? snippet : row ? level3 : text(d, DEPARTMENT));
  }

  @Override
  public IndexStats stats() throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0).addFilterQuery(TYPE + ":" + REPORT);
    facets(q);
    QueryResponse r = query("统计", q);
    return new IndexStats(r.getResults().getNumFound(), rowCount(), facets(r));
  }

  private static void facets(SolrQuery q) {
    q.setFacet(true).setFacetMinCount(1).setFacetLimit(-1);
    FACETS.values().forEach(q::addFacetField);
  }

  /** Counts by descending count, then value, as the embedded index orders them. */
  private static Map<Facet, List<FacetCount>> facets(QueryResponse r) {
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    FACETS.forEach((facet, field) -> {
      FacetField f = r.getFacetField(field);
      List<FacetCount> values = new ArrayList<>();
      if (f != null && f.getValues() != null) {
        f.getValues().forEach(c -> values.add(new FacetCount(c.getName(), c.getCount())));
      }
      values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      out.put(facet, values);
    });
    return out;
  }

  @Override
  public List<String> values(FilterField field) throws IOException {
    String name = switch (field) {
      case PROVINCE -> PROVINCE;
      case DEPARTMENT -> DEPARTMENT;
      case GRADE -> GRADE;
    };
    SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(-1)
        .setFacetSort("index").addFacetField(name);
    FacetField f = query("读取筛选值", q).getFacetField(name);
    return f == null || f.getValues() == null ? List.of() : f.getValues().stream().map(FacetField.Count::getName).toList();
  }

  @Override
  public FindingResults findings(FindingQuery fq) throws IOException {
    SolrQuery q = new SolrQuery("*:*").addFilterQuery(TYPE + ":" + FINDING);
    List<String> severities = new ArrayList<>();
    for (Severity s : Severity.values()) {
      if (s.compareTo(fq.least()) <= 0) {
        severities.add(s.name());
      }
    }
    q.addFilterQuery(SEVERITY + ":(" + String.join(" OR ", severities) + ")");
    SolrQueries.term(q, CHECK, fq.check() == null ? null : fq.check().jsonName());
    SolrQueries.term(q, PROVINCE, fq.province());
    SolrQueries.term(q, DEPARTMENT, fq.department());
    if (fq.fiscalYear() != null) {
      q.addFilterQuery(FISCAL_YEAR + ":" + fq.fiscalYear());
    }
    q.addSort(SEVERITY_RANK, SolrQuery.ORDER.asc).addSort(REPORT_ID, SolrQuery.ORDER.asc)
        .addSort(FINDING_ORDER, SolrQuery.ORDER.asc);
    q.setStart(fq.offset()).setRows(fq.limit()).setFields(REPORT_ID, DEPARTMENT, PROVINCE, FISCAL_YEAR, FINDING_JSON);
    // most first, ties by value (Solr's default for an unlimited facet is by value)
    q.setFacet(true).setFacetMinCount(1).setFacetLimit(-1).setFacetSort("count").addFacetField(SEVERITY, CHECK);
    q.setParam("defType", "lucene");
    QueryResponse r = query("读取问题", q);
    List<FindingHit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      hits.add(new FindingHit(text(d, REPORT_ID), text(d, DEPARTMENT), text(d, PROVINCE), integer(d, FISCAL_YEAR),
          Json.read(text(d, FINDING_JSON), Finding.class)));
    }
    return new FindingResults(r.getResults().getNumFound(), hits, counts(r, SEVERITY), counts(r, CHECK));
  }

  @Override
  public @Nullable StoredReport storedEntry(String reportId) throws IOException {
    SolrQuery q = new SolrQuery("*:*").addFilterQuery(TYPE + ":" + REPORT)
        .addFilterQuery(ID + ":" + ClientUtils.escapeQueryChars(reportId)).setRows(1).setFields(STORED_JSON);
    SolrDocumentList found = query("读取报告 " + reportId, q).getResults();
    String json = found.isEmpty() ? null : text(found.getFirst(), STORED_JSON);
    // a report sent by index from bare report JSON, or before entries were kept, has none
    return json == null ? null : Json.read(json, StoredReport.class);
  }

  /** A facet's counts, most first (Solr's count order: ties by value, as the embedded index orders them). */
  private static Map<String, Long> counts(QueryResponse r, String field) {
    Map<String, Long> out = new LinkedHashMap<>();
    FacetField f = r.getFacetField(field);
    if (f != null && f.getValues() != null) {
      f.getValues().forEach(c -> out.put(c.getName(), c.getCount()));
    }
    return out;
  }

  @Override
  public IndicatorComparison compare(String indicator, Filters filters) throws IOException {
    return new SolrComparisons(this::query).run(indicator, filters);
  }

  /** The whole comparison, then the page: Solr cannot order rows by 拼音, the comparison's department order. */
  @Override
  public IndicatorComparison.Page compare(String indicator, Filters filters, @Nullable ComparisonField sort,
      boolean descending, int offset, int limit) throws IOException {
    return compare(indicator, filters).page(sort, descending, offset, limit);
  }

  /** One query to the collection, with retries; lucene syntax unless the query set another parser. */
  QueryResponse query(String what, SolrQuery q) throws IOException {
    if (q.get("defType") == null) {
      q.setParam("defType", "lucene");
    }
    return retry.run(what + "（" + target.describe() + "）", () -> client.query(target.collection(), q));
  }

  static @Nullable String text(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static int rowIndex(SolrDocument d) {
    Integer i = integer(d, ROW_INDEX);
    return i == null ? -1 : i;
  }

  static @Nullable Integer integer(SolrDocument d, String field) {
    return d.getFirstValue(field) instanceof Number n ? n.intValue() : null;
  }

  /** A stored double as the shortest decimal that reads back as it (BigDecimal.valueOf), as the embedded index does. */
  static @Nullable BigDecimal decimal(SolrDocument d, String field) {
    return d.getFirstValue(field) instanceof Number n ? BigDecimal.valueOf(n.doubleValue()) : null;
  }

  private static float relevance(SolrDocument d) {
    return d.getFieldValue(RELEVANCE) instanceof Number n ? n.floatValue() : 0f;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
