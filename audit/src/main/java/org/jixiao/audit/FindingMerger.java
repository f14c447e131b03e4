package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.SectionRows;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 一个问题一条: merges findings that are provably one problem, and nothing else.
 *
 * <ol>
 *   <li>The same wrong sentence or figure printed in several places: findings of one check with
 *       the same stated and recomputed values, rule and message (and no two different indicators)
 *       become one, with the others' locations in {@link Finding#alsoAt()}; so do rate findings
 *       (执行率 and printed formulas) stating the same wrong rate against the same recomputed one, at
 *       whatever precision each prints it (96% and 96.00%).
 *   <li>A total off by what its one blank 得分 cell could hold (gap ≤ its weight): one WARNING,
 *       the total's (which names the row), pointing at the cell too; no ERROR besides it.
 *   <li>A total off by exactly the subtotals' own mismatch (a 小计 not updated after a row changed
 *       leaves the total off by the same amount; or the total matches the rows while the
 *       subtotals it is compared with carry the error): the total's finding is dropped, and the
 *       first 小计 finding says it explains the total too. When the total is wrong against the rows as well,
 *       its comparison with the subtotals is dropped into the rows' one (both errors are reported already).
 *   <li>One 小计 stated in its table row and again in prose, both against the same rows: one
 *       finding.
 *   <li>Row weights short of the full mark by exactly what the 小计 state beyond their rows: the
 *       小计 finding only.
 *   <li>One prose subtotal sentence whose score is off both against its own 得分率 and against its
 *       rows ("该二级指标满分2分，得分2分，得分率50.00%" over rows giving 1): the score-rate finding,
 *       which names the differing figure, with the subtotal finding's place.
 *   <li>A row's score cell found wrong both by its own printed rule and by the target/score test ("target
 *       missed, full marks" beside "the rule gives 6.93"): one cell, one finding; the rule's, which says what
 *       the score should be, unless the other is more severe. So too a row's full marks found wrong both by its
 *       figures and by its words ("实际完成值未达到指标值" beside "写明“未完成”", both "< 5"): the target/score
 *       test's, unless the other is more severe.
 *   <li>A part's budget or spending misprinted, leaving the parts short of the whole and the part's own 执行率 off:
 *       the breakdown's finding, when the figure it implies makes the printed rate right; so too for the whole's own
 *       figure misprinted over right parts, its rate right on their sum.
 * </ol>
 *
 * The totals' findings are recognised by {@code TotalScoreCheck}'s rule texts and the subtotal
 * findings by the openings of {@code SectionSumCheck}'s and {@code ProseSubtotalCheck}'s messages,
 * which this class names (the checks live in a package this one must not import); tests run them
 * together.
 */
final class FindingMerger {
  /** The rule text of a total compared with the sum of the rows. */
  static final String TOTAL_FROM_ROWS = "Σ 得分 = 总分";
  /** The rule text of a total compared with the sum of the 一级指标 subtotals. */
  static final String TOTAL_FROM_SECTIONS = "Σ 一级指标得分 = 总分";

  private FindingMerger() {}

  /** The rule text of the row weights compared with the full mark. */
  static final String WEIGHTS_TO_FULL_MARK = "Σ 分值 = 满分";

  static List<Finding> merge(Report report, List<Finding> findings) {
    List<Finding> out = samePrinted(findings);
    out = sameWrongRate(out);
    out = subtotalInTableAndProse(report, out);
    out = blankCellExplainsTotal(report, out);
    out = subtotalExplainsTotal(report, out);
    out = subtotalExplainsWeights(report, out);
    out = oneScoreCell(out);
    out = misprintedPart(report, out);
    return scoreRateSentence(out);
  }

  /**
   * Rule 8: one part's 全年预算数 or 全年执行数 misprinted (h239: 项目支出 2,239.80 for 2,293.80) leaves the parts short of
   * the whole and that part's own 执行率 off too. When the figure the breakdown implies (the printed part plus what
   * the parts lack) makes the part's printed rate right, the two findings are one problem: the breakdown's stays,
   * which names the column and the gap, with the rate finding's place.
   */
  static List<Finding> misprintedPart(Report report, List<Finding> findings) {
    org.jixiao.schema.Budget b = report.budget();
    if (b == null) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings);
    for (Finding sum : findings) {
      BigDecimal gap = sum.check() == CheckId.BREAKDOWN_SUM && sum.indicator() != null ? difference(sum) : null;
      boolean budgetColumn = gap != null && sum.indicator().contains("全年预算");
      boolean spentColumn = gap != null && sum.indicator().contains("执行数");
      if (!budgetColumn && !spentColumn) {
        continue;
      }
      for (Finding rate : findings) {
        if (rate.check() != CheckId.EXECUTION_RATE || rate.indicator() == null || rate.stated() == null
            || !out.contains(rate) || !out.contains(sum)) {
          continue;
        }
        // the whole's own line (h334: a 合计 执行数 misprinted under right parts, its rate right on their sum): the
        // figure the parts imply is the printed one less the gap; the rate finding's message names both figures
        boolean whole = sum.indicator().startsWith(rate.indicator() + " ");
        List<org.jixiao.text.number.NumberMention> divided = whole ? rateOperands(rate) : List.of();
        BigDecimal spent = whole ? (divided.size() < 2 ? null : divided.get(0).value())
            : rate.indicator().contains("基本") ? b.basicExpenditure() : rate.indicator().contains("项目") ? b.projectExpenditure() : null;
        BigDecimal budget = whole ? (divided.size() < 2 ? null : divided.get(1).value())
            : rate.indicator().contains("基本") ? b.basicBudget() : rate.indicator().contains("项目") ? b.projectBudget() : null;
        BigDecimal printed = org.jixiao.text.number.Numbers.parsePercent(rate.stated()).orElse(null);
        if (spent == null || budget == null || printed == null) {
          continue;
        }
        BigDecimal implied = whole ? gap.negate() : gap;
        BigDecimal num = spentColumn ? spent.add(implied) : spent;
        BigDecimal den = budgetColumn ? budget.add(implied) : budget;
        if (den.signum() > 0 && Decimals.agreesAtPrintedPrecision(printed,
            num.multiply(BigDecimal.valueOf(100)).divide(den, 6, java.math.RoundingMode.HALF_UP))) {
          out.set(out.indexOf(sum), sum.withAlsoAt(withLocations(rate)));
          out.remove(rate);
        }
      }
    }
    return out;
  }

  /** The two amounts an execution-rate finding divides, as its message prints them ("合计 执行率：10,724.18 ÷ 11,326.55 = …"). */
  private static List<org.jixiao.text.number.NumberMention> rateOperands(Finding rate) {
    int colon = rate.message().indexOf('：');
    return colon < 0 ? List.of() : org.jixiao.text.number.Numbers.find(rate.message().substring(colon + 1));
  }

  /** What a breakdown finding's whole exceeds its parts by (stated − recomputed), or null when either is no number. */
  private static @Nullable BigDecimal difference(Finding f) {
    if (f.stated() == null || f.recomputed() == null) {
      return null;
    }
    BigDecimal stated = amount(f.stated());
    BigDecimal recomputed = amount(f.recomputed());
    return stated != null && recomputed != null ? stated.subtract(recomputed) : null;
  }

  /** A figure as the findings print it, bare ("5588.3") or with its money unit ("5,922.83万元"), in 万元. */
  private static @Nullable BigDecimal amount(String printed) {
    return org.jixiao.text.number.Numbers.parse(printed)
        .or(() -> org.jixiao.text.number.Money.parse(printed, org.jixiao.text.number.MoneyUnit.WAN_YUAN)
            .map(org.jixiao.text.number.MoneyAmount::wanYuan))
        .orElse(null);
  }

  /**
   * Rule 6: an {@code ARITHMETIC} and a {@code PROSE_SUBTOTAL} finding on overlapping spans of the
   * text are about one sentence, hence one wrong figure: the more severe stays, with the other's place.
   */
  static List<Finding> scoreRateSentence(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    for (Finding a : findings) {
      if (a.check() != CheckId.ARITHMETIC || !(a.location() instanceof org.jixiao.schema.TextSpan at)) {
        continue;
      }
      for (Finding p : findings) {
        if (p.check() == CheckId.PROSE_SUBTOTAL && p.location() instanceof org.jixiao.schema.TextSpan pt
            && pt.start() < at.end() && at.start() < pt.end() && out.contains(p) && out.contains(a)) {
          Finding base = p.severity().compareTo(a.severity()) < 0 ? p : a;
          Finding other = base == a ? p : a;
          out.set(out.indexOf(base), base.withAlsoAt(withLocations(other)));
          out.remove(other);
        }
      }
    }
    return out;
  }

  /**
   * Rule 7: a {@code ROW_SCORE} and a {@code SCORING_RULE} finding on the same row's same cell are one problem; so are a
   * {@code ROW_SCORE} and a {@code NARRATIVE_NOT_DONE} finding on the same row recomputing the same "< weight" (full
   * marks for a task its figures and its words both say was not done, h244), wherever the words stand.
   */
  static List<Finding> oneScoreCell(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    for (Finding other : findings) {
      boolean rule = other.check() == CheckId.SCORING_RULE && other.location() != null;
      boolean words = other.check() == CheckId.NARRATIVE_NOT_DONE && other.recomputed() != null;
      if (!rule && !words || other.indicator() == null) {
        continue;
      }
      for (Finding row : findings) {
        if (row.check() == CheckId.ROW_SCORE && other.indicator().equals(row.indicator())
            && (rule ? other.location().equals(row.location()) : other.recomputed().equals(row.recomputed()))
            && out.contains(row) && out.contains(other)) {
          // the rule's says what the score should be; of figures and words, the figures' is the firmer
          Finding kept = rule ? (row.severity().compareTo(other.severity()) < 0 ? row : other)
              : (other.severity().compareTo(row.severity()) < 0 ? other : row);
          Finding gone = kept == row ? other : row;
          out.set(out.indexOf(kept), kept.withAlsoAt(withLocations(gone)));
          out.remove(gone);
        }
      }
    }
    return out;
  }

  /**
   * Rule 1b: one wrong rate restated elsewhere (h33's 执行率 91.38% in the head block and again as the
   * 年度资金总额 row's actual; h37's 96.24% as the block's rate and inside a printed formula): rate
   * findings ({@code EXECUTION_RATE}, {@code ARITHMETIC}) stating the same rate against the same
   * recomputed rate, or the same two rates the other way round, are one problem. The most severe stays, with the
   * others' places.
   */
  static List<Finding> sameWrongRate(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      int at = isRate(f) ? sameRate(out, f) : -1;
      if (at < 0) {
        out.add(f);
        continue;
      }
      Finding first = out.get(at);
      Finding base = f.severity().compareTo(first.severity()) < 0 ? f : first;
      Finding other = base == first ? f : first;
      out.set(at, base.withAlsoAt(withLocations(other)));
    }
    return out;
  }

  private static boolean isRate(Finding f) {
    return (f.check() == CheckId.EXECUTION_RATE || f.check() == CheckId.ARITHMETIC)
        && f.location() != null && f.stated() != null && f.recomputed() != null
        && f.stated().endsWith("%") && f.recomputed().endsWith("%");
  }

  private static int sameRate(List<Finding> seen, Finding f) {
    for (int i = 0; i < seen.size(); i++) {
      Finding g = seen.get(i);
      boolean compatible = g.indicator() == null || f.indicator() == null || g.indicator().equals(f.indicator());
      if (isRate(g) && compatible && samePercent(g.stated(), f.stated()) && samePercent(g.recomputed(), f.recomputed())) {
        return i;
      }
      // the same two rates the other way round: a line's printed rate its own figures correct, and a row restating the
      // right rate against that printed one (h289: 合计 94.89% for 94.98%; the 预算执行率 row's 94.98% against 94.89%)
      if (isRate(g) && samePercent(g.stated(), f.recomputed()) && samePercent(g.recomputed(), f.stated())) {
        return i;
      }
    }
    return -1;
  }

  /** Two printed rates that are one figure: "96%" of the budget record and "96.00%" of its table cell (h201). */
  private static boolean samePercent(String a, String b) {
    var x = org.jixiao.text.number.Numbers.parsePercent(a);
    var y = org.jixiao.text.number.Numbers.parsePercent(b);
    return a.equals(b) || x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) == 0;
  }

  /**
   * Rule 4: one group's subtotal stated in its table row and again in prose ("管理效率指标完成情况详细分析
   * （设置分值22分，得21分）"), both against the same rows: one finding, the prose place in alsoAt.
   * The prose finding must name the section, and the two must state and recompute the same pair.
   */
  static List<Finding> subtotalInTableAndProse(Report report, List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    for (Section section : report.sections()) {
      String tableSays = "一级指标 " + section.name() + "：";
      String proseSays = "正文载 " + section.name() + " ";
      Finding table = out.stream()
          .filter(f -> f.check() == CheckId.SECTION_SUM && f.message().startsWith(tableSays) && f.recomputed() != null)
          .findFirst().orElse(null);
      if (table == null) {
        continue;
      }
      List<Finding> prose = out.stream()
          .filter(f -> f.check() == CheckId.PROSE_SUBTOTAL && f.message().startsWith(proseSays)
              && Objects.equals(f.stated(), table.stated()) && Objects.equals(f.recomputed(), table.recomputed()))
          .toList();
      if (prose.isEmpty()) {
        continue;
      }
      Finding merged = table;
      for (Finding p : prose) {
        merged = merged.withAlsoAt(withLocations(p));
      }
      out.set(out.indexOf(table), merged.withMessage(merged.message() + "；正文载同一小计"));
      out.removeAll(prose);
    }
    return out;
  }

  /**
   * Rule 5: the row weights fall short of the full mark by exactly what the subtotals state beyond
   * their rows (004: 管理效率 states 22, its rows weigh 19; all rows weigh 97 of 100): the weights
   * finding is dropped and the first 小计 finding says it explains the full mark too.
   */
  static List<Finding> subtotalExplainsWeights(Report report, List<Finding> findings) {
    Finding weights = totalFinding(findings, WEIGHTS_TO_FULL_MARK);
    Finding first = findings.stream().filter(f -> f.check() == CheckId.SECTION_SUM).findFirst().orElse(null);
    if (weights == null || first == null) {
      return findings;
    }
    BigDecimal full = report.maxScore() != null ? report.maxScore() : BigDecimal.valueOf(100);
    BigDecimal sum = Decimals.sum(report.indicators().stream().map(IndicatorRow::weight).toList());
    BigDecimal drift = BigDecimal.ZERO;
    for (Section s : report.sections()) {
      List<IndicatorRow> rows = SectionRows.of(report, s);
      if (!rows.isEmpty() && s.weight() != null) {
        drift = drift.add(s.weight().subtract(Decimals.sum(rows.stream().map(IndicatorRow::weight).toList())));
      }
    }
    if (drift.signum() == 0 || full.subtract(sum).compareTo(drift) != 0) {
      return findings;
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f == weights) {
        continue;
      }
      out.add(f != first ? f : withTotal(f, weights).withMessage(f.message() + "；各行分值合计 "
          + Decimals.plain(sum) + " 比满分 " + Decimals.plain(full) + " 少的 " + Decimals.plain(drift)
          + " 分即此差额：属同一问题"));
    }
    return out;
  }

  private record Key(
      CheckId check, Severity severity, @Nullable String stated, @Nullable String recomputed,
      @Nullable String rule, String message) {}

  /**
   * Rule 1: one finding per printed claim, with all the places it is printed. Two findings are one
   * claim when everything but their location is equal; an indicator named by one and not the other
   * (the sentence once under the row's heading, once in a summary) does not part them.
   */
  static List<Finding> samePrinted(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      int at = f.stated() == null || f.recomputed() == null || f.location() == null ? -1 : sameClaim(out, f);
      if (at < 0) {
        out.add(f); // no figure to compare or nowhere to point to: never merged
        continue;
      }
      Finding first = out.get(at);
      Finding base = first.indicator() == null && f.indicator() != null ? f : first;
      Finding other = base == first ? f : first;
      out.set(at, base.withAlsoAt(withLocations(other)));
    }
    return out;
  }

  private static int sameClaim(List<Finding> seen, Finding f) {
    Key key = key(f);
    for (int i = 0; i < seen.size(); i++) {
      Finding g = seen.get(i);
      boolean compatible = g.indicator() == null || f.indicator() == null || g.indicator().equals(f.indicator());
      if (g.location() != null && (compatible && key.equals(key(g)) || sameBreakdown(g, f))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Rule 9: one whole misprinted over the same parts in the budget table's 合计 and again in a sentence listing them
   * ("全年执行6,214.37万元，其中基本支出1,842.16万元、项目支出4,362.59万元", h404): the same stated figure against the same sum,
   * however each place names and words it, is one breakdown finding.
   */
  private static boolean sameBreakdown(Finding g, Finding f) {
    return f.check() == CheckId.BREAKDOWN_SUM && g.check() == f.check() && g.severity() == f.severity()
        && sameFigure(g.stated(), f.stated()) && sameFigure(g.recomputed(), f.recomputed());
  }

  /** Two printed figures of one value: their first numbers equal ("6204.75万元" and "6204.75"). */
  private static boolean sameFigure(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return false;
    }
    var x = Numbers.find(a);
    var y = Numbers.find(b);
    return !x.isEmpty() && !y.isEmpty() && x.get(0).value().compareTo(y.get(0).value()) == 0;
  }

  private static Key key(Finding f) {
    return new Key(f.check(), f.severity(), f.stated(), f.recomputed(), f.rule(), f.message());
  }

  private static List<SourceRef> withLocations(Finding f) {
    List<SourceRef> all = new ArrayList<>();
    if (f.location() != null) {
      all.add(f.location());
    }
    all.addAll(f.alsoAt());
    return all;
  }

  /**
   * Rule 2: the total's gap is what the one blank score cell could hold. The total's finding, which
   * names the blank row, stays as a WARNING MEDIUM (the total may be right and the cell merely left
   * blank) pointing at the cell too; the row's own "no score" WARNING is the same problem and goes.
   */
  static List<Finding> blankCellExplainsTotal(Report report, List<Finding> findings) {
    Finding total = totalFinding(findings, TOTAL_FROM_ROWS);
    BigDecimal stated = report.totalScore();
    List<IndicatorRow> blanks =
        report.indicators().stream().filter(r -> r.weight() != null && r.score() == null).toList();
    if (total == null || stated == null || blanks.size() != 1) {
      return findings;
    }
    IndicatorRow blank = blanks.get(0);
    BigDecimal rows = Decimals.sum(report.indicators().stream().map(IndicatorRow::score).toList());
    BigDecimal gap = stated.subtract(rows);
    if (gap.signum() <= 0 || gap.compareTo(blank.weight()) > 0) {
      return findings;
    }
    Finding cell = findings.stream()
        .filter(f -> f.check() == CheckId.ROW_SCORE && Objects.equals(f.indicator(), blank.level3()) && f.recomputed() == null)
        .findFirst().orElse(null);
    if (cell == null) {
      return findings;
    }
    Finding one = new Finding(total.file(), total.check(), Severity.WARNING, Certainty.MEDIUM, total.indicator(),
        total.location(), total.stated(), total.recomputed(), total.rule(),
        total.message() + "；差额 " + Decimals.plain(gap) + " 可由 " + blank.level3()
            + " 未填的得分（分值 " + Decimals.plain(blank.weight()) + "）补足：属同一问题",
        total.alsoAt()).withAlsoAt(withLocations(cell));
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f != cell) {
        out.add(f == total ? one : f);
      }
    }
    return out;
  }

  /** Rule 3: the total is off by exactly the 小计 mismatches. */
  static List<Finding> subtotalExplainsTotal(Report report, List<Finding> findings) {
    List<Finding> sectionFindings = findings.stream().filter(f -> f.check() == CheckId.SECTION_SUM).toList();
    BigDecimal stated = report.totalScore();
    if (sectionFindings.isEmpty() || stated == null) {
      return findings;
    }
    BigDecimal drift = subtotalDrift(report);
    if (drift == null || drift.signum() == 0) {
      return findings;
    }
    BigDecimal rows = Decimals.sum(report.indicators().stream().map(IndicatorRow::score).toList());
    // as TotalScoreCheck adds them: the subtotals and the rows outside every 一级 (a fund line scored apart, h433)
    BigDecimal sections = Decimals.sum(report.sections().stream().map(Section::score).toList())
        .add(Decimals.sum(SectionRows.outside(report).stream().map(IndicatorRow::score).toList()));
    List<Finding> explained = new ArrayList<>();
    Finding fromRows = totalFinding(findings, TOTAL_FROM_ROWS);
    if (fromRows != null && stated.subtract(rows).compareTo(drift) == 0) {
      explained.add(fromRows); // the total follows the wrong subtotal
    }
    Finding fromSections = totalFinding(findings, TOTAL_FROM_SECTIONS);
    if (fromSections != null && stated.subtract(sections).compareTo(drift.negate()) == 0) {
      explained.add(fromSections); // the total follows the rows; the subtotal carries the error
    }
    if (explained.isEmpty() && fromRows != null && fromSections != null && sections.subtract(rows).compareTo(drift) == 0) {
      // both wrong (h218): the total against the subtotals differs by the total's own error plus the subtotal's, each
      // reported already; the comparison with the subtotals is no third problem
      List<Finding> out = new ArrayList<>(findings);
      out.remove(fromSections);
      out.set(out.indexOf(fromRows), withTotal(fromRows, fromSections).withMessage(fromRows.message() + "；与各小计合计 "
          + Decimals.plain(sections) + " 之差另含小计本身的误差"));
      return out;
    }
    if (explained.isEmpty()) {
      return findings;
    }
    Finding first = sectionFindings.get(0);
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (explained.contains(f)) {
        continue;
      }
      if (f == first) {
        for (Finding t : explained) {
          f = withTotal(f, t);
        }
        f = f.withMessage(f.message() + (explained.contains(fromRows)
            ? "；总分 " + Decimals.plain(stated) + " 随此小计而来，与各行得分合计 "
                + Decimals.plain(rows) + " 相差同一数额：属同一问题"
            : "；总分 " + Decimals.plain(stated) + " 与各行得分一致，与各小计合计 "
                + Decimals.plain(sections) + " 不符，错在小计：属同一问题"));
      }
      out.add(f);
    }
    return out;
  }

  /**
   * Σ (subtotal − its rows) over the sections that state a score and have rows, or null when a
   * section's rows have a blank score (then the drift is not known).
   */
  private static @Nullable BigDecimal subtotalDrift(Report report) {
    BigDecimal drift = BigDecimal.ZERO;
    for (Section s : report.sections()) {
      List<IndicatorRow> rows = SectionRows.of(report, s);
      if (rows.isEmpty() || s.score() == null) {
        continue;
      }
      if (rows.stream().anyMatch(r -> r.score() == null)) {
        return null;
      }
      drift = drift.add(s.score().subtract(Decimals.sum(rows.stream().map(IndicatorRow::score).toList())));
    }
    return drift;
  }

  private static @Nullable Finding totalFinding(List<Finding> findings, String rule) {
    return findings.stream()
        .filter(f -> f.check() == CheckId.TOTAL_SCORE && rule.equals(f.rule()))
        .findFirst()
        .orElse(null);
  }

  private static Finding withTotal(Finding f, Finding total) {
    return total.location() == null ? f : f.withAlsoAt(List.of(total.location()));
  }
}
