package org.jixiao.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.jixiao.schema.StoredReport;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.IndicatorComparison;
import org.jspecify.annotations.Nullable;

/**
 * 检索后端: what search, compare, stats, findings and the web page ask of an index of reports, whichever holds it —
 * the embedded Lucene index ({@code org.jixiao.index.ReportSearcher}) or a SolrCloud collection ({@code
 * org.jixiao.solrclient.SolrReportSearcher}). Both answer with these types, so every output is written once.
 * Thread-safe; close it to release what it holds.
 */
public interface ReportSearch extends Closeable {
  /** Reports held. */
  long reportCount() throws IOException;

  /** Indicator rows held. */
  long rowCount() throws IOException;

  SearchResult search(SearchRequest request) throws IOException;

  /** How many reports the filters keep (exact, however many). */
  long countReports(Filters filters) throws IOException;

  /**
   * 问题: the findings the query keeps, worst first then by report and by their order in it, the page asked for, with
   * counts per severity and per check over all it keeps.
   */
  FindingResults findings(FindingQuery query) throws IOException;

  /** Every distinct value of a filter field, in index (UTF-8 byte) order, for matching what a user typed. */
  List<String> values(FilterField field) throws IOException;

  /** How many reports and rows, and the report counts per facet value. */
  IndexStats stats() throws IOException;

  /** 指标对比: one indicator's rows across departments and years ({@link IndicatorComparison} says how). */
  IndicatorComparison compare(String indicator, Filters filters) throws IOException;

  /**
   * Rows {@code [offset, offset + limit)} of {@link #compare} (sorted by {@code sort} when not null), and how many
   * there are: the web page's page of a comparison.
   */
  IndicatorComparison.Page compare(String indicator, Filters filters, @Nullable ComparisonField sort,
      boolean descending, int offset, int limit) throws IOException;

  /**
   * Import's stored entry of a report, when this backend keeps entries: a shared collection does, so any machine's web
   * page can show any report; the embedded index does not (its entries are the files of its data directory): null.
   */
  default @Nullable StoredReport storedEntry(String reportId) throws IOException {
    return null;
  }
}
