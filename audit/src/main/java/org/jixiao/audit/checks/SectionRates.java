package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A 一级指标's 得分率 stated alone in prose, its score and weight printed elsewhere: "产出指标得分率99.62%", "决策指标得分率
 * 百分之九十六点六七" (h317's 自评结论, its 一级 headings stating 权重 and 得分). The statement is the section's of that name
 * (with or without 指标), whose printed score ÷ weight is the rate.
 */
final class SectionRates {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A section's stated rate and what its own figures give; where the statement is. */
  record Statement(Section section, BigDecimal rate, String printed, BigDecimal computed, int start, int end) {}

  /** The words before 得分率, then the rate in figures or in 中文数字 after 百分之. */
  private static final Pattern STATED = Numbers.compile(
      "(?<name>\\p{IsHan}{2,12})得分率(?:为|是|达)?\\s*(?:(?<rate>{N})\\s*[%％]|百分之(?<cn>{CN}))");

  private SectionRates() {}

  /**
   * The statements of {@code text} naming a section of {@code report} whose rate they misstate, outside {@code
   * taken} (spans another reading already checks). A rate that the section's rows' own scores give is left to the
   * section's sum: the section's printed score is then the figure that differs.
   */
  static List<Statement> misstated(Report report, String text, List<int[]> taken) {
    List<Statement> out = new ArrayList<>();
    Matcher m = STATED.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (taken.stream().anyMatch(t -> t[0] < end && start < t[1])) {
        continue;
      }
      Optional<BigDecimal> rate = Numbers.parse(m.group("rate") != null ? m.group("rate") : m.group("cn"));
      Section section = named(report, m.group("name"));
      if (rate.isEmpty() || section == null || section.weight() == null || section.score() == null
          || section.weight().signum() <= 0) {
        continue;
      }
      BigDecimal computed = section.score().multiply(HUNDRED).divide(section.weight(), MathContext.DECIMAL64);
      if (Decimals.agreesAtPrintedPrecision(rate.get(), computed)
          || rowsGive(report, section, rate.get())) {
        continue;
      }
      String printed = m.group("rate") != null ? m.group("rate") + "%" : "百分之" + m.group("cn");
      out.add(new Statement(section, rate.get(), printed, computed, start, end));
    }
    return out;
  }

  /** The section the words before 得分率 end with ("…；产出指标" is 产出指标's), or null. */
  private static @Nullable Section named(Report report, String words) {
    String said = bare(words);
    Section found = null;
    for (Section s : report.sections()) {
      String name = bare(s.name());
      if (name.length() >= 2 && said.endsWith(name)) {
        if (found != null && !found.name().equals(s.name())) {
          return null; // two sections end the words alike: which is meant is not for a check to decide
        }
        found = s;
      }
    }
    return found;
  }

  private static String bare(String name) {
    String n = name.strip();
    for (String suffix : List.of("指标", "类")) {
      if (n.endsWith(suffix) && n.length() > suffix.length() + 1) {
        n = n.substring(0, n.length() - suffix.length());
      }
    }
    return n;
  }

  /** Whether the rows filed under the section score, over its weight, the stated rate. */
  private static boolean rowsGive(Report report, Section section, BigDecimal rate) {
    List<IndicatorRow> rows = report.indicators().stream()
        .filter(r -> section.name().equals(r.level1()) && r.score() != null).toList();
    if (rows.isEmpty()) {
      return false;
    }
    BigDecimal sum = rows.stream().map(IndicatorRow::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Decimals.agreesAtPrintedPrecision(rate,
        sum.multiply(HUNDRED).divide(section.weight(), MathContext.DECIMAL64));
  }
}
