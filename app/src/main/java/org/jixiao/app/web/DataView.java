package org.jixiao.app.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.index.ReportSearcher;
import org.jixiao.search.ReportSearch;
import org.jixiao.schema.StoredReport;
import org.jixiao.solrclient.SolrReportSearcher;
import org.jixiao.solrclient.SolrTarget;
import org.jspecify.annotations.Nullable;

/**
 * The data directory as the pages see it: a searcher over the last commit of the index (reports, rows and findings),
 * reopened when an import (this server's or a CLI's) committed, checked at most once a second, so a page never reads
 * a half-written state and never pays for a refresh it does not need. Over a SolrCloud collection ({@code serve
 * --solr}) the searcher is the collection's, always current; the comparisons made are forgotten every {@value
 * #SOLR_FORGET_SECONDS} seconds, as other machines may import meanwhile.
 */
final class DataView implements Closeable {
  private static final long CHECK_EVERY_NANOS = 1_000_000_000L;
  static final long SOLR_FORGET_SECONDS = 10;

  private final Path data;
  private final @Nullable SolrTarget solr;
  private @Nullable ReportSearch searcher;
  private @Nullable ReportSearch retired;
  private @Nullable String commitSeen;
  private long checkedAt;
  /** The last comparisons asked, by their query: paging through one, or coming back to it, costs nothing. */
  private final java.util.Map<String, IndicatorComparison> comparisons = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, IndicatorComparison> eldest) {
      return size() > 16;
    }
  };

  /** The last pages of comparisons asked, by their query with its page. */
  private final java.util.Map<String, IndicatorComparison.Page> pages = new java.util.LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, IndicatorComparison.Page> eldest) {
      return size() > 64;
    }
  };

  DataView(Path data) {
    this(data, null);
  }

  DataView(Path data, @Nullable SolrTarget solr) {
    this(data, solr, SolrReportSearcher::open);
  }

  /** Opens the collection's searcher: SolrJ's, or a test's stand-in. */
  interface Opener {
    ReportSearch open(SolrTarget target) throws IOException;
  }

  private final Opener opener;

  DataView(Path data, @Nullable SolrTarget solr, Opener opener) {
    this.data = data;
    this.solr = solr;
    this.opener = opener;
  }

  Path data() {
    return data;
  }

  /** The searcher over the index's last commit, or null when nothing was indexed yet. */
  synchronized @Nullable ReportSearch searcher() throws IOException {
    check();
    return searcher;
  }

  /**
   * Import's stored entry of a report, or null when there is none. Over a collection ({@code serve --solr}) the
   * collection's (any machine may have imported it), else, or when the collection keeps none, DATA's.
   */
  @Nullable StoredReport storedEntry(String id) throws IOException {
    if (!StoredById.isId(id)) {
      return null;
    }
    ReportSearch s = solr == null ? null : searcher();
    StoredReport shared = s == null ? null : s.storedEntry(id);
    return shared != null ? shared : StoredById.load(data, id);
  }

  /** The comparison of this query over the current searcher, made once per commit. */
  synchronized @Nullable IndicatorComparison comparison(String query, Compare make) throws IOException {
    check();
    if (searcher == null) {
      return null;
    }
    IndicatorComparison c = comparisons.get(query);
    if (c == null) {
      c = make.on(searcher);
      comparisons.put(query, c);
    }
    return c;
  }

  /** Makes a comparison on a searcher. */
  interface Compare {
    IndicatorComparison on(ReportSearch searcher) throws IOException;
  }

  /** The whole comparison of this query if one was made on the current searcher, else null (none is made). */
  synchronized @Nullable IndicatorComparison cachedComparison(String query) throws IOException {
    check();
    return comparisons.get(query);
  }

  /**
   * One page of a comparison, made once per commit: an indicator every report has is paged by the index, never read
   * whole, until an export asks for all of it.
   */
  synchronized IndicatorComparison.@Nullable Page comparisonPage(String pageQuery, ComparePage make) throws IOException {
    check();
    if (searcher == null) {
      return null;
    }
    IndicatorComparison.Page page = pages.get(pageQuery);
    if (page == null) {
      page = make.on(searcher);
      pages.put(pageQuery, page);
    }
    return page;
  }

  /** Makes one page of a comparison on a searcher. */
  interface ComparePage {
    IndicatorComparison.Page on(ReportSearch searcher) throws IOException;
  }

  /** Forgets when it last looked, so the next call sees an import that just ended. */
  synchronized void invalidate() {
    checkedAt = 0;
  }

  private void check() throws IOException {
    long now = System.nanoTime();
    if (checkedAt != 0 && now - checkedAt < CHECK_EVERY_NANOS) {
      return;
    }
    if (solr != null) {
      checkSolr(now);
      return;
    }
    checkedAt = now;
    String commit = lastCommit(data.resolve("index"));
    if (commit != null && !commit.equals(commitSeen)) {
      ReportSearch next = ReportSearcher.open(data.resolve("index"));
      if (retired != null) {
        retired.close();
      }
      // a request may still hold the one replaced: it is closed at the next swap, not under that request
      retired = searcher;
      searcher = next;
      comparisons.clear(); // of the index before this commit
      pages.clear();
      commitSeen = commit;
    }
  }

  /** The collection's searcher, opened once; what was computed from it is forgotten now and then. */
  private void checkSolr(long now) throws IOException {
    if (searcher == null) {
      searcher = opener.open(solr);
    }
    if (checkedAt == 0 || now - checkedAt >= SOLR_FORGET_SECONDS * CHECK_EVERY_NANOS) {
      comparisons.clear();
      pages.clear();
      checkedAt = now;
    }
  }

  /** The name of the index's newest commit point ({@code segments_N}), or null when there is none. */
  private static @Nullable String lastCommit(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return null;
    }
    try (Stream<Path> s = Files.list(index)) {
      String[] names = s.map(p -> p.getFileName().toString()).toArray(String[]::new);
      return names.length == 0 ? null : SegmentInfos.getLastCommitSegmentsFileName(names);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    for (ReportSearch s : java.util.Arrays.asList(searcher, retired)) {
      if (s != null) {
        s.close();
      }
    }
  }
}
