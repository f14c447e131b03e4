package org.jixiao.solrclient;

import static org.jixiao.solrclient.SolrFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.jixiao.search.Filters;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.ComparisonRow;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.search.compare.IndicatorComparison.Match;
import org.jixiao.text.name.IndicatorKeys;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * 指标对比 on a collection, in the embedded index's three steps ({@link IndicatorComparison}): the canonical key,
 * then the name, each as the key the writer indexed ({@link Names#key}), then the text, each report's best row. The
 * rows of a key are read whole with a cursor, so a comparison across every report is read in bounded pages.
 */
final class SolrComparisons {
  private static final int TEXT_CANDIDATES = 5000;
  private static final int PAGE = 1000;
  private static final String[] FIELDS = {REPORT_ID, DEPARTMENT, PROVINCE, ADMIN_LEVEL, FISCAL_YEAR, LEVEL3, TARGET,
      ACTUAL, WEIGHT, ROW_SCORE, SCORE_RATE, TARGET_MAGNITUDE, ACTUAL_MAGNITUDE};

  /** A query to the collection. */
  interface Queries {
    QueryResponse query(String what, SolrQuery q) throws IOException;
  }

  private final Queries solr;

  SolrComparisons(Queries solr) {
    this.solr = solr;
  }

  IndicatorComparison run(String indicator, Filters filters) throws IOException {
    if (indicator.isBlank()) {
      throw new IllegalArgumentException("name an indicator to compare");
    }
    IndicatorKeys keys = IndicatorKeys.load();
    String canonical = keys.keyOf(indicator);
    String key = keys.isCanonical(canonical) ? canonical : null;
    List<ComparisonRow> rows = key == null ? List.of() : exact(key, filters);
    if (rows.isEmpty()) {
      key = null;
      rows = exact(indicator, filters);
    }
    Match match = Match.KEY;
    if (rows.isEmpty()) {
      match = Match.TEXT;
      rows = bestPerReport(indicator, filters);
    }
    List<ComparisonRow> sorted = new ArrayList<>(rows);
    ComparisonField.sort(sorted, false, ComparisonField.YEAR, ComparisonField.DEPARTMENT);
    return new IndicatorComparison(indicator, key, match, sorted);
  }

  /** The rows whose canonical key or name key is {@code name}'s key, in report and row order. */
  private List<ComparisonRow> exact(String name, Filters filters) throws IOException {
    String key = Names.key(name);
    String k = SolrQueries.quoted(key); // a string field: the quoted value is the one term
    SolrQuery q = new SolrQuery(CANONICAL_KEY + ":" + k + " OR " + NAME_KEY + ":" + k).setParam("defType", "lucene");
    rowFilters(q, filters);
    q.setFields(FIELDS).setRows(PAGE).addSort(REPORT_ID, SolrQuery.ORDER.asc).addSort(ROW_INDEX, SolrQuery.ORDER.asc)
        .addSort(ID, SolrQuery.ORDER.asc);
    List<ComparisonRow> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = solr.query("对比", q);
      r.getResults().forEach(d -> out.add(row(d)));
      if (cursor.equals(r.getNextCursorMark())) {
        return out;
      }
      cursor = r.getNextCursorMark();
    }
  }

  /** No exact match: the text's best row of each report, by relevance. */
  private List<ComparisonRow> bestPerReport(String indicator, Filters filters) throws IOException {
    SolrQuery q = new SolrQuery();
    SolrQueries.allWords(q, indicator);
    rowFilters(q, filters);
    q.setFields(FIELDS).setRows(TEXT_CANDIDATES);
    Set<String> seen = new HashSet<>();
    List<ComparisonRow> out = new ArrayList<>();
    for (SolrDocument d : solr.query("对比", q).getResults()) {
      if (seen.add(SolrReportSearcher.text(d, REPORT_ID))) {
        out.add(row(d));
      }
    }
    return out;
  }

  private static void rowFilters(SolrQuery q, Filters filters) {
    SolrQueries.filters(q, org.jixiao.search.Scope.INDICATORS, filters);
  }

  private static ComparisonRow row(SolrDocument d) {
    String name = SolrReportSearcher.text(d, LEVEL3);
    return new ComparisonRow(String.valueOf(SolrReportSearcher.text(d, REPORT_ID)), text(d, DEPARTMENT),
        text(d, PROVINCE), text(d, ADMIN_LEVEL), SolrReportSearcher.integer(d, FISCAL_YEAR), name == null ? "" : name,
        text(d, TARGET), text(d, ACTUAL), SolrReportSearcher.decimal(d, WEIGHT),
        SolrReportSearcher.decimal(d, ROW_SCORE), SolrReportSearcher.decimal(d, SCORE_RATE),
        SolrReportSearcher.decimal(d, TARGET_MAGNITUDE), SolrReportSearcher.decimal(d, ACTUAL_MAGNITUDE));
  }

  private static @Nullable String text(SolrDocument d, String field) {
    return SolrReportSearcher.text(d, field);
  }
}
