package org.jixiao.index;

import java.util.List;
import java.util.Map;

/**
 * The hits of a search, best first. {@code totalHits} counts the matches, exactly when {@code
 * totalExact}, else as a lower bound (Lucene stops counting past 1,000 unless facets are asked
 * for). {@code facets} is empty unless asked for, else holds every dimension that has values,
 * values by descending count.
 */
public record SearchResult(
    long totalHits, boolean totalExact, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
