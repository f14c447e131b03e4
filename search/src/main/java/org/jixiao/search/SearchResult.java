package org.jixiao.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The hits of a search, best first. {@code totalHits} counts the matches, exactly when {@code
 * totalExact}, else as a lower bound (Lucene stops counting past 1,000 unless facets are asked
 * for). {@code facets} is empty unless asked for, else holds every dimension that has values,
 * values by descending count. {@code queryNote} says what of the query's syntax was dropped (a stray bracket or
 * quote, a closing operator), null when nothing was.
 */
public record SearchResult(
    long totalHits, boolean totalExact, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets,
    @Nullable String queryNote) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
