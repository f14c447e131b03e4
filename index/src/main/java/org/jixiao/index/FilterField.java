package org.jixiao.index;

/** The identity filters whose values are names as indexed, which a user may type shorter (江苏 for 江苏省). */
public enum FilterField {
  PROVINCE(Fields.PROVINCE),
  DEPARTMENT(Fields.DEPARTMENT),
  GRADE(Fields.GRADE);

  private final String field;

  FilterField(String field) {
    this.field = field;
  }

  String field() {
    return field;
  }
}
