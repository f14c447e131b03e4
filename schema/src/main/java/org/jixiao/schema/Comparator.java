package org.jixiao.schema;

/** The comparison a target value states: ≥95%, 不低于90%, 3天以内. */
public enum Comparator {
  GE("≥"),
  GT(">"),
  LE("≤"),
  LT("<"),
  EQ("="),
  NE("≠");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether {@code actual} satisfies this comparison against {@code target}. */
  public boolean holds(int compareActualToTarget) {
    return switch (this) {
      case GE -> compareActualToTarget >= 0;
      case GT -> compareActualToTarget > 0;
      case LE -> compareActualToTarget <= 0;
      case LT -> compareActualToTarget < 0;
      case EQ -> compareActualToTarget == 0;
      case NE -> compareActualToTarget != 0;
    };
  }
}
