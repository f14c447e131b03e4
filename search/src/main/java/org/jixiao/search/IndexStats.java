package org.jixiao.search;

import java.util.List;
import java.util.Map;

/** 统计: how many reports and rows the index holds, and report counts per facet value. */
public record IndexStats(long reports, long rows, Map<Facet, List<FacetCount>> reportFacets) {
  public IndexStats {
    reportFacets = Map.copyOf(reportFacets);
  }
}
