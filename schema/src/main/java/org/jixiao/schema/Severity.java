package org.jixiao.schema;

/** How bad an audit finding is. */
public enum Severity {
  /** arithmetic that is wrong */
  ERROR,
  /** a rule not followed, or two statements that disagree */
  WARNING,
  /** a judgement call worth a look */
  INFO
}
