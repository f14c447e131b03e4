package org.jixiao.search;

/** 分面: the dimensions the index counts, each a SortedSet doc-values facet (no taxonomy). */
public enum Facet {
  PROVINCE("province"),
  LEVEL("level"),
  YEAR("year"),
  GRADE("grade"),
  KIND("kind"),
  /** 一级指标; a report counts once per distinct group it has. */
  LEVEL1("level1");

  private final String dim;

  Facet(String dim) {
    this.dim = dim;
  }

  /** The dimension name in the index. */
  public String dim() {
    return dim;
  }
}
