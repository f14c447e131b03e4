package org.jixiao.audit.gate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.audit.internal.BudgetFields;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * 识别置信度低: a number read by OCR below {@link OcrRead#RELIABLE} confidence may be misread (0 for
 * 6, a lost decimal point), so no check may build a finding on it: a row's weight or score withholds
 * the indicator rows (every sum over them would include it), unless it is a weight and the weights
 * add up exactly to the full mark; a money figure or rate, the total or the full mark is withheld
 * alone. Each becomes a diagnostic that the value could not be read reliably, naming its cell and
 * confidence.
 */
public final class LowConfidenceRule implements PlausibilityRule {
  private static final List<IndicatorField> ROW_NUMBERS = List.of(IndicatorField.weight, IndicatorField.score);

  @Override
  public Gated apply(Gated in, @Nullable String text) {
    Gated out = rows(in);
    out = budget(out);
    return scores(out);
  }

  private static Gated rows(Gated in) {
    boolean weightsConfirmed = weightsMakeFullMark(in.report());
    for (IndicatorRow row : in.report().indicators()) {
      for (IndicatorField f : ROW_NUMBERS) {
        SourceRef where = row.sources().get(f);
        OcrRead ocr = unreliable(where);
        if (ocr != null && f == IndicatorField.weight && weightsConfirmed) {
          continue; // the weights, this one among them, add up exactly to the full mark: it was read right
        }
        if (ocr != null && (f == IndicatorField.score ? row.score() : row.weight()) != null) {
          String value = plain(f == IndicatorField.score ? row.score() : row.weight());
          return in.withhold(in.report().withIndicators(List.of()),
              "未能可靠读取指标表：“" + row.level3() + "”的" + (f == IndicatorField.score ? "得分" : "分值") + " " + value
                  + " 是扫描件识别结果，" + confidence(ocr) + "，指标行均不参与审核",
              where);
        }
      }
    }
    return in;
  }

  /**
   * Whether every row prints a weight and the weights add up exactly to the report's full mark (100 when it states
   * none): a misread weight would have to be cancelled by another misread to keep that sum (h469: a 4 read at
   * confidence 38 among seventeen weights making 100).
   */
  private static boolean weightsMakeFullMark(Report r) {
    BigDecimal sum = BigDecimal.ZERO;
    for (IndicatorRow row : r.indicators()) {
      if (row.weight() == null) {
        return false;
      }
      sum = sum.add(row.weight());
    }
    BigDecimal full = r.maxScore() != null ? r.maxScore() : BigDecimal.valueOf(100);
    return !r.indicators().isEmpty() && sum.compareTo(full) == 0;
  }

  /**
   * Each money figure or rate read below the reliable confidence is withheld on its own (h469: the 年初预算数 and the
   * 项目支出 line's, at 24 and 7, beside a 全年预算数, 执行数 and 执行率 read at 76–98): the checks that need it are
   * silent, the others judge the figures read right.
   */
  private static Gated budget(Gated in) {
    Budget b = in.report().budget();
    if (b == null) {
      return in;
    }
    Map<BudgetField, Evidence> unread = new EnumMap<>(BudgetField.class);
    for (Map.Entry<BudgetField, Evidence> e : b.evidence().entrySet()) {
      if (unreliable(e.getValue().source()) != null && BudgetFields.value(b, e.getKey()) != null) {
        unread.put(e.getKey(), e.getValue());
      }
    }
    if (unread.isEmpty()) {
      return in;
    }
    Budget kept = BudgetFields.without(b, unread.keySet());
    Report cleaned = Copies.withBudget(in.report(), kept.statesNothing() ? null : kept);
    Gated out = in;
    for (Map.Entry<BudgetField, Evidence> e : unread.entrySet()) {
      out = out.withhold(cleaned,
          "未能可靠读取预算表：" + BudgetFields.label(e.getKey()) + "“" + e.getValue().text().strip() + "”是扫描件识别结果，"
              + confidence(unreliable(e.getValue().source())) + "，该数不参与审核",
          e.getValue().source());
    }
    return out;
  }

  private static Gated scores(Gated in) {
    Report r = in.report();
    Evidence total = r.evidence().get(ReportField.totalScore);
    Evidence max = r.evidence().get(ReportField.maxScore);
    OcrRead totalOcr = total == null || r.totalScore() == null ? null : unreliable(total.source());
    OcrRead maxOcr = max == null || r.maxScore() == null ? null : unreliable(max.source());
    if (totalOcr == null && maxOcr == null) {
      return in;
    }
    Evidence shown = totalOcr != null ? total : max;
    List<String> what = new ArrayList<>();
    if (totalOcr != null) {
      what.add("总分“" + total.text().strip() + "”（" + confidence(totalOcr) + "）");
    }
    if (maxOcr != null) {
      what.add("满分“" + max.text().strip() + "”（" + confidence(maxOcr) + "）");
    }
    return in.withhold(Copies.withoutScores(r, totalOcr != null, maxOcr != null),
        "未能可靠读取" + String.join("、", what) + "：扫描件识别结果，不参与审核", shown.source());
  }

  /** The OCR reading behind a source when it is below the reliable confidence, else null. */
  static @Nullable OcrRead unreliable(@Nullable SourceRef where) {
    return where instanceof CellRef c && c.ocr() != null && c.ocr().unreliable() ? c.ocr() : null;
  }

  private static String confidence(OcrRead ocr) {
    return String.format(Locale.ROOT, "识别置信度 %.0f（低于 %.0f）", ocr.confidence(), OcrRead.RELIABLE);
  }

  private static String plain(@Nullable BigDecimal v) {
    return v == null ? "" : org.jixiao.audit.internal.Decimals.plain(v);
  }
}
