/**
 * jixiao's reports in a SolrCloud collection (issue 15): {@link org.jixiao.solrclient.SolrTarget} (where: ZooKeeper
 * hosts or a URL, and the collection), {@link org.jixiao.solrclient.SolrDocuments} (a report as its block of nested
 * documents), {@link org.jixiao.solrclient.SolrReportWriter} (the {@code ReportSink} import writes to: batches,
 * retries, back-pressure, re-import replaces) and {@link org.jixiao.solrclient.SolrReportSearcher} (the {@code
 * ReportSearch} search, compare, stats, findings and the web page read). Imports schema, text, search and SolrJ;
 * never index (Lucene 10 must not meet Solr's Lucene 9) nor SolrJ's Jetty client (the web server's Jetty 12).
 */
@NullMarked
package org.jixiao.solrclient;

import org.jspecify.annotations.NullMarked;
