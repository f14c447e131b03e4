package org.jixiao.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The top hits by relevance in two passes: the best {@value #WINDOW} (or more, for a deep page) by a cheap query that
 * matches the same documents ({@link Queries#matching}), then those by the full score. The scores returned are the
 * full query's; a document outside the window that the full score would have lifted into the page is the one cost.
 */
final class Rescoring {
  static final int WINDOW = 1000;

  private Rescoring() {}

  static TopDocs top(IndexSearcher searcher, Query matching, Query scoring, int n, int exactCountThreshold)
      throws IOException {
    TopDocs first = searcher.search(matching, new TopScoreDocCollectorManager(Math.max(n, WINDOW), exactCountThreshold));
    if (matching.equals(scoring)) {
      return new TopDocs(first.totalHits, java.util.Arrays.copyOf(first.scoreDocs, Math.min(n, first.scoreDocs.length)));
    }
    TopDocs rescored = new QueryRescorer(scoring) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? secondPassScore : firstPassScore; // both queries match the same documents
      }
    }.rescore(searcher, first, n);
    return new TopDocs(first.totalHits, rescored.scoreDocs);
  }
}
