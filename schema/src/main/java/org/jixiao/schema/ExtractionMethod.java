package org.jixiao.schema;

/** How a value was recovered, as tabula's {@code getExtractionMethod()} records it. */
public enum ExtractionMethod {
  /** read from a table grid cell */
  TABLE,
  /** read from a sentence of running text */
  PROSE
}
