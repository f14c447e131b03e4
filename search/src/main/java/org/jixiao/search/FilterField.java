package org.jixiao.search;

/** The identity filters whose values are names as indexed, which a user may type shorter (江苏 for 江苏省). */
public enum FilterField {
  PROVINCE,
  DEPARTMENT,
  GRADE
}
