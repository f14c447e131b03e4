package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTableReader;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.Expression;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.AnchoredPattern;
import org.jixiao.text.number.MoneyUnit;
import org.jixiao.text.number.Numbers;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * 文中算式: arithmetic printed in the prose, recomputed.
 *
 * <ul>
 *   <li>formulas with their result, "=358/207*100%=17%", "（2-3）/3*100%=-3.3%": the expression
 *       between two equals signs is evaluated by {@link Expression} and compared with the result
 *       at its printed precision (rounding is not a finding); ERROR HIGH;
 *   <li>"满分X分，得分Y分，得分率Z%" ("过程指标25分，得23.92分，得分率95.86%"): Y ÷ X against Z; ERROR HIGH. When a 得分率 table line of the
 *       group the sentence is about (its heading, "6.采购管理" over "该二级指标满分2分…") prints the same
 *       full mark and rate with a score that gives the rate, the sentence's score is the figure that
 *       differs, and the finding names it (stated 2, recomputed 1) and the group;
 *   <li>a 得分率 column (see {@link ScoreRateTables}): 得分 ÷ 分值 against the printed rate, line by
 *       line (the 一级指标 summary, an indicator table); ERROR HIGH;
 *   <li>a table of rates worked out from their 分子 and 分母 (see {@link RatioTables}): ERROR HIGH;
 *   <li>an execution rate stated with its parts (see {@link RateStatements}): ERROR MEDIUM, the
 *       association of amounts with roles being a heuristic; silent when a budget table line prints
 *       the same rate, proven by its own cells, and one of the sentence's amounts differs from it (that
 *       amount is the wrong figure, {@code FigureAgreementCheck}'s).
 * </ul>
 *
 * Each finding names the indicator whose level3 last appears before it in the same paragraph.
 */
public final class ArithmeticCheck implements Check {
  private static final Pattern RESULT = Numbers.compile("\\s*({SN})\\s*([%％]?)");
  /** "满分30分，得分28.59分，得分率95.30%": a sentence, or a row of cards, its cells tab-joined ("分值30分 | 得分28.59分 | …", h445). */
  private static final Pattern SCORE_RATE =
      Numbers.compile(
          "(?:满分|权重分|权重|分值|标准分|指标)\\s*(?:为|是)?\\s*({N})\\s*分\\s*[，,、\t]\\s*(?:实际|自评|评价)?(?:得分|实得|得)"
              + "\\s*(?:为|是)?\\s*({N})\\s*分\\s*[，,、\t]\\s*得分率\\s*(?:为|是|达)?\\s*({N})\\s*[%％]");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** "综合得分率 | 98.95%": the total's rate on a table line of its own (its label, then only the rate). */
  private static final AnchoredPattern TOTAL_RATE = AnchoredPattern.compile(
      "(?m)^[\\s\u3000]*(?<label>综合得分率|总得分率|总分得分率|综合得分比率)[\\t \u3000]*(?:[（(]%[)）])?[\\t \u3000]*(?<rate>{N})\\s*[%％][\\t \u3000]*$", 40, "得分率", "得分比率");

  private static final Pattern HEADING_NUMBER =
      Numbers.compile("^(?:{N}[.、．]|[一二三四五六七八九十]+[、.．]|[(（](?:{N}|[一二三四五六七八九十]+)[)）])\\s*");
  /** A heading is a short line without sentence punctuation. */
  private static final int MAX_HEADING = 24;

  private static final BudgetTableReader BUDGET_TABLES = BudgetTableReader.standard();

  private final RateStatements rates;
  private final ScoreRateTables tables;

  public ArithmeticCheck() {
    this.rates = RateStatements.standard();
    this.tables = ScoreRateTables.standard();
  }

  @Override
  public CheckId id() {
    return CheckId.ARITHMETIC;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    String text = subject.text();
    List<Finding> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    formulas(subject, text, out);
    namedRatios(subject, text, out);
    quotedRatios(subject, text, out);
    unitPriceProducts(subject, text, out);
    unitCostQuotients(subject, text, out);
    deviations(subject, out);
    ScoredFormulas.find(subject, id(), out);
    List<ScoreRateTables.Line> lines = ownLines(subject, tables.lines(text));
    tableRates(subject, lines, out);
    // a 计分档位 is the rate a score must follow, not the rate it gives: prose 得分率 are matched to 得分率 lines only
    List<int[]> scoreRateSpans = scoreRates(subject, text, lines.stream().filter(l -> !l.tier()).toList(), out);
    sectionRates(subject, text, scoreRateSpans, out);
    ChartRates.find(subject, text, id(), out);
    RatioTables.find(subject, text, id(), out);
    totalRate(subject, text, out);
    List<BudgetTable> budgetTables = BUDGET_TABLES.read(subject.report(), text);
    for (RateStatements.Statement s : rates.find(text)) {
      BigDecimal computed = s.recomputed();
      // a rate the budget table prints and proves beside a prose amount that differs from the table:
      // the amount is the wrong figure (FigureAgreementCheck's), not the rate
      if (!Decimals.agreesAtPrintedPrecision(s.rate(), computed)
          && TableRates.confirmsAgainst(budgetTables, text, s.rate(), s.budget(), s.spend()).isEmpty()) {
        out.add(
            at(subject, text, s.start(), s.end())
                .severity(Severity.ERROR)
                .certainty(Certainty.MEDIUM)
                .stated(Decimals.plain(s.rate()) + "%")
                .recomputed(Decimals.plain(computed, 2) + "%")
                .rule("执行率 = 支出数 ÷ 预算数 × 100%")
                .message(
                    "句中 " + Decimals.plain(s.spend()) + " ÷ "
                        + Decimals.plain(s.budget()) + " = " + Decimals.plain(computed, 2)
                        + "%，但所载为 " + Decimals.plain(s.rate()) + "%"));
      }
    }
    return out;
  }

  private void formulas(AuditSubject subject, String text, List<Finding> out) {
    int i = 0;
    while (i < text.length()) {
      if (Expression.fold(text.charAt(i)) != '=') {
        i++;
        continue;
      }
      int exprStart = i + 1;
      int j = exprStart;
      while (j < text.length() && j - exprStart <= Expression.MAX_LENGTH && expressionChar(text.charAt(j))) {
        j++;
      }
      if (j >= text.length() || Expression.fold(text.charAt(j)) != '=') {
        i = j > i + 1 ? j : i + 1;
        continue;
      }
      String expression = withoutUnit(text.substring(exprStart, j));
      Matcher r = RESULT.matcher(text).region(j + 1, text.length());
      if (expression != null && hasOperator(expression) && r.lookingAt() && !followedByDigit(text, r.end())) {
        check(subject, text, expression, exprStart, r, out);
      }
      i = j; // the result may itself start the next formula
    }
    openedFormulas(subject, text, out);
  }

  /**
   * A calculation that opens its phrase, with no "=" before it: "（68.40－59.86）÷68.40＝12.35%" in a 偏差原因 cell (h388),
   * "12,000,000.00÷12,600,000.00×100%=96.24%" after a label and colon. Its expression runs back from the "=" over the
   * cell's own characters (never over a tab into the cell before); one that cannot be worked out is left alone, since
   * where it starts is read back, not printed.
   */
  private void openedFormulas(AuditSubject subject, String text, List<Finding> out) {
    for (int k = 0; k < text.length(); k++) {
      if (Expression.fold(text.charAt(k)) != '=') {
        continue;
      }
      int s = k;
      while (s > 0 && k - s <= Expression.MAX_LENGTH && text.charAt(s - 1) != '\t' && expressionChar(text.charAt(s - 1))) {
        s--;
      }
      while (s < k && (text.charAt(s) == ' ' || text.charAt(s) == '\u3000' || text.charAt(s) == ',')) {
        s++;
      }
      if (s == k || s > 0 && Expression.fold(text.charAt(s - 1)) == '=') {
        continue; // nothing before it, or the end of a "=…=" formula, read above
      }
      String expression = withoutUnit(text.substring(s, k));
      if (s > 0 && isWordChar(text.charAt(s - 1))) {
        // words before the bare tail: the formula may run on through them, each amount named ("…总额62.35万元÷预算安排
        // 公用经费总额65.80万元×100%＝94.76%", h426), and then its tail alone (65.80×100%) is no formula
        Worded worded = worded(text, s, k);
        if (worded == null) {
          continue;
        }
        expression = worded.expression();
        s = worded.start();
      }
      Matcher r = RESULT.matcher(text).region(k + 1, text.length());
      if (expression != null && hasOperator(expression) && r.lookingAt() && !followedByDigit(text, r.end())
          && Expression.evaluate(expression).isPresent()) {
        check(subject, text, expression, s, r, out);
      }
    }
  }

  /**
   * "签约率＝已签约重点人群21.36万人÷重点人群总数27.42万人＝78.90%" (h365), or opening its cell or clause with no "=" before it
   * ("持卡37.86万人÷常住人口38.52万人＝98.92%", h393): a rate worked out from two counts each named by its
   * words and written with its unit, which the bare formula above cannot read. The two units must be the same; amounts in
   * money without words are the bare formula's.
   */
  private static final AnchoredPattern NAMED_RATIO = AnchoredPattern.compile(
      "(?m)(?:[=＝]|(?<=[\\t：:，,；;（(])|^)\\s*(?<body>(?<w1>\\p{IsHan}{1,12})?(?<a>{N})\\s*(?<u>\\p{IsHan}{1,3}?)\\s*[÷/]\\s*(?<w2>\\p{IsHan}{1,12})?(?<b>{N})\\s*\\k<u>"
          + "\\s*[=＝]\\s*(?<r>{N})\\s*[%％])", 120, "÷", "/");

  private void namedRatios(AuditSubject subject, String text, List<Finding> out) {
    for (MatchResult m : NAMED_RATIO.matches(text)) {
      boolean named = m.group("w1") != null || m.group("w2") != null;
      if (!named && (m.group("u").isEmpty() || MONEY_UNIT.matcher(m.group("u")).matches())) {
        continue; // "=21.36÷27.42=77.90%", "=…万元÷…万元=…%": the bare formula's to check
      }
      ratio(subject, text, m, m.start("body"), "算式 " + m.group("body").strip(), out);
    }
  }

  /**
   * The ratio match {@code m} states, a ÷ b (groups a, b, r, u), at {@code start}: an ERROR HIGH when its printed rate
   * r is not a ÷ b at its printed precision; {@code said} opens the message.
   */
  private void ratio(AuditSubject subject, String text, MatchResult m, int start, String said, List<Finding> out) {
    BigDecimal b = Numbers.of(m.group("b"));
    if (b.signum() == 0) {
      return;
    }
    BigDecimal shown = Numbers.of(m.group("a")).multiply(HUNDRED).divide(b, MathContext.DECIMAL64);
    BigDecimal stated = Numbers.of(m.group("r"));
    if (Decimals.agreesAtPrintedPrecision(stated, shown)) {
      return;
    }
    String recomputed = Decimals.plain(shown, Math.max(2, Decimals.printedScale(stated))) + "%";
    out.add(at(subject, text, start, m.end()).stated(m.group("r") + "%").rule(text.substring(start, m.end()).strip())
        .severity(Severity.ERROR).certainty(Certainty.HIGH).recomputed(recomputed)
        .message(said + "：" + m.group("a") + m.group("u") + " ÷ " + m.group("b") + m.group("u") + " 计算得 " + recomputed));
  }

  /**
   * "规模化供水工程覆盖农村人口10.40万人，占全县农村常住人口13.26万人的78.34%" (h405): a count or an amount, then the share of a
   * whole it is, the whole printed with the same unit right before 的: a ÷ b as printed, or an ERROR.
   */
  private static final AnchoredPattern SHARE = AnchoredPattern.compile(
      "(?<a>{N})\\s*(?<u>\\p{IsHan}{1,3}?)\\s*[，,]?\\s*占(?<of>[^，,。；;\\d%％]{0,20}?)(?<b>{N})\\s*\\k<u>\\s*的\\s*(?<r>{N})\\s*[%％]",
      40, "占");

  /**
   * "97.48%（1,862÷1,930）" (h442's 实际完成值): a rate with the fraction it was worked out from in brackets after it, each
   * count optionally named and with its unit: a ÷ b as printed, or an ERROR.
   */
  private static final AnchoredPattern BRACKETED_FRACTION = AnchoredPattern.compile(
      "(?<r>{N})\\s*[%％]\\s*[（(]\\s*\\p{IsHan}{0,12}?(?<a>{N})\\s*(?<u>\\p{IsHan}{0,3}?)\\s*[÷/]\\s*\\p{IsHan}{0,12}?(?<b>{N})"
          + "\\s*\\k<u>\\s*[)）]",
      60, "÷", "/");

  /**
   * "乡道412.6公里×0.35万元/公里＝141.44万元" (h483): a quantity times a price per its unit, worked out to an amount in the
   * price's unit: a × b at the amount's printed precision, or an ERROR. The units must chain (公里, 万元/公里, 万元).
   */
  private static final AnchoredPattern UNIT_PRICE_PRODUCT = AnchoredPattern.compile(
      "(?<a>{N})\\s*(?<u>\\p{IsHan}{1,3}?)\\s*[×*＊]\\s*\\p{IsHan}{0,6}?(?<b>{N})\\s*(?<pu>\\p{IsHan}{1,3}?)[/／]\\k<u>"
          + "\\s*[=＝]\\s*(?<r>{N})\\s*\\k<pu>(?!\\s*[/／])",
      60, "×", "*", "＊");

  private void unitPriceProducts(AuditSubject subject, String text, List<Finding> out) {
    for (MatchResult m : UNIT_PRICE_PRODUCT.matches(text)) {
      BigDecimal stated = Numbers.of(m.group("r"));
      BigDecimal product = Numbers.of(m.group("a")).multiply(Numbers.of(m.group("b")));
      if (Decimals.agreesAtPrintedPrecision(stated, product)) {
        continue;
      }
      String recomputed = Decimals.plain(product, Math.max(2, Decimals.printedScale(stated))) + m.group("pu");
      out.add(at(subject, text, m.start(), m.end()).stated(m.group("r") + m.group("pu")).rule(m.group().strip())
          .severity(Severity.ERROR).certainty(Certainty.HIGH).recomputed(recomputed)
          .message("算式 " + m.group().strip() + "：" + m.group("a") + m.group("u") + " × " + m.group("b") + m.group("pu") + "/"
              + m.group("u") + " 计算得 " + recomputed));
    }
  }

  /**
   * "亩均财政投入＝基地建设支出÷基地面积＝1,086.40万元÷8,000亩＝1,385元/亩" (h501): an amount of money over a quantity, worked out
   * to a price per that quantity's unit, the amount's 万元 turned into the price's 元: a ÷ b at the price's printed
   * precision, or an ERROR. The units must chain (万元, 亩, 元/亩).
   */
  private static final AnchoredPattern UNIT_COST_QUOTIENT = AnchoredPattern.compile(
      "(?<a>{N})\\s*(?<au>亿元|万元|元)\\s*[÷/]\\s*\\p{IsHan}{0,6}?(?<b>{N})\\s*(?<u>\\p{IsHan}{1,3}?)"
          + "\\s*[=＝]\\s*(?<r>{N})\\s*(?<pu>万元|元)[/／]\\k<u>",
      60, "÷", "/");

  private void unitCostQuotients(AuditSubject subject, String text, List<Finding> out) {
    for (MatchResult m : UNIT_COST_QUOTIENT.matches(text)) {
      BigDecimal b = Numbers.of(m.group("b"));
      if (b.signum() == 0) {
        continue;
      }
      BigDecimal quotient = Numbers.of(m.group("a")).multiply(yuan(m.group("au")))
          .divide(b.multiply(yuan(m.group("pu"))), MathContext.DECIMAL64);
      BigDecimal stated = Numbers.of(m.group("r"));
      if (Decimals.agreesAtPrintedPrecision(stated, quotient)) {
        continue;
      }
      String per = m.group("pu") + "/" + m.group("u");
      String recomputed = Decimals.plain(quotient, Math.max(2, Decimals.printedScale(stated))) + per;
      out.add(at(subject, text, m.start(), m.end()).stated(m.group("r") + per).rule(m.group().strip())
          .severity(Severity.ERROR).certainty(Certainty.HIGH).recomputed(recomputed)
          .message("算式 " + m.group().strip() + "：" + m.group("a") + m.group("au") + " ÷ " + m.group("b") + m.group("u")
              + " 计算得 " + recomputed));
    }
  }

  /** How many 元 one of a money unit is (the pattern admits only 亿元, 万元 and 元). */
  private static BigDecimal yuan(String unit) {
    return BigDecimal.ONE.scaleByPowerOfTen(MoneyUnit.ofSymbol(unit).orElseThrow().powerOfTen());
  }

  /** The ratios stated as a share of a whole or with their fraction in brackets, each quoted whole in its finding. */
  private void quotedRatios(AuditSubject subject, String text, List<Finding> out) {
    for (AnchoredPattern p : List.of(SHARE, BRACKETED_FRACTION)) {
      for (MatchResult m : p.matches(text)) {
        ratio(subject, text, m, m.start(), "“" + m.group().strip() + "”", out);
      }
    }
  }

  private void check(
      AuditSubject subject, String text, String expression, int start, Matcher r, List<Finding> out) {
    Optional<BigDecimal> value = Expression.evaluate(expression);
    BigDecimal stated = Numbers.of(r.group(1));
    boolean percent = !r.group(2).isEmpty();
    String unit = percent ? "%" : "";
    String printed = expression.strip() + "=" + r.group(1) + unit;
    FindingBuilder b =
        at(subject, text, start, r.end()).stated(r.group(1) + unit).rule(printed);
    if (value.isEmpty()) {
      out.add(
          b.severity(Severity.INFO)
              .certainty(Certainty.LOW)
              .message("算式 " + printed + " 无法计算（除数为 0 或算式不完整）"));
      return;
    }
    BigDecimal computed = value.get();
    BigDecimal shown = percent ? computed.multiply(HUNDRED) : computed;
    // "a/b×100=95%" mixes notations; accept the reading under which it holds
    if (Decimals.agreesAtPrintedPrecision(stated, shown)
        || (percent && Decimals.agreesAtPrintedPrecision(stated, computed))) {
      return;
    }
    out.add(
        b.severity(Severity.ERROR)
            .certainty(Certainty.HIGH)
            .recomputed(Decimals.plain(shown, Math.max(2, Decimals.printedScale(stated))) + unit)
            .message(
                "算式 " + printed + "：" + expression.strip() + " 计算得 "
                    + Decimals.plain(shown, Math.max(2, Decimals.printedScale(stated))) + unit));
  }

  /**
   * The table lines that belong to this report: all of them for a file holding one report; for one
   * of several reports in a file (its part's text may still hold a summary of all), only lines naming one of its own
   * rows or sections with the same full mark and score.
   */
  private static List<ScoreRateTables.Line> ownLines(AuditSubject subject, List<ScoreRateTables.Line> lines) {
    if (subject.report().part() == null) {
      return lines;
    }
    return lines.stream().filter(l -> states(subject, l)).toList();
  }

  private static boolean states(AuditSubject subject, ScoreRateTables.Line l) {
    String key = Names.key(l.name());
    boolean row = subject.report().indicators().stream().anyMatch(r ->
        Names.key(r.level3()).equals(key) && Decimals.same(r.weight(), l.weight())
            && Decimals.same(r.score(), l.score()));
    return row || subject.report().sections().stream().anyMatch(s ->
        Names.key(s.name()).equals(key) && Decimals.same(s.weight(), l.weight())
            && Decimals.same(s.score(), l.score()));
  }

  /**
   * A line of its own stating the total's rate under a table's 合计 ("综合得分率 | 98.95%"): the report's total ÷ its full
   * mark, when both were read. ERROR HIGH: the three figures are the table's own.
   */
  private void totalRate(AuditSubject subject, String text, List<Finding> out) {
    BigDecimal total = subject.report().totalScore();
    BigDecimal full = subject.report().maxScore();
    if (total == null || full == null || full.signum() <= 0) {
      return;
    }
    List<MatchResult> found = TOTAL_RATE.matches(text);
    if (found.isEmpty()) {
      return;
    }
    MatchResult m = found.getFirst();
    BigDecimal stated = Numbers.of(m.group("rate"));
    BigDecimal computed = total.multiply(HUNDRED).divide(full, java.math.MathContext.DECIMAL64);
    if (Decimals.agreesAtPrintedPrecision(stated, computed)) {
      return;
    }
    String shown = computed.setScale(Math.max(2, Decimals.printedScale(stated)), java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    out.add(FindingBuilder.of(subject.file(), id())
        .indicator(m.group("label"))
        .location(new TextSpan(subject.file(), null, m.start("rate"), m.end("rate")))
        .severity(Severity.ERROR)
        .certainty(Certainty.HIGH)
        .stated(m.group("rate") + "%")
        .recomputed(shown)
        .rule("得分率 = 总分 ÷ 满分 × 100%")
        .message(m.group("label") + "：总分 " + Decimals.plain(total) + " ÷ 满分 " + Decimals.plain(full) + " = " + shown
            + "，报告所载 " + m.group("rate") + "%"));
  }

  /** An ERROR HIGH on a 得分率 table's line, cited at its rate cell. */
  private FindingBuilder atTableLine(AuditSubject subject, ScoreRateTables.Line l) {
    return FindingBuilder.of(subject.file(), id())
        .indicator(l.name())
        .location(new TextSpan(subject.file(), null, l.rateStart(), l.rateEnd()))
        .severity(Severity.ERROR)
        .certainty(Certainty.HIGH);
  }

  /** A row's score off the share its printed 计分档位 gives: the score is what its rule does not give (h511). */
  private void tierScore(AuditSubject subject, ScoreRateTables.Line l, List<Finding> out) {
    String computed = Decimals.plain(l.tierScore(), Math.max(2, Decimals.printedScale(l.score())));
    out.add(
        atTableLine(subject, l)
            .stated(Decimals.plain(l.score()))
            .recomputed(computed)
            .rule("得分 = 分值 × 计分档位")
            .message(
                l.name() + "：计分档位 " + l.rateText() + "，分值 " + Decimals.plain(l.weight()) + " × " + l.rateText()
                    + " = " + computed + "，表中得分为 " + Decimals.plain(l.score())));
  }

  private void tableRates(AuditSubject subject, List<ScoreRateTables.Line> lines, List<Finding> out) {
    for (ScoreRateTables.Line l : lines) {
      if (l.agrees()) {
        continue;
      }
      if (l.tier()) {
        tierScore(subject, l, out);
        continue;
      }
      String computed =
          l.recomputed().setScale(Math.max(2, Decimals.printedScale(l.rate())), java.math.RoundingMode.HALF_UP)
              .toPlainString() + "%";
      out.add(
          atTableLine(subject, l)
              .stated(l.rateText())
              .recomputed(computed)
              .rule("得分率 = 得分 ÷ 分值 × 100%")
              .message(
                  l.name() + "：得分 " + Decimals.plain(l.score()) + " ÷ 分值 " + Decimals.plain(l.weight())
                      + " = " + computed + "，表中为 " + l.rateText()));
    }
  }

  /** Checks the "满分…得分…得分率…" sentences; returns where each stands, for {@link #sectionRates} to leave alone. */
  private List<int[]> scoreRates(
      AuditSubject subject, String text, List<ScoreRateTables.Line> lines, List<Finding> out) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = SCORE_RATE.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      BigDecimal full = Numbers.of(m.group(1));
      BigDecimal score = Numbers.of(m.group(2));
      BigDecimal rate = Numbers.of(m.group(3));
      if (full.signum() == 0) {
        continue;
      }
      BigDecimal computed = score.multiply(HUNDRED).divide(full, java.math.MathContext.DECIMAL64);
      Optional<ScoreRateTables.Line> table = sameGroupInTable(text, m.start(), full, rate, lines);
      if (!Decimals.agreesAtPrintedPrecision(rate, computed) && table.isPresent()
          && !Decimals.same(table.get().score(), score)) {
        ScoreRateTables.Line l = table.get();
        out.add(
            FindingBuilder.of(subject.file(), id())
                .indicator(l.name())
                .location(new TextSpan(subject.file(), null, m.start(), m.end()))
                .severity(Severity.ERROR)
                .certainty(Certainty.HIGH)
                .stated(m.group(2) + "分")
                .recomputed(Decimals.plain(l.score()) + "分")
                .rule("得分率 = 得分 ÷ 满分 × 100%")
                .message(
                    l.name() + "：正文载满分" + m.group(1) + "分、得分" + m.group(2) + "分、得分率"
                        + m.group(3) + "%；满分 " + m.group(1) + " × " + m.group(3) + "% 为 "
                        + Decimals.plain(l.score()) + "，即表中所载得分（" + Decimals.plain(l.weight())
                        + " | " + Decimals.plain(l.score()) + " | " + l.rateText() + "）：不符的是得分 "
                        + m.group(2)));
      } else if (!Decimals.agreesAtPrintedPrecision(rate, computed)) {
        out.add(
            at(subject, text, m.start(), m.end())
                .severity(Severity.ERROR)
                .certainty(Certainty.HIGH)
                .stated(m.group(3) + "%")
                .recomputed(Decimals.plain(computed, 2) + "%")
                .rule("得分率 = 得分 ÷ 满分 × 100%")
                .message(
                    "得分 " + m.group(2) + " ÷ 满分 " + m.group(1) + " = "
                        + Decimals.plain(computed, 2) + "%，正文所载得分率为 " + m.group(3) + "%"));
      }
    }
    return spans;
  }

  /** A 一级指标's 得分率 stated alone ("产出指标得分率百分之九十九点六二", h317) against its section's score ÷ weight. */
  private void sectionRates(AuditSubject subject, String text, List<int[]> taken, List<Finding> out) {
    // "满分30分，得分28.59分，得分率95.30%" is scoreRates': its spans are left alone
    for (SectionRates.Statement s : SectionRates.misstated(subject.report(), text, taken)) {
      String rate = Decimals.plain(s.computed(), 2) + "%";
      out.add(FindingBuilder.of(subject.file(), id())
          .indicator(s.section().name())
          .location(new TextSpan(subject.file(), null, s.start(), s.end()))
          .severity(Severity.ERROR)
          .certainty(Certainty.HIGH)
          .stated(Decimals.plain(s.rate()) + "%")
          .recomputed(rate)
          .rule("得分率 = 得分 ÷ 分值 × 100%")
          .message(s.section().name() + "：得分 " + Decimals.plain(s.section().score()) + " ÷ 分值 "
              + Decimals.plain(s.section().weight()) + " = " + rate + "，正文所载得分率为 " + s.printed()));
    }
  }

  /**
   * The 得分率 table line of the group a sentence is about, when it prints the sentence's full mark
   * and rate and its own score gives that rate: the group is named by the heading line just above the
   * sentence's paragraph ("6.采购管理", numbering dropped) or by the words that open the sentence
   * ("产出指标满分35分…"), and the line's name contains it (B6采购管理).
   */
  private static Optional<ScoreRateTables.Line> sameGroupInTable(
      String text, int at, BigDecimal full, BigDecimal rate, List<ScoreRateTables.Line> lines) {
    List<String> names = groupNames(text, at);
    return lines.stream()
        .filter(l -> l.agrees() && Decimals.same(l.weight(), full) && Decimals.same(l.rate(), rate))
        .filter(l -> names.stream().anyMatch(n -> Names.key(l.name()).contains(n)))
        .findFirst();
  }

  private static List<String> groupNames(String text, int at) {
    List<String> out = new ArrayList<>();
    int paragraph = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int sentence = Math.max(paragraph, Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1);
    addName(out, text.substring(sentence, at));
    int end = paragraph - 1;
    while (end > 0) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        if (line.length() <= MAX_HEADING && line.indexOf('。') < 0 && line.indexOf('\t') < 0) {
          addName(out, line);
        }
        break;
      }
      end = start - 1;
    }
    return out;
  }

  private static void addName(List<String> out, String words) {
    String key = Names.key(HEADING_NUMBER.matcher(words.strip()).replaceFirst(""));
    if (key.length() >= 2 && !key.startsWith("该") && !key.startsWith("本") && !key.startsWith("此")) {
      out.add(key);
    }
  }

  private FindingBuilder at(AuditSubject subject, String text, int start, int end) {
    return FindingBuilder.of(subject.file(), id())
        .indicator(indicatorBefore(subject, text, start))
        .location(new TextSpan(subject.file(), null, start, end));
  }

  /** The row whose level3 appears last before {@code offset} within the same paragraph. */
  static @Nullable String indicatorBefore(AuditSubject subject, String text, int offset) {
    int paragraph = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    String before = text.substring(paragraph, offset);
    String best = null;
    int bestEnd = -1;
    for (IndicatorRow row : subject.report().indicators()) {
      String name = row.level3();
      if (name.length() < 2) {
        continue;
      }
      int at = before.lastIndexOf(name);
      if (at >= 0 && at + name.length() > bestEnd) {
        best = name;
        bestEnd = at + name.length();
      }
    }
    return best;
  }

  /** Characters that end a worded formula's clause when read back from its "=". */
  private static final String CLAUSE_BREAKS = "\t\n。；;：:，！？";

  /** A formula read through the words naming its amounts: the words left out, and where its first operand starts. */
  record Worded(@Nullable String expression, int start) {}

  /**
   * The formula whose bare tail starts at {@code s} and whose "=" is at {@code k}, read back through the words naming its
   * amounts to the start of its clause. Words after an amount end what came before (a label's figures: "2023-2025年度
   * 资金…"). Its expression is null when it names two units or a unit word stands alone ("万人"): a formula that cannot be
   * read whole is left alone. Null when the clause holds no figure.
   */
  static @Nullable Worded worded(String text, int s, int k) {
    int c = s;
    while (c > 0 && k - c < Expression.MAX_LENGTH && CLAUSE_BREAKS.indexOf(text.charAt(c - 1)) < 0
        && Expression.fold(text.charAt(c - 1)) != '=') {
      c--;
    }
    StringBuilder out = new StringBuilder();
    int start = -1;
    boolean inWords = false;
    for (int i = c; i < k; i++) {
      char ch = text.charAt(i);
      if (expressionChar(ch) && !(ch == ',' && inWords)) {
        if (inWords && !out.isEmpty() && !opensOperand(out)) {
          // words after an amount, not after an operator: what came before is no operand of this formula ("2023-2025年度
          // 资金3268.75÷3412.68＝95.78%"), which starts again here
          out.setLength(0);
          start = -1;
        }
        inWords = false;
        if (start < 0 && !Character.isWhitespace(ch) && ch != '\u3000') {
          start = i;
        }
        out.append(ch);
      } else {
        inWords = true;
      }
    }
    return start < 0 ? null : new Worded(withoutUnit(out.toString()), start);
  }

  /** Whether the formula so far ends where an operand may begin: after an operator or an opening bracket. */
  private static boolean opensOperand(StringBuilder formula) {
    for (int i = formula.length() - 1; i >= 0; i--) {
      char f = Expression.fold(formula.charAt(i));
      if (f != ' ' && f != '\u3000') {
        return "+-*/([".indexOf(f) >= 0;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) && "万亿元".indexOf(c) < 0 || "“”\"'‘’".indexOf(c) >= 0;
  }

  private static boolean expressionChar(char c) {
    char f = Expression.fold(c);
    return (f >= '0' && f <= '9')
        || "+-*/().[]%, ".indexOf(f) >= 0
        || c == '\u3000'
        || c == '\t'
        || "万亿元".indexOf(c) >= 0;
  }

  private static final Pattern MONEY_UNIT = Pattern.compile("万元|亿元|元");

  /**
   * The expression without the money unit its amounts are written with ("970,061.78万元÷1,003,170.35万元×100%", h309), or
   * null when it names two units (a ratio of 亿元 to 万元 is not what its digits say) or a unit char stands alone.
   */
  static @Nullable String withoutUnit(String expression) {
    java.util.Set<String> units = new java.util.HashSet<>();
    MONEY_UNIT.matcher(expression).results().forEach(m -> units.add(m.group()));
    String bare = MONEY_UNIT.matcher(expression).replaceAll("");
    return units.size() > 1 || bare.chars().anyMatch(ch -> "万亿元".indexOf(ch) >= 0) ? null : bare;
  }

  private static boolean hasOperator(String expression) {
    String e = Expression.normalize(expression);
    for (int k = 1; k < e.length(); k++) { // k = 1: a leading sign is not an operator
      if ("+-*/".indexOf(e.charAt(k)) >= 0 && e.chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedByDigit(String text, int end) {
    return end < text.length() && Character.isDigit(text.charAt(end));
  }

  /**
   * A 偏差率 column against the definition the report prints (DeviationBands): each row's printed rate against what its
   * own target and actual give. ERROR HIGH.
   */
  private void deviations(AuditSubject subject, List<Finding> out) {
    DeviationBands.Scheme scheme = DeviationBands.scheme(subject.text()).orElse(null);
    if (scheme == null) {
      return;
    }
    for (DeviationBands.RowRate r : DeviationBands.rates(subject, scheme)) {
      if (DeviationBands.agrees(r)) {
        continue;
      }
      out.add(FindingBuilder.of(subject.file(), id())
          .severity(Severity.ERROR)
          .certainty(Certainty.HIGH)
          .indicator(r.row().level3() + " 偏差率")
          .location(new TextSpan(subject.file(), null, r.start(), r.end()))
          .stated(r.printed())
          .recomputed(Decimals.plain(r.computed(), 2) + "%")
          .rule("偏差率 = （实际完成值 − 年度指标值）÷ 年度指标值 × 100%" + (scheme.reversed() ? "，反向指标反之" : ""))
          .message(r.row().level3() + "：指标值 " + r.row().target() + "，实际完成值 " + r.row().actual() + "，偏差率应为 "
              + Decimals.plain(r.computed(), 2) + "%，表中为 " + r.printed()));
    }
  }
}
