package org.jixiao.app.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.ReportSearcher;
import org.jixiao.search.ReportSearch;
import org.jixiao.search.ReportSink;
import org.jixiao.solrclient.SolrReportSearcher;
import org.jixiao.solrclient.SolrReportWriter;
import org.jixiao.solrclient.SolrTarget;
import org.jspecify.annotations.Nullable;

/**
 * 索引后端: where the verbs index and search — the embedded index in a directory (the default, nothing to install),
 * or a SolrCloud collection ({@code --solr ZK_HOSTS|URL --collection NAME}). Import, index, search, compare, stats,
 * findings and the web page open it here and see only {@link ReportSink} and {@link ReportSearch}.
 */
public record Backend(Path index, @Nullable SolrTarget solr) {
  /** The embedded index in {@code dir}. */
  public static Backend embedded(Path dir) {
    return new Backend(dir, null);
  }

  public boolean isSolr() {
    return solr != null;
  }

  /** Where reports go, for messages: the index directory, or the collection and its cluster. */
  public String describe() {
    return solr == null ? index.toString() : solr.describe();
  }

  /** For writing: the embedded index (created if missing), or the collection (which must exist). */
  public ReportSink openSink() throws IOException {
    return solr == null ? ReportIndex.open(index) : SolrReportWriter.open(solr);
  }

  /** For reading, with a message naming the directory when there is no index, or the cluster and why not. */
  public ReportSearch openSearch() throws IOException {
    if (solr != null) {
      return SolrReportSearcher.open(solr);
    }
    if (!Files.isDirectory(index)) {
      throw new IOException("no index at " + index + " (add reports with: jixiao index FILE.json...)");
    }
    try {
      return ReportSearcher.open(index);
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      throw new IOException("no index at " + index + " (add reports with: jixiao index FILE.json...)", e);
    }
  }
}
