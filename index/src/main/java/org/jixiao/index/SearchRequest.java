package org.jixiao.index;

import org.jspecify.annotations.Nullable;

/**
 * A search: free text (null or blank matches everything), what to return, filters, how many hits,
 * and whether to count facets and highlight snippets.
 *
 * <p>Query syntax: white space separates clauses, and every clause must match; a clause matches
 * as a phrase of its words in an indicator's name or body, or as a phrase of its CJK bigrams, the
 * name weighing most.
 */
public record SearchRequest(
    @Nullable String query, Scope scope, Filters filters, int limit, boolean facets, boolean highlight) {
  public SearchRequest {
    if (limit < 0) {
      throw new IllegalArgumentException("negative limit " + limit);
    }
    scope = scope == null ? Scope.INDICATORS : scope;
    filters = filters == null ? Filters.none() : filters;
  }

  /** Indicator rows matching {@code query}, top 20, highlighted, no facets. */
  public static SearchRequest of(@Nullable String query) {
    return new SearchRequest(query, Scope.INDICATORS, Filters.none(), 20, false, true);
  }

  public SearchRequest withScope(Scope s) {
    return new SearchRequest(query, s, filters, limit, facets, highlight);
  }

  public SearchRequest withFilters(Filters f) {
    return new SearchRequest(query, scope, f, limit, facets, highlight);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, scope, filters, n, facets, highlight);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, scope, filters, limit, on, highlight);
  }

  public SearchRequest withHighlight(boolean on) {
    return new SearchRequest(query, scope, filters, limit, facets, on);
  }
}
