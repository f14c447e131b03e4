package org.jixiao.schema;

/** What sort of value a cell holds. */
public enum ValueKind {
  /** a number, perhaps with comparator and unit */
  QUANTITY,
  /** a qualitative statement: 健全, 达成预期目标, 及时 */
  QUALITATIVE,
  /** printed as empty, "/", "-", "无" */
  BLANK,
  /** could not be understood; kept as text */
  TEXT
}
