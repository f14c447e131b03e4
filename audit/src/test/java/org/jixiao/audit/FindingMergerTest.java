package org.jixiao.audit;

import static org.jixiao.audit.gate.Reports.cell;
import static org.jixiao.audit.gate.Reports.cellText;
import static org.jixiao.audit.gate.Reports.d;
import static org.jixiao.audit.gate.Reports.report;
import static org.jixiao.audit.gate.Reports.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.Section;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.junit.jupiter.api.Test;

/** One finding per problem: each merge on the real case issue 10 names, and what must stay apart. */
class FindingMergerTest {
  private static Finding rate(String indicator, int start, String stated) {
    // 001 prints "部门预算完成率…预算执行率为91.38%" in two sections, each 9452.13 ÷ 9893.12 = 95.54%
    return new Finding("001.txt", CheckId.ARITHMETIC, Severity.ERROR, Certainty.MEDIUM, indicator,
        new TextSpan("001.txt", null, start, start + 70), stated, "95.54%", "执行率 = 支出数 ÷ 预算数 × 100%",
        "句中 9452.13 ÷ 9893.12 = 95.54%，但所载为 " + stated);
  }

  @Test
  void theSameWrongSentencePrintedTwiceIsOneFindingWithBothPlaces() {
    List<Finding> merged = FindingMerger.samePrinted(List.of(rate(null, 12109, "91.38%"), rate("部门预算完成率", 10230, "91.38%")));
    assertEquals(1, merged.size());
    assertEquals("部门预算完成率", merged.get(0).indicator());
    assertEquals(List.of(new TextSpan("001.txt", null, 12109, 12179)), merged.get(0).alsoAt());
    // another figure, or another row named, is another problem
    assertEquals(2, FindingMerger.samePrinted(List.of(rate(null, 1, "91.38%"), rate(null, 500, "91.3%"))).size());
    assertEquals(2, FindingMerger.samePrinted(List.of(rate("甲", 1, "91.38%"), rate("乙", 500, "91.38%"))).size());
  }

  @Test
  void aWholeMisprintedInTheTableAndInASentenceIsOneBreakdownFinding() {
    // h404: the 合计's 6,214.37 over 1,842.16 + 4,362.59 = 6,204.75, printed again in "全年执行6,214.37万元，其中基本支出…"
    Finding prose = new Finding("h404.7z", CheckId.BREAKDOWN_SUM, Severity.ERROR, Certainty.HIGH, "全年执行",
        new TextSpan("h404.7z", null, 387, 397), "6,214.37万元", "6204.75万元", "全年执行 = 基本支出 + 项目支出",
        "“6,214.37万元，其中基本支出1,842.16万元、项目支出4,362.59万元”：基本支出 1842.16 + 项目支出 4362.59 = 6204.75万元");
    Finding table = new Finding("h404.7z", CheckId.BREAKDOWN_SUM, Severity.ERROR, Certainty.HIGH, "合计 执行数",
        new TextSpan("h404.7z", null, 1126, 1134), "6,214.37万元", "6204.75", "合计 = 基本支出 + 项目支出",
        "执行数：基本支出 1,842.16 + 项目支出 4,362.59 = 6204.75，表中 合计 为 6,214.37（差 9.62）");
    List<Finding> merged = FindingMerger.samePrinted(List.of(prose, table));
    assertEquals(1, merged.size(), merged.toString());
    assertEquals(List.of(new TextSpan("h404.7z", null, 1126, 1134)), merged.get(0).alsoAt());
    // another sum, or another check's finding with the same figures, stays apart
    Finding otherSum = new Finding("h404.7z", CheckId.BREAKDOWN_SUM, Severity.ERROR, Certainty.HIGH, "合计 预算数",
        new TextSpan("h404.7z", null, 1200, 1208), "6,214.37万元", "6200.00", "合计 = 基本支出 + 项目支出", "m");
    assertEquals(2, FindingMerger.samePrinted(List.of(prose, otherSum)).size());
    Finding rate = new Finding("h404.7z", CheckId.FIGURE_AGREEMENT, Severity.ERROR, Certainty.HIGH, "合计 执行数",
        new TextSpan("h404.7z", null, 1126, 1134), "6,214.37万元", "6204.75", "r", "m");
    assertEquals(2, FindingMerger.samePrinted(List.of(prose, rate)).size());
  }

  @Test
  void aMisprintedPartsBudgetIsOneFindingThoughItsRateIsOffToo() throws java.io.IOException {
    // held-out h239: 项目支出 全年预算数 printed 2,239.80 for 2,293.80; the parts fall 54 short of 5,642.30, and the
    // part's printed 91.89% is 2,107.74 ÷ 2,293.80, so its rate finding (÷ 2,239.80 = 94.10%) is the same misprint
    Report r = org.jixiao.schema.Json.read(java.nio.file.Path.of("../corpus-heldout/gold/h239_liangxi_shichang.json"), Report.class);
    Finding sum = new Finding("h239.html", CheckId.BREAKDOWN_SUM, Severity.ERROR, Certainty.HIGH, "合计 全年预算数",
        cell(0, 1, 2), "5,642.30", "5588.3", "合计 = 基本支出 + 项目支出", "全年预算数：基本支出 3,348.50 + 项目支出 2,239.80 = 5588.3");
    Finding rate = new Finding("h239.html", CheckId.EXECUTION_RATE, Severity.ERROR, Certainty.HIGH, "项目支出",
        cell(0, 3, 4), "91.89%", "94.10%", "执行率 = 全年执行数 ÷ 全年预算数 × 100%", "项目支出 执行率：2,107.74 ÷ 2,239.80 = 94.10%");
    List<Finding> merged = FindingMerger.misprintedPart(r, List.of(sum, rate));
    assertEquals(1, merged.size());
    assertEquals(CheckId.BREAKDOWN_SUM, merged.get(0).check());
    assertEquals(List.of(cell(0, 3, 4)), merged.get(0).alsoAt());
    // a rate wrong by the implied figure too is a second problem
    Finding other = new Finding("h239.html", CheckId.EXECUTION_RATE, Severity.ERROR, Certainty.HIGH, "项目支出",
        cell(0, 3, 4), "93.00%", "94.10%", "执行率 = 全年执行数 ÷ 全年预算数 × 100%", "m");
    assertEquals(2, FindingMerger.misprintedPart(r, List.of(sum, other)).size());
    // the whole as the prose prints it, with its unit ("5,642.30万元"), is the same figure
    Finding withUnit = new Finding("h239.html", CheckId.BREAKDOWN_SUM, Severity.ERROR, Certainty.HIGH, "合计 全年预算数",
        cell(0, 1, 2), "5,642.30万元", "5588.3", "合计 = 基本支出 + 项目支出", "m");
    assertEquals(1, FindingMerger.misprintedPart(r, List.of(withUnit, rate)).size());
  }

  @Test
  void aMisprintedWholeOverRightPartsIsOneFindingThoughItsRateIsOffToo() throws java.io.IOException {
    // held-out h334: 表2's 合计 全年执行数 printed 10,724.18 over eight projects adding to 10,742.18; its printed 94.84% is
    // 10,742.18 ÷ 11,326.55, so the rate finding (10,724.18 ÷ 11,326.55 = 94.68%) is the same misprint
    Report r = org.jixiao.schema.Json.read(java.nio.file.Path.of("../corpus-heldout/gold/h334_jiangjin_nongye.json"), Report.class);
    Finding sum = new Finding("h334.pdf", CheckId.BREAKDOWN_SUM, Severity.ERROR, Certainty.HIGH, "合计 全年执行数",
        cell(1, 9, 3), "10,724.18万元", "10742.18", "合计 = 高标准农田建设项目 + …", "全年执行数：… = 10742.18");
    Finding rate = new Finding("h334.pdf", CheckId.EXECUTION_RATE, Severity.ERROR, Certainty.HIGH, "合计",
        cell(1, 9, 4), "94.84%", "94.68%", "执行率 = 全年执行数 ÷ 全年预算数 × 100%", "合计 执行率：10,724.18 ÷ 11,326.55 = 94.68%，表中为 94.84%");
    List<Finding> merged = FindingMerger.misprintedPart(r, List.of(sum, rate));
    assertEquals(1, merged.size());
    assertEquals(CheckId.BREAKDOWN_SUM, merged.get(0).check());
    assertEquals(List.of(cell(1, 9, 4)), merged.get(0).alsoAt());
    Finding another = new Finding("h334.pdf", CheckId.EXECUTION_RATE, Severity.ERROR, Certainty.HIGH, "合计",
        cell(1, 9, 4), "95.84%", "94.68%", "执行率 = 全年执行数 ÷ 全年预算数 × 100%", "合计 执行率：10,724.18 ÷ 11,326.55 = 94.68%，表中为 95.84%");
    assertEquals(2, FindingMerger.misprintedPart(r, List.of(sum, another)).size(), "a rate wrong on the parts' sum too");
  }

  @Test
  void aScoreCellWrongByItsRuleAndByItsTargetIsOneFinding() {
    // h209: 26 of ≥30 stops built and 8 of 8 kept; the rule "未达到的按完成比例计分" gives 6.93
    Finding rule = new Finding("h209.rtf", CheckId.SCORING_RULE, Severity.ERROR, Certainty.HIGH, "新增港湾式停靠站（个）",
        cell(0, 10, 6), "8", "6.93", "按完成比例计分", "按本行评分规则应得 6.93 分");
    Finding row = new Finding("h209.rtf", CheckId.ROW_SCORE, Severity.WARNING, Certainty.MEDIUM, "新增港湾式停靠站（个）",
        cell(0, 10, 6), "指标值 ≥30，实际完成值 26，得分 8 / 8", "< 8", "未达指标值不应得满分", "实际完成值未达到指标值，本行仍得满分");
    List<Finding> merged = FindingMerger.oneScoreCell(List.of(rule, row));
    assertEquals(List.of(rule), merged, "the rule's finding says what the score should be");
    // another row's cell, or another row, is another problem
    Finding elsewhere = new Finding("h209.rtf", CheckId.ROW_SCORE, Severity.WARNING, Certainty.MEDIUM, "危桥改造（座）",
        cell(0, 9, 6), "s", "r", "x", "m");
    assertEquals(2, FindingMerger.oneScoreCell(List.of(rule, elsewhere)).size());
  }

  @Test
  void fullMarksForATaskItsFiguresAndItsWordsSayWasNotDoneIsOneFinding() {
    // h244: "未完成（延至2024年3月）" against "2023年12月底前", 5 of 5; the figures' finding and the words' are one problem
    String name = "区域卫生信息平台升级改造完成时间";
    Finding row = new Finding("h244.pdf", CheckId.ROW_SCORE, Severity.WARNING, Certainty.MEDIUM, name, cell(1, 13, 6),
        "指标值 2023年12月底前，实际完成值 未完成（延至2024年3月），得分 5 / 5", "< 5", "未达到目标值不应得满分", "实际完成值未达到指标值，本行仍得满分");
    Finding words = new Finding("h244.pdf", CheckId.NARRATIVE_NOT_DONE, Severity.WARNING, Certainty.MEDIUM, name,
        cell(1, 13, 5), "5 / 5", "< 5", "未完成的任务不应得满分", name + " 得满分 5 / 5，但实际完成值写明“未完成”");
    List<Finding> merged = FindingMerger.oneScoreCell(List.of(words, row));
    assertEquals(1, merged.size());
    assertEquals(CheckId.ROW_SCORE, merged.get(0).check(), "the figures' finding stays");
    assertEquals(List.of(cell(1, 13, 5)), merged.get(0).alsoAt(), "with the words' place");
    // a more severe finding of the words stays instead; another row's words are another problem
    Finding graver = new Finding("h244.pdf", CheckId.NARRATIVE_NOT_DONE, Severity.ERROR, Certainty.HIGH, name,
        cell(1, 13, 5), "5 / 5", "< 5", "r", "m");
    assertEquals(CheckId.NARRATIVE_NOT_DONE, FindingMerger.oneScoreCell(List.of(graver, row)).get(0).check());
    Finding otherRow = new Finding("h244.pdf", CheckId.NARRATIVE_NOT_DONE, Severity.WARNING, Certainty.MEDIUM, "基层医疗机构信息系统接入率",
        cell(1, 14, 5), "5 / 5", "< 5", "r", "m");
    assertEquals(2, FindingMerger.oneScoreCell(List.of(otherRow, row)).size());
  }

  @Test
  void oneWrongRateRestatedInTheBudgetRowIsOneFinding() {
    // h33: 年度资金总额 9452.13 ÷ 9893.12 printed 91.38% in the head block, and 91.38% again as the row's actual
    Finding block = new Finding("h33.docx", CheckId.EXECUTION_RATE, Severity.ERROR, Certainty.HIGH, null, cell(0, 2, 6),
        "91.38%", "95.54%", "执行率 = 全年执行数 ÷ 全年预算数 × 100%", "执行率：全年执行数 9452.13 ÷ 全年预算数 9893.12 = 95.54%，报告所载为 91.38%");
    Finding row = new Finding("h33.docx", CheckId.EXECUTION_RATE, Severity.WARNING, Certainty.MEDIUM, "年度资金总额",
        cell(0, 3, 6), "91.38%", "95.54%", "执行率 = 全年执行数 ÷ 全年预算数 × 100%",
        "本行所记执行率为 91.38%，预算数据计算得 95.54%");
    List<Finding> merged = FindingMerger.sameWrongRate(List.of(row, block));
    assertEquals(1, merged.size());
    assertEquals(Severity.ERROR, merged.get(0).severity());
    assertEquals(List.of(cell(0, 3, 6)), merged.get(0).alsoAt());
    // another wrong rate is another problem
    Finding other = new Finding("h33.docx", CheckId.ARITHMETIC, Severity.ERROR, Certainty.HIGH, null, cell(0, 9, 1),
        "91.3%", "95.54%", "=", "m");
    assertEquals(2, FindingMerger.sameWrongRate(List.of(block, other)).size());
  }

  @Test
  void aLinesWrongRateAndARowRestatingTheRightOneAgainstItAreOneFinding() {
    // h289: the 合计 line prints 94.89% for its 94.98%; the 预算执行率 row prints the right 94.98% against the block's 94.89%
    Finding line = new Finding("h289.pdf", CheckId.EXECUTION_RATE, Severity.ERROR, Certainty.HIGH, "合计", cell(0, 2, 5),
        "94.89%", "94.98%", "执行率 = 全年执行数 ÷ 全年预算数 × 100%", "合计 执行率：9128.20 ÷ 9610.20 = 94.98%，表中为 94.89%");
    Finding row = new Finding("h289.pdf", CheckId.EXECUTION_RATE, Severity.WARNING, Certainty.MEDIUM, "预算执行率",
        cell(1, 6, 5), "94.98%", "94.89%", "执行率 = 全年执行数 ÷ 全年预算数 × 100%", "本行所记执行率为 94.98%，预算数据所载为 94.89%");
    List<Finding> merged = FindingMerger.sameWrongRate(List.of(line, row));
    assertEquals(1, merged.size());
    assertEquals(Severity.ERROR, merged.get(0).severity());
    assertEquals(List.of(cell(1, 6, 5)), merged.get(0).alsoAt());
  }

  private static List<IndicatorRow> rows(String blankWeight) {
    // 000: 非税收入预算完成率 has a weight of 1 and a blank 得分 cell; the other rows add up to 95.74 of 99
    return List.of(
        row("产出指标", "数量指标", "非税收入预算完成率", blankWeight, null, 0, 18),
        row("产出指标", "数量指标", "预算执行率", "90", "86.74", 0, 19),
        row("满意度指标", "服务对象满意度", "满意度", "9", "9", 0, 20));
  }

  private static List<Finding> audit(Report r) {
    return Auditor.standard().run(new AuditSubject(r, null));
  }

  @Test
  void aTotalOffByWhatTheBlankCellWouldHoldIsTheBlankCellsFindingOnly() {
    Report r = report(d("96.74"), d("100"), null, List.of(), rows("1"),
        Map.of(ReportField.totalScore, cellText("96.74", 0, 61, 8)));
    List<Finding> f = audit(r);
    // one finding: the total's, a WARNING that names the blank row and points at its cell; no ERROR, no second WARNING
    assertTrue(f.stream().noneMatch(x -> x.check() == CheckId.ROW_SCORE), f.toString());
    Finding total = f.stream().filter(x -> x.check() == CheckId.TOTAL_SCORE).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, total.severity());
    assertEquals(Certainty.MEDIUM, total.certainty());
    assertEquals("96.74", total.stated());
    assertEquals(List.of(cell(0, 18, 6)), total.alsoAt());
    assertTrue(total.message().contains("差额 1 可由 非税收入预算完成率 未填的得分（分值 1）补足"), total.message());
    // a gap the blank cell cannot hold (2 > its weight 1, with weights still adding to 100) is a wrong total too
    Report wrong = report(d("97.74"), d("100"), null, List.of(), rows("1"), Map.of());
    assertTrue(audit(wrong).stream().anyMatch(x -> x.check() == CheckId.TOTAL_SCORE && x.severity() == Severity.ERROR));
  }

  private static List<Section> sections(String benefit) {
    return List.of(
        new Section("产出指标", d("91"), d("87.74"), cell(1, 1, 2), ExtractionMethod.TABLE),
        new Section("满意度指标", d("9"), d(benefit), cell(1, 2, 2), ExtractionMethod.TABLE));
  }

  private static List<IndicatorRow> scored() {
    return List.of(
        row("产出指标", "数量指标", "非税收入预算完成率", "1", "1", 0, 18),
        row("产出指标", "数量指标", "预算执行率", "90", "86.74", 0, 19),
        row("满意度指标", "服务对象满意度", "满意度", "9", "8.5", 0, 20));
  }

  @Test
  void aSubtotalNotUpdatedThatLeavesTheTotalOffIsOneFinding() {
    // h34: 效益 printed 15, its rows 14.5; the 合计 96.5 carries the same 0.5 (rows 96.0)
    Report r = report(d("96.74"), d("100"), null, sections("9"), scored(),
        Map.of(ReportField.totalScore, cellText("96.74", 1, 3, 2)));
    List<Finding> f = audit(r);
    assertTrue(f.stream().noneMatch(x -> x.check() == CheckId.TOTAL_SCORE), f.toString());
    Finding section = f.stream().filter(x -> x.check() == CheckId.SECTION_SUM).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, section.severity());
    assertTrue(section.message().contains("总分 96.74 随此小计而来，与各行得分合计 96.24 相差同一数额"), section.message());
    assertEquals(List.of(cell(1, 3, 2)), section.alsoAt());
  }

  @Test
  void aSubtotalWrongWhileTheTotalFollowsTheRowsIsOneFinding() {
    // h42: 决策 summary 18, rows 17.5; the summary's 合计 85 is right (rows), its lines add to 85.5
    Report r = report(d("96.24"), d("100"), null, sections("9"), scored(), Map.of());
    List<Finding> f = audit(r);
    assertTrue(f.stream().noneMatch(x -> x.check() == CheckId.TOTAL_SCORE), f.toString());
    Finding section = f.stream().filter(x -> x.check() == CheckId.SECTION_SUM).findFirst().orElseThrow();
    assertTrue(section.message().contains("总分 96.24 与各行得分一致，与各小计合计 96.74 不符"), section.message());
  }

  @Test
  void aSubtotalWrongWhileTheTotalFollowsTheRowsIsOneFindingWithAFundLineOutsideEveryGroup() {
    // h433: the 年度资金总额 line scored outside every 一级; 产出 小计 44.60 against its rows' 44.40; 总分 97.97 the rows'
    List<Section> groups = List.of(
        new Section("产出指标", d("81"), d("78.24"), cell(1, 1, 2), ExtractionMethod.TABLE),
        new Section("满意度指标", d("9"), d("8.5"), cell(1, 2, 2), ExtractionMethod.TABLE));
    List<IndicatorRow> rows = List.of(
        row(null, null, "年度资金总额", "10", "9.5", 0, 17),
        row("产出指标", "数量指标", "非税收入预算完成率", "1", "1", 0, 18),
        row("产出指标", "数量指标", "培训人次", "80", "76.74", 0, 19),
        row("满意度指标", "服务对象满意度", "满意度", "9", "8.5", 0, 20));
    List<Finding> f = audit(report(d("95.74"), d("100"), null, groups, rows, Map.of()));
    assertTrue(f.stream().noneMatch(x -> x.check() == CheckId.TOTAL_SCORE), f.toString());
    Finding section = f.stream().filter(x -> x.check() == CheckId.SECTION_SUM).findFirst().orElseThrow();
    assertTrue(section.message().contains("总分 95.74 与各行得分一致"), section.message());
  }

  @Test
  void aTotalOffByAnotherAmountThanTheSubtotalStaysItsOwnFinding() {
    Report r = report(d("97.24"), d("100"), null, sections("9"), scored(), Map.of());
    List<Finding> f = audit(r);
    assertTrue(f.stream().anyMatch(x -> x.check() == CheckId.SECTION_SUM), f.toString());
    // h218: wrong against the rows (97.24 vs 96.24) and the subtotal wrong too: its gap to the subtotals (0.5) is the
    // two errors together, no third problem
    List<Finding> totals = f.stream().filter(x -> x.check() == CheckId.TOTAL_SCORE).toList();
    assertEquals(1, totals.size(), f.toString());
    assertEquals(Severity.ERROR, totals.get(0).severity());
    assertEquals(FindingMerger.TOTAL_FROM_ROWS, totals.get(0).rule());
    assertTrue(totals.get(0).message().contains("另含小计本身的误差"), totals.get(0).message());
  }

  @Test
  void aProseSubtotalSentenceOffAgainstItsRateAndItsRowsIsOneFinding() {
    // 003: "该二级指标满分2分，得分2分，得分率50.00%" (chars 12800–12819), its row B61 gives 1
    Finding rate = new Finding("003.txt", CheckId.ARITHMETIC, Severity.ERROR, Certainty.HIGH, "B6采购管理",
        new TextSpan("003.txt", null, 12800, 12819), "2分", "1分", "得分率 = 得分 ÷ 满分 × 100%", "不符的是得分 2");
    Finding subtotal = new Finding("003.txt", CheckId.PROSE_SUBTOTAL, Severity.WARNING, Certainty.HIGH, null,
        new TextSpan("003.txt", null, 12800, 12809), "分值 2 / 得分 2", "分值 2 / 得分 1", "Σ 三级指标 = 文中小计",
        "正文载 采购管理 分值 2 / 得分 2，其下 1 行合计 分值 2 / 得分 1");
    List<Finding> merged = FindingMerger.scoreRateSentence(List.of(subtotal, rate));
    assertEquals(1, merged.size());
    assertEquals(CheckId.ARITHMETIC, merged.get(0).check());
    assertEquals(List.of(new TextSpan("003.txt", null, 12800, 12809)), merged.get(0).alsoAt());
    // another sentence is another problem
    Finding elsewhere = new Finding("003.txt", CheckId.PROSE_SUBTOTAL, Severity.WARNING, Certainty.HIGH, null,
        new TextSpan("003.txt", null, 9000, 9010), "分值 4 / 得分 3", "分值 4 / 得分 2", "Σ 三级指标 = 文中小计", "m");
    assertEquals(2, FindingMerger.scoreRateSentence(List.of(elsewhere, rate)).size());
  }
}
