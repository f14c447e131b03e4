/**
 * 检索接口: what the CLI and the web page ask of an index of reports — requests, results, filters, facets, findings —
 * and the two interfaces a backend implements ({@link org.jixiao.search.ReportSearch} to read, {@link
 * org.jixiao.search.ReportSink} to write). No Lucene and no Solr: the embedded index (Lucene 10) and the SolrCloud
 * client (Lucene-free, beside Solr's Lucene 9 in the cluster test) both build on it. Imports schema only.
 */
@NullMarked
package org.jixiao.search;

import org.jspecify.annotations.NullMarked;
