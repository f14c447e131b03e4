package org.jixiao.schema;

import java.util.Objects;

/**
 * 绩效等级 as stated: the standard level and the wording the report prints for it ({@code 优秀},
 * {@code “良”}). {@link Report#grade()} holds the level only (the gold field); the wording is kept
 * with its source in {@code evidence.grade} and joined back by {@link Report#printedGrade()}.
 */
public record Grade(GradeLevel level, String printed) {
  public Grade {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(printed, "printed");
  }
}
