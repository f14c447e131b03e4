package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.Expression;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.audit.internal.ScannedReports;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Severity;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 计分算式: a row's reason or rule that works out its score with no "=", "按38÷40×6计分，得5.85分" (h513): the printed
 * result against its own printed formula, an ERROR HIGH when they differ. On a scan OCR reads ÷ as 二 and × as X; such
 * a formula is read only when its figures are the row's own target, actual and weight, which confirms the reading.
 */
final class ScoredFormulas {
  private static final Pattern SCORED = Numbers.compile(
      "按\\s*(?<e>[^，,。；;\\t按]{3,40}?)\\s*(?:计分|计算|折算)\\s*[，,]?\\s*(?:应得|计得|得分|得)\\s*(?:为)?\\s*(?<r>{N})\\s*分");
  /** OCR's readings of the operators between two figures on a scan: 二 for ÷, X for ×. */
  private static final Pattern OCR_DIVIDE = Pattern.compile("(?<=\\p{Nd})\\s*二\\s*(?=\\p{Nd})");
  private static final Pattern OCR_TIMES = Pattern.compile("(?<=\\p{Nd})\\s*[Xx]\\s*(?=\\p{Nd})");
  private static final Pattern FIGURE = Numbers.compile("{N}");

  private ScoredFormulas() {}

  static void find(AuditSubject subject, CheckId id, List<Finding> out) {
    boolean scanned = ScannedReports.scanned(subject.report());
    for (IndicatorRow row : subject.report().indicators()) {
      for (IndicatorField field : List.of(IndicatorField.deviationReason, IndicatorField.rule)) {
        String text = field == IndicatorField.rule ? row.rule() : row.deviationReason();
        if (text == null) {
          continue;
        }
        Matcher m = SCORED.matcher(text);
        while (m.find()) {
          check(subject, id, row, field, m, scanned, out);
        }
      }
    }
  }

  private static void check(AuditSubject subject, CheckId id, IndicatorRow row, IndicatorField field, Matcher m,
      boolean scanned, List<Finding> out) {
    String printed = m.group("e").strip();
    String expression = printed;
    if (scanned) {
      expression = OCR_TIMES.matcher(OCR_DIVIDE.matcher(expression).replaceAll("÷")).replaceAll("×");
      if (!ownFigures(expression, row)) {
        return; // a reading OCR may have garbled, with nothing to confirm it
      }
    }
    Optional<BigDecimal> value = Expression.evaluate(expression);
    if (value.isEmpty() || !expression.matches(".*[÷×/*＊／].*")) {
      return;
    }
    BigDecimal stated = Numbers.of(m.group("r"));
    if (Decimals.agreesAtPrintedPrecision(stated, value.get())) {
      return;
    }
    String computed = Decimals.plain(value.get(), Math.max(2, Decimals.printedScale(stated)));
    out.add(FindingBuilder.of(subject.file(), id)
        .indicator(row.level3())
        .location(FindingBuilder.where(row, field))
        .severity(Severity.ERROR)
        .certainty(Certainty.HIGH)
        .stated(m.group("r"))
        .recomputed(computed)
        .rule(expression + "=" + m.group("r"))
        .message(row.level3() + "：" + m.group().strip() + "；" + expression + " 计算得 " + computed));
  }

  /** Every figure of the formula is the row's target, actual or weight. */
  private static boolean ownFigures(String expression, IndicatorRow row) {
    List<BigDecimal> own = new ArrayList<>();
    add(own, row.targetValue());
    add(own, row.actualValue());
    if (row.weight() != null) {
      own.add(row.weight());
    }
    Matcher f = FIGURE.matcher(expression);
    int n = 0;
    while (f.find()) {
      BigDecimal v = Numbers.of(f.group());
      if (own.stream().noneMatch(o -> o.compareTo(v) == 0)) {
        return false;
      }
      n++;
    }
    return n >= 2;
  }

  /** The value's number, or on a scan whose unit OCR garbled ("38干亩", read as text) the figure it opens with. */
  private static void add(List<BigDecimal> own, @Nullable ParsedValue v) {
    if (v != null && v.number() != null) {
      own.add(v.number());
    } else if (v != null) {
      Matcher f = FIGURE.matcher(v.text());
      if (f.find()) {
        own.add(Numbers.of(f.group()));
      }
    }
  }
}
