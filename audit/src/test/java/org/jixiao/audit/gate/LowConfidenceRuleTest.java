package org.jixiao.audit.gate;

import static org.jixiao.audit.gate.Reports.d;
import static org.jixiao.audit.gate.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.TableMethod;
import org.junit.jupiter.api.Test;

/**
 * A scanned report whose numbers OCR read with low confidence: the audit says the value could not be
 * read reliably and builds no finding on it; the same numbers read confidently are audited.
 */
class LowConfidenceRuleTest {
  private static final PlausibilityGate GATE = PlausibilityGate.standard();

  private static CellRef scanned(int row, int col, double confidence) {
    return new CellRef("scan.pdf", 1, 0, row, col, TableMethod.OCR, new OcrRead(100, 50 + 20 * row, 40, 12, confidence));
  }

  /** Rows whose scores add to 88 while the total says 98: a real discrepancy when the digits are certain. */
  private static List<IndicatorRow> rows(double scoreConfidence) {
    return List.of(
        row("产出指标", "实际完成率", "40", "38", 3, scoreConfidence),
        row("效益指标", "服务对象满意度", "60", "50", 4, 95));
  }

  private static IndicatorRow row(String level1, String level3, String weight, String score, int r, double conf) {
    return new IndicatorRow(null, null, level1, null, level3, null, null, d(weight), d(score), null, null, null, null,
        null, scanned(r, 0, 95), ExtractionMethod.TABLE,
        Map.of(IndicatorField.weight, scanned(r, 5, 95), IndicatorField.score, scanned(r, 6, conf)), List.of());
  }

  @Test
  void aConfidentScoreAboveItsWeightThatTheTotalProvesMisreadIsNoFinding() {
    // h422: a 5 read 8 at confidence 95; the rows add to the printed total plus exactly the excess
    List<IndicatorRow> misread = List.of(row("产出指标", "新增节水能力", "5", "8", 3, 95),
        row("效益指标", "服务对象满意度", "95", "90", 4, 95));
    AuditResult result = Auditor.standard().audit(new AuditSubject(report(d("95"), d("100"), null, List.of(), misread, Map.of()), null));
    assertTrue(result.findings().stream().noneMatch(f -> f.check() == org.jixiao.schema.CheckId.ROW_SCORE), result.findings().toString());
    // a score above its weight that the total counts is the report's: found
    AuditResult real = Auditor.standard().audit(new AuditSubject(report(d("98"), d("100"), null, List.of(), misread, Map.of()), null));
    assertTrue(real.findings().stream().anyMatch(f -> f.check() == org.jixiao.schema.CheckId.ROW_SCORE), real.findings().toString());
  }

  @Test
  void aLowConfidenceScoreWithholdsTheRowsWithADiagnostic() {
    Report r = report(d("98"), d("100"), null, List.of(), rows(41), Map.of());
    Gated g = GATE.apply(r, null);
    assertTrue(g.report().indicators().isEmpty());
    String m = g.diagnostics().get(0).message();
    assertTrue(m.contains("未能可靠读取") && m.contains("实际完成率") && m.contains("识别置信度 41"), m);
    AuditResult result = Auditor.standard().audit(new AuditSubject(r, null));
    assertTrue(result.findings().isEmpty(), result.findings().toString());
  }

  @Test
  void aLowConfidenceWeightAmongWeightsMakingTheFullMarkIsReadRight() {
    // h469: a weight read at confidence 38 among weights that add up to exactly 100; the scores are read confidently
    List<IndicatorRow> rows = List.of(
        new IndicatorRow(null, null, "产出指标", null, "实际完成率", null, null, d("40"), d("38"), null, null, null, null,
            null, scanned(3, 0, 95), ExtractionMethod.TABLE,
            Map.of(IndicatorField.weight, scanned(3, 5, 38), IndicatorField.score, scanned(3, 6, 95)), List.of()),
        row("效益指标", "服务对象满意度", "60", "50", 4, 95));
    Report r = report(d("98"), d("100"), null, List.of(), rows, Map.of());
    assertEquals(2, GATE.apply(r, null).report().indicators().size());
    assertTrue(Auditor.standard().audit(new AuditSubject(r, null)).findings().stream()
        .anyMatch(f -> f.check() == org.jixiao.schema.CheckId.TOTAL_SCORE), "88 against 98 is found");
    Report off = report(d("98"), d("105"), null, List.of(), rows, Map.of());
    assertTrue(GATE.apply(off, null).report().indicators().isEmpty(), "weights not making the full mark: withheld");
  }

  @Test
  void theSameNumbersReadConfidentlyAreAudited() {
    Report r = report(d("98"), d("100"), null, List.of(), rows(93), Map.of());
    assertEquals(2, GATE.apply(r, null).report().indicators().size());
    assertTrue(!Auditor.standard().audit(new AuditSubject(r, null)).findings().isEmpty());
  }

  @Test
  void aLowConfidenceBudgetFigureOrTotalIsWithheld() {
    Budget b = new Budget(null, d("22681.6"), d("19792.2"), d("87.3"), null, null, null, null,
        Map.of(BudgetField.adjustedBudget, new Evidence("22681.6", scanned(2, 3, 97), ExtractionMethod.TABLE),
            BudgetField.expenditure, new Evidence("19792.2", scanned(2, 4, 35), ExtractionMethod.TABLE)));
    Gated g = GATE.apply(report(null, null, b, List.of(), List.of(), Map.of()), null);
    assertNull(g.report().budget().expenditure(), "the figure read below the reliable confidence is withheld");
    assertEquals(0, d("22681.6").compareTo(g.report().budget().adjustedBudget()), "the one read right is kept (h469)");
    assertTrue(g.diagnostics().get(0).message().contains("全年执行数“19792.2”"), g.diagnostics().toString());
    Budget unread = new Budget(null, d("22681.6"), null, null, null, null, null, null,
        Map.of(BudgetField.adjustedBudget, new Evidence("22681.6", scanned(2, 3, 30), ExtractionMethod.TABLE)));
    assertNull(GATE.apply(report(null, null, unread, List.of(), List.of(), Map.of()), null).report().budget(),
        "nothing left");

    Map<ReportField, Evidence> total = Map.of(ReportField.totalScore, new Evidence("88", scanned(9, 6, 20), ExtractionMethod.TABLE));
    Gated t = GATE.apply(report(d("88"), d("100"), null, List.of(), List.of(), total), null);
    assertNull(t.report().totalScore());
    assertNotNull(t.report().maxScore());
  }
}
