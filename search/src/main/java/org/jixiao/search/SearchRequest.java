package org.jixiao.search;

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
    @Nullable String query, Scope scope, Filters filters, int limit, boolean facets, boolean highlight, int offset,
    SortKey sort, boolean descending) {
  public SearchRequest {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("negative limit " + limit + " or offset " + offset);
    }
    scope = scope == null ? Scope.INDICATORS : scope;
    filters = filters == null ? Filters.none() : filters;
    sort = sort == null ? SortKey.RELEVANCE : sort;
  }

  /** The first {@code limit} hits by relevance. */
  public SearchRequest(@Nullable String query, Scope scope, Filters filters, int limit, boolean facets, boolean highlight) {
    this(query, scope, filters, limit, facets, highlight, 0, SortKey.RELEVANCE, false);
  }

  /** Indicator rows matching {@code query}, top 20, highlighted, no facets. */
  public static SearchRequest of(@Nullable String query) {
    return new SearchRequest(query, Scope.INDICATORS, Filters.none(), 20, false, true);
  }

  public SearchRequest withScope(Scope s) {
    return new SearchRequest(query, s, filters, limit, facets, highlight, offset, sort, descending);
  }

  public SearchRequest withFilters(Filters f) {
    return new SearchRequest(query, scope, f, limit, facets, highlight, offset, sort, descending);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, scope, filters, n, facets, highlight, offset, sort, descending);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, scope, filters, limit, on, highlight, offset, sort, descending);
  }

  public SearchRequest withHighlight(boolean on) {
    return new SearchRequest(query, scope, filters, limit, facets, on, offset, sort, descending);
  }

  /** The page of hits that starts after {@code skip} hits (paging). */
  public SearchRequest withOffset(int skip) {
    return new SearchRequest(query, scope, filters, limit, facets, highlight, skip, sort, descending);
  }

  public SearchRequest sortedBy(SortKey key, boolean desc) {
    return new SearchRequest(query, scope, filters, limit, facets, highlight, offset, key, desc);
  }
}
