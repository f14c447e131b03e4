package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TableMethod;
import org.jixiao.text.number.ValueParser;
import org.junit.jupiter.api.Test;

/** "按38÷40×6计分，得5.85分": a row's score worked out in its reason with no "=", checked against its own formula. */
class ScoredFormulasTest {
  private static final SourceRef SCANNED =
      new CellRef("t.pdf", 1, 0, 10, 3, TableMethod.OCR, new OcrRead(165, 374, 85, 9, 98));

  private static IndicatorRow row(String target, String actual, String reason, SourceRef source) {
    return new IndicatorRow(null, null, "产出指标", "数量指标", "林业有害生物防治面积", target, actual, new BigDecimal("6"),
        new BigDecimal("5.85"), ValueParser.parse(target), ValueParser.parse(actual), null, reason, null, source, null,
        Map.of(), List.of());
  }

  private static List<Finding> check(IndicatorRow row) {
    Report report = new Report("t.pdf", null, null, null, null, null, null, null, new BigDecimal("100"), null, null,
        List.of(), List.of(row), null, null, null, null, Map.of(), List.of(), null, null);
    List<Finding> out = new java.util.ArrayList<>();
    ScoredFormulas.find(new AuditSubject(report, null), CheckId.ARITHMETIC, out);
    return out;
  }

  @Test
  void aPrintedScoreOffItsOwnFormulaIsAnError() {
    List<Finding> found = check(row("≥40千亩", "38千亩", "按38÷40×6计分，得5.85分", null));
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals("5.85", found.get(0).stated());
    assertEquals("5.7", found.get(0).recomputed());
    assertEquals(List.of(), check(row("≥40千亩", "38千亩", "按38÷40×6计分，得5.7分", null)), "right");
    assertEquals(List.of(), check(row("≥40千亩", "38千亩", "按实际完成值÷指标值×分值计分，得5.7分", null)), "a rule in words");
  }

  /** h513: OCR read ÷ as 二 and × as X, and 千亩 as 干亩; the figures are the row's own, so the reading stands. */
  @Test
  void onAScanTheFormulaIsReadWhenItsFiguresAreTheRowsOwn() {
    assertEquals(1, check(row("≥40干亩", "38干亩", "按38二40X6计分 ，得5.85分", SCANNED)).size());
    assertEquals(List.of(), check(row("≥40干亩", "36干亩", "按38二40X6计分 ，得5.85分", SCANNED)),
        "38 is not the row's actual: a figure OCR may have misread");
    assertEquals(List.of(), check(row("≥40千亩", "38千亩", "按38二40X6计分，得5.85分", null)),
        "二 in a text layer is no operator");
  }
}
