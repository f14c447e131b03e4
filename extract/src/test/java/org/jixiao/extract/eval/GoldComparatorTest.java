package org.jixiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Budget;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportKind;
import org.jixiao.schema.Section;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GoldComparatorTest {
  private static final GoldComparator COMPARATOR = new GoldComparator();
  private static final int REPORT_FIELDS = 18;

  private static @Nullable BigDecimal n(@Nullable String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static IndicatorRow row(String level3, @Nullable String weight, @Nullable String score) {
    return IndicatorRow.of(null, null, "产出指标", "数量指标", level3, "≥95%", "96%", n(weight), n(score));
  }

  private static Report report(String department, @Nullable String total, @Nullable Budget budget, List<IndicatorRow> rows) {
    return new Report("t.docx", department, 2022, AdminLevel.COUNTY, "河南省", ReportKind.SELF_EVALUATION, null,
        n(total), n("100"), GradeLevel.EXCELLENT, budget, List.of(new Section("产出指标", n("50"), n("45"), null, null)), rows,
        null, null, null, null, null, null, null, null);
  }

  private static Budget budget(String expenditure) {
    return new Budget(null, n("705.92"), n(expenditure), null, null, null, null, null, null);
  }

  private static final List<IndicatorRow> GOLD_ROWS =
      List.of(row("培训人次", "10", "10"), row("群众满意率", "5", "4.5"), row("办结及时率", "5", null));

  @Test
  void identicalReportsScorePerfectly() {
    Report gold = report("某某县民政局", "90", budget("690.1"), GOLD_ROWS);
    FileScore s = COMPARATOR.compare("t.docx", gold, gold);
    assertEquals(3, s.goldRows());
    assertEquals(3, s.matched());
    assertEquals(1.0, s.f1());
    assertEquals(REPORT_FIELDS, s.reportFields());
    assertEquals(REPORT_FIELDS, s.reportFieldsCorrect());
    assertEquals(3 * 6, s.rowFields());
    assertEquals(s.rowFields(), s.rowFieldsCorrect());
    assertEquals(List.of(), s.mismatches());
  }

  @Test
  void textIsComparedWithoutWhiteSpaceAndAfterNfkc() {
    Report gold = report("某某县民政局", "90", null, List.of(row("群众满意率（%）", "5", "4.5")));
    Report got = report(" 某某县 民政局\n", "90", null, List.of(row("群众 满意率(%)", "5", "4.5")));
    FileScore s = COMPARATOR.compare("t.docx", gold, got);
    assertEquals(1, s.matched());
    assertEquals(List.of(), s.mismatches());
  }

  @Test
  void numbersAgreeWithinTolerance() {
    Report gold = report("局", "90", budget("690.1"), List.of(row("培训人次", "10", "9.5")));
    Report got = report("局", "90.004", budget("690.100"), List.of(row("培训人次", "10.00", "9.504")));
    FileScore s = COMPARATOR.compare("t.docx", gold, got);
    assertEquals(1, s.matched());
    assertEquals(REPORT_FIELDS, s.reportFieldsCorrect());
  }

  @Test
  void aRowMatchesOnlyOnLevel3WeightAndScore() {
    Report gold = report("局", "90", null, GOLD_ROWS);
    Report got = report("局", "90", null, List.of(
        row("培训人次", "10", "10.01"),   // score beyond tolerance
        row("群众满意率", "6", "4.5"),    // wrong weight
        row("办结及时率", "5", "0"),      // a blank score is not zero
        row("新增事项", "5", "5")));      // not in gold
    FileScore s = COMPARATOR.compare("t.docx", gold, got);
    assertEquals(0, s.matched());
    assertEquals(List.of("培训人次 [10/10]", "群众满意率 [5/4.5]", "办结及时率 [5/-]"), s.missedRows());
    assertEquals(4, s.spuriousRows().size());
    assertEquals(0.0, s.f1());
    assertEquals(0, s.rowFields(), "fields are only compared on matched rows");
  }

  @Test
  void eachGoldRowIsMatchedOnce() {
    Report gold = report("局", "90", null, List.of(row("培训人次", "5", "5"), row("培训人次", "5", "5")));
    Report got = report("局", "90", null, List.of(row("培训人次", "5", "5")));
    FileScore s = COMPARATOR.compare("t.docx", gold, got);
    assertEquals(1, s.matched());
    assertEquals(List.of("培训人次 [5/5]"), s.missedRows());
    assertEquals(1.0, s.precision());
    assertEquals(0.5, s.recall());
  }

  @Test
  void wrongRowAndReportFieldsAreListedWithExpectedAndActual() {
    Report gold = report("某某县民政局", "90", budget("690.1"), GOLD_ROWS);
    IndicatorRow r = GOLD_ROWS.get(1);
    List<IndicatorRow> rows = List.of(GOLD_ROWS.get(0),
        IndicatorRow.of(null, null, "效益指标", r.level2(), r.level3(), r.target(), "97%", r.weight(), r.score()),
        GOLD_ROWS.get(2));
    Report got = report("某某县民政局", "89", budget("680"), rows);
    FileScore s = COMPARATOR.compare("t.docx", gold, got);
    assertEquals(3, s.matched());
    assertEquals(List.of(
        new FieldMismatch("row '群众满意率' level1", "产出指标", "效益指标"),
        new FieldMismatch("row '群众满意率' actual", "96%", "97%"),
        new FieldMismatch("totalScore", "90", "89"),
        new FieldMismatch("budget.expenditure", "690.1", "680")), s.mismatches());
    assertEquals(REPORT_FIELDS - 2, s.reportFieldsCorrect());
    assertEquals(3 * 6 - 2, s.rowFieldsCorrect());
  }

  @Test
  void aMissingBudgetOrSectionIsAWrongField() {
    Report gold = report("局", "90", budget("690.1"), GOLD_ROWS);
    Report got = new Report("t.docx", "局", 2022, AdminLevel.COUNTY, "河南省", ReportKind.SELF_EVALUATION, null,
        n("90"), n("100"), GradeLevel.EXCELLENT, null, List.of(), GOLD_ROWS, null, null, null, null, null, null, null, null);
    FileScore s = COMPARATOR.compare("t.docx", gold, got);
    List<String> wrong = s.mismatches().stream().map(FieldMismatch::field).toList();
    assertTrue(wrong.containsAll(List.of("budget.adjustedBudget", "budget.expenditure", "sections")), wrong::toString);
    assertEquals(3, wrong.size());
  }

  @Test
  void emptyReportsAndTotals() {
    Report empty = report("局", null, null, List.of());
    FileScore s = COMPARATOR.compare("t.docx", empty, empty);
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
    FileScore none = COMPARATOR.compare("t.docx", report("局", null, null, GOLD_ROWS), empty);
    assertEquals(0.0, none.precision());
    assertEquals(0.0, none.f1());
    FileScore total = FileScore.total(List.of(s, none));
    assertEquals(3, total.goldRows());
    assertEquals(0, total.matched());
    assertEquals(2 * REPORT_FIELDS, total.reportFields());
  }
}
