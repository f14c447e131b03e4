package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.jixiao.schema.TextSpan;
import org.jixiao.text.number.NumberMention;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 绩效等级: the printed grade against the grade the stated total earns under {@link GradeBands}. A
 * mismatch is an ERROR (the grade is wrong by arithmetic on the total): HIGH when the report prints
 * these bands itself ("80分（含）至90分为良"), MEDIUM when they are only the standard ones (the report
 * may grade by others); a grade that names no band is an INFO. A total out of 100 is scaled to 100 first when the full mark differs.
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
    // the report's own printed bands, where it prints a scheme (优 ≥ 95 …), else the standard ones
    Optional<GradeBands> own = PrintedBands.in(subject.text());
    List<Finding> out = new ArrayList<>(reportGrade(subject, own));
    boolean reportFound = out.size() == 1;
    if (own.isPresent()) {
      for (LineFinding line : lineGrades(subject, own.get())) {
        if (reportFound && restatesReport(subject, out.getFirst(), line)) {
          // this year's line of a table of years restates the report's total and grade (h503): one problem
          out.set(0, out.getFirst().withAlsoAt(List.of(line.finding().location())));
        } else {
          out.add(line.finding());
        }
      }
    }
    return out;
  }

  /** A line's grade finding and the score the line prints. */
  private record LineFinding(Finding finding, BigDecimal score) {}

  /** Whether a graded line prints the report's own total and grade, the grade the report finding is about. */
  private static boolean restatesReport(AuditSubject subject, Finding report, LineFinding line) {
    BigDecimal total = subject.report().totalScore();
    String reportSymbol = report.stated() == null ? null : symbolOf(report.stated());
    return total != null && total.compareTo(line.score()) == 0 && reportSymbol != null
        && reportSymbol.equals(symbolOf(line.finding().stated()));
  }

  /**
   * The grades a table gives line by line (a department's table of its projects' own self-evaluations, h334), against
   * the bands the report prints: a line graded above or below what its score earns is an ERROR, HIGH (the report's own
   * bands). Only under printed bands: another unit's grades may follow another scheme.
   */
  private List<LineFinding> lineGrades(AuditSubject subject, GradeBands bands) {
    List<LineFinding> out = new ArrayList<>();
    for (LineGrades.Graded line : LineGrades.in(subject.text())) {
      String symbol = symbolOf(line.grade());
      Optional<GradeBands.Band> named = symbol == null ? Optional.empty() : bands.bandNamed(symbol);
      Optional<String> earned = bands.gradeFor(line.score());
      if (named.isEmpty() || earned.isEmpty() || earned.get().equals(named.get().grade())
          || line.score().compareTo(TotalScoreCheck.DEFAULT_FULL_MARK) > 0) {
        continue;
      }
      out.add(new LineFinding(FindingBuilder.of(subject.file(), id())
          .severity(Severity.ERROR)
          .certainty(Certainty.HIGH)
          .indicator(line.name())
          .location(new TextSpan(subject.file(), null, line.start(), line.end()))
          .stated(line.grade())
          .recomputed(wording(subject.text(), earned.get()))
          .rule(describe(bands))
          .message(line.name() + " 得分 " + Decimals.plain(line.score()) + " 应评为 " + wording(subject.text(), earned.get())
              + "，表中所评等级为 " + line.grade()), line.score()));
    }
    return out;
  }

  /** The band symbol a grade cell prints (优秀 → 优), or null when it names none. */
  private static @Nullable String symbolOf(String printed) {
    for (String symbol : List.of("优", "良", "中", "差")) {
      if (printed.equals(symbol) || WORDINGS.get(symbol).contains(printed)) {
        return symbol;
      }
    }
    return null;
  }

  /** A grade printed as a row of check boxes ("☑优　□良　□中　□差"). */
  private static final Pattern CHECK_BOXES = Pattern.compile("[□☐☑■]");

  private List<Finding> reportGrade(AuditSubject subject, Optional<GradeBands> own) {
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
    if (own.isPresent() && own.get().bandNamed(level.symbol()).isEmpty()) {
      // a printed scheme naming no band of the report's own grade was read in part (h416: its 优 line misread by OCR,
      // "良 ≥ 80，中 ≥ 60，差 ≥ 0" left): the standard bands judge, as when none is printed
      own = Optional.empty();
    }
    GradeBands bands = own.orElse(this.bands);
    // the finding quotes the grade as printed (优秀), the bands are named by symbol (优)
    String printedGrade = report.printedGrade() == null ? grade : report.printedGrade().printed();
    FindingBuilder b =
        FindingBuilder.of(subject.file(), id())
            .location(TotalScoreCheck.where(report, ReportField.grade))
            // a row of check boxes ("☑优　□良　□中　□差") states the option ticked; the message quotes the row
            .stated(CHECK_BOXES.matcher(printedGrade).find() ? grade : printedGrade)
            .rule(describe(bands));
    Optional<GradeBands.Band> named = bands.bandNamed(grade);
    if (named.isEmpty()) {
      return List.of(
          b.severity(Severity.INFO)
              .certainty(Certainty.LOW)
              .message("等级 " + grade + " 不属于任一档次（" + describe(bands) + "）"));
    }
    Optional<String> earned = bands.gradeFor(onHundred);
    if (earned.isPresent() && earned.get().equals(named.get().grade())) {
      return List.of();
    }
    return List.of(
        // a grade the total does not earn is wrong by arithmetic on the total: an ERROR; HIGH when
        // the report prints these very bands, MEDIUM when they are only the standard ones
        b.severity(Severity.ERROR)
            .certainty(own.isPresent() || printed(subject.text(), named.get())
                    && earned.flatMap(bands::bandNamed).map(e -> printed(subject.text(), e)).orElse(false)
                ? Certainty.HIGH : Certainty.MEDIUM)
            .recomputed(earned.map(e -> wording(subject.text(), e)).orElse("—"))
            .message(
                "总分 " + Decimals.plain(total)
                    + (earned.isPresent() ? " 应评为 " + wording(subject.text(), earned.get()) : " 不在任一等级档次内")
                    + "，报告所评等级为 " + printedGrade));
  }

  /** The words a report may print for a grade, longest first: 良 is 良好 where the report's bands say 为良好. */
  private static final java.util.Map<String, List<String>> WORDINGS = java.util.Map.of(
      "优", List.of("优秀"), "良", List.of("良好"), "中", List.of("中等", "合格", "一般"), "差", List.of("不合格", "较差"));

  /** The grade {@code symbol} in the report's own words, where its bands print them ("…至90分为良好"); else the symbol. */
  static String wording(@Nullable String text, String symbol) {
    if (text != null) {
      for (String w : WORDINGS.getOrDefault(symbol, List.of())) {
        if (text.contains("为" + w) || text.contains("为“" + w)) {
          return w;
        }
      }
    }
    return symbol;
  }

  /**
   * Whether the text prints this band as the report's own rule: its lower bound followed closely by
   * "为" and the grade ("80分（含）至90分为良", "总分90分（含）以上为优"); the lowest band by "为差".
   */
  static boolean printed(@Nullable String text, GradeBands.Band band) {
    if (text == null) {
      return false;
    }
    String says = "为" + band.grade();
    if (band.atLeast().signum() == 0) {
      return text.contains(says);
    }
    for (NumberMention m : Numbers.find(text)) {
      if (m.value().compareTo(band.atLeast()) == 0
          && text.substring(m.end(), Math.min(text.length(), m.end() + BAND_REACH)).contains(says)) {
        return true;
      }
    }
    return false;
  }

  /** "80分（含）至90分为良" puts the grade ten characters after its bound. */
  private static final int BAND_REACH = 14;

  private static String describe(GradeBands bands) {
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
