package org.jixiao.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 绩效等级: the four standard grades, best first. In JSON a grade is its one-character symbol
 * ({@code "优"}), exactly as {@code shared/gold/FORMAT.md} writes {@code grade}, so gold files and
 * reports stored before this type existed read unchanged.
 */
public enum GradeLevel {
  /** 优 (优秀) */
  EXCELLENT("优"),
  /** 良 (良好) */
  GOOD("良"),
  /** 中 (中等, 合格, 一般) */
  FAIR("中"),
  /** 差 (较差, 不合格) */
  POOR("差");

  private final String symbol;

  GradeLevel(String symbol) {
    this.symbol = symbol;
  }

  /** The standard one-character grade: 优, 良, 中 or 差. */
  @JsonValue
  public String symbol() {
    return symbol;
  }

  /** The symbol, so that text built from a grade reads as the report and the gold write it. */
  @Override
  public String toString() {
    return symbol;
  }

  /** The grade whose symbol is {@code symbol}; a printed wording (优秀) is the extractor's job. */
  @JsonCreator
  public static GradeLevel ofSymbol(String symbol) {
    return JsonNames.constant(GradeLevel.class, GradeLevel::symbol, symbol);
  }
}
