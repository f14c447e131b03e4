package org.jixiao.search;

/** One facet value and how many matching documents have it. */
public record FacetCount(String value, long count) {}
