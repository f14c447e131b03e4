package org.jixiao.schema;

/** How sure the audit is that a finding is real. */
public enum Certainty {
  /** recomputed from figures and a rule the report itself states */
  HIGH,
  /** recomputed under an assumption (a standard rule, a guessed association) */
  MEDIUM,
  /** a heuristic signal */
  LOW
}
