package org.jixiao.index;

import org.apache.lucene.facet.FacetsConfig;
import org.jixiao.search.Facet;
import org.jixiao.search.FieldNames;
import org.jixiao.search.FilterField;

/**
 * The embedded index's own field names and its facet configuration; the names it shares with the SolrCloud configset
 * are {@link FieldNames}'. Together the on-disk contract.
 */
final class Fields extends FieldNames {
  /** Facet dimensions of findings; not {@link Facet}s, which count reports. */
  static final String SEVERITY_DIM = "findingSeverity";
  static final String CHECK_DIM = "findingCheck";
  /** The department's 拼音 collation key (java.text Collator, Locale.CHINA): a comparison pages in this order. */
  static final String DEPARTMENT_ORDER = "departmentOrder";
  /** A row's score (the configset names it rowScore: score is Solr's relevance). */
  static final String SCORE = "score";
  static final String BIGRAM_SUFFIX = "_bi";

  private Fields() {}

  /** The field of a filter that names things. */
  static String of(FilterField f) {
    return switch (f) {
      case PROVINCE -> PROVINCE;
      case DEPARTMENT -> DEPARTMENT;
      case GRADE -> GRADE;
    };
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Facet.LEVEL1.dim(), true);
    return config;
  }
}
