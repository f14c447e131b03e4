package org.jixiao.search;

import java.util.List;
import java.util.Map;

/**
 * The findings a {@link FindingQuery} keeps: how many, the page asked for, and how many of them per severity and per
 * check (by {@code Severity} name and check JSON name, most first).
 */
public record FindingResults(long total, List<FindingHit> hits, Map<String, Long> bySeverity, Map<String, Long> byCheck) {
  public FindingResults {
    hits = List.copyOf(hits);
    bySeverity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bySeverity));
    byCheck = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCheck));
  }
}
