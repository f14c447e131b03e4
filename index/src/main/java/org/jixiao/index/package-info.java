/**
 * The embedded search index: every report, and every 三级指标 row of it, as Lucene documents in one
 * index directory; full-text search with filters, numeric ranges, facets and highlighted snippets,
 * and the cross-department comparison of one indicator, behind {@code org.jixiao.search}'s
 * interfaces (a SolrCloud collection is the other backend). Imports schema, text, search, Lucene and
 * HanLP; never ingest, extract, the Solr client or a spreadsheet library (exports live in {@code
 * app.export}).
 */
@NullMarked
package org.jixiao.index;

import org.jspecify.annotations.NullMarked;
