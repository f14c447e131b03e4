package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.Severity;

/**
 * 绩效等级: the printed grade against the grade the stated total earns under {@link GradeBands}. A
 * mismatch is an ERROR (the grade is wrong by arithmetic on the total) with MEDIUM certainty (the
 * bands are the standard ones, not read from the report, which may grade by others); a grade that
 * names no band is an INFO. A total out of 100 is scaled to 100 first when the full mark differs.
 */
public final class GradeBandCheck implements Check {
  private final GradeBands bands;

  public GradeBandCheck(GradeBands bands) {
    this.bands = bands;
  }

  public GradeBandCheck() {
    this(GradeBands.standard());
  }

  @Override
  public CheckId id() {
    return CheckId.GRADE_BAND;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    Report report = subject.report();
    GradeLevel level = report.grade();
    BigDecimal total = report.totalScore();
    if (level == null || total == null) {
      return List.of();
    }
    String grade = level.symbol(); // bands are named by symbol; a province's own bands may use others
    BigDecimal onHundred = total;
    if (report.maxScore() != null
        && report.maxScore().signum() > 0
        && report.maxScore().compareTo(TotalScoreCheck.DEFAULT_FULL_MARK) != 0) {
      onHundred =
          total.multiply(TotalScoreCheck.DEFAULT_FULL_MARK)
              .divide(report.maxScore(), 4, java.math.RoundingMode.HALF_UP);
    }
    FindingBuilder b =
        FindingBuilder.of(subject.file(), id())
            .location(TotalScoreCheck.where(report, ReportField.grade))
            .stated(grade)
            .rule(describe());
    Optional<GradeBands.Band> named = bands.bandNamed(grade);
    if (named.isEmpty()) {
      return List.of(
          b.severity(Severity.INFO)
              .certainty(Certainty.LOW)
              .message("grade " + grade + " names none of the bands " + describe()));
    }
    Optional<String> earned = bands.gradeFor(onHundred);
    if (earned.isPresent() && earned.get().equals(named.get().grade())) {
      return List.of();
    }
    return List.of(
        // a grade the total does not earn is wrong by arithmetic on the total: an ERROR; MEDIUM
        // because the bands are the standard ones, not read from the report
        b.severity(Severity.ERROR)
            .certainty(Certainty.MEDIUM)
            .recomputed(earned.orElse("—"))
            .message(
                "a total of " + Decimals.plain(total) + " earns " + earned.orElse("no grade")
                    + ", the report prints " + grade));
  }

  private String describe() {
    StringBuilder s = new StringBuilder();
    for (GradeBands.Band band : bands.bands()) {
      if (!s.isEmpty()) {
        s.append("，");
      }
      s.append(band.grade()).append(" ≥ ").append(Decimals.plain(band.atLeast()));
    }
    return s.toString();
  }
}
