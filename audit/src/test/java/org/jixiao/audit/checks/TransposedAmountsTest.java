package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

class TransposedAmountsTest {
  private static List<Finding> check(AuditSubject subject) {
    return new FigureAgreementCheck().check(subject);
  }

  @Test
  void anAmountInAGoalCellWithTwoDigitsOfTheBudgetsSpendingSwapped() {
    // h103: the fund block's 全年执行数 1918.80, the goal's 实际完成情况 "完成投资1,981.80万元"
    String text = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "年度资金总额\t1860.00\t2040.00\t1918.80\t10\t94.06%\t9.41\n"
        + "年度总体目标\t建成高标准农田1.2万亩\t建成高标准农田1.2万亩，新建改造灌排渠道31.5公里，完成投资1,981.80万元\n";
    AuditSubject subject = new AuditSubject(BudgetTexts.report("t.docx", BudgetTexts.budget("2040.00", "1918.80"), null), text);
    List<Finding> found = check(subject);
    assertEquals(1, found.size(), found.toString());
    assertEquals("全年执行数", found.get(0).indicator());
    assertEquals("1,981.80万元", found.get(0).stated());
    assertEquals("1918.80", found.get(0).recomputed());
    assertEquals(Severity.WARNING, found.get(0).severity());
    String right = text.replace("1,981.80万元", "1,918.80万元");
    assertEquals(List.of(), check(new AuditSubject(subject.report(), right)));
    String people = text.replace("完成投资1,981.80万元", "受益群众1,981.80万人");
    assertEquals(List.of(), check(new AuditSubject(subject.report(), people)), "no amount in 万元");
  }

  @Test
  void aCorrectionNoticesNewFigureWithTwoDigitsOfTheFormsSwapped() {
    // h485: the notice corrects 全年执行数 to 886.29, the corrected form it publishes prints 886.92
    String text = "一、“年度资金总额”全年执行数原公开为866.92万元，更正为886.29万元；\n"
        + "年度资金总额\t860.00\t920.00\t886.92\t10\t96.40%\t9.64\n";
    AuditSubject subject = new AuditSubject(BudgetTexts.report("t.html", BudgetTexts.budget("920.00", "886.92"), null), text);
    List<Finding> found = check(subject);
    assertEquals(1, found.size(), found.toString());
    assertEquals("886.29万元", found.get(0).stated());
    assertEquals("886.92", found.get(0).recomputed());
    assertEquals(List.of(), check(new AuditSubject(subject.report(), text.replace("更正为886.29万元", "更正为886.92万元"))));
  }

  @Test
  void aPartsSpendingInAnotherTableOfTheFileWithTwoDigitsSwapped() {
    // h425: a 决算 publication's 情况说明 against its 自评表 附件's 项目支出 line
    org.jixiao.schema.CellRef cell = new org.jixiao.schema.CellRef("t.pdf", 9, 3, 4, 7);
    org.jixiao.schema.Budget budget = new org.jixiao.schema.Budget(null, null, null, null, null, null, null,
        new java.math.BigDecimal("5823.54"), java.util.Map.of(org.jixiao.schema.BudgetField.projectExpenditure,
            new org.jixiao.schema.Evidence("5,823.54", cell, org.jixiao.schema.ExtractionMethod.TABLE)));
    String text = "2024年度本年支出合计6,935.29万元，其中：基本支出1,102.75万元，占15.90%；项目支出5,832.54万元，占84.10%。\n";
    List<Finding> found = check(new AuditSubject(BudgetTexts.report("t.pdf", budget, null), text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("项目支出（全年执行数）", found.get(0).indicator());
    assertEquals(List.of(cell), found.get(0).alsoAt(), "the budget's own cell");
  }

  @Test
  void theSameLabelsAmountStatedTwiceWithTwoDigitsSwapped() {
    // h226: an ex-ante assessment with no budget block
    String text = "（二）资金情况。项目总投资3,420.00万元，其中申请财政资金2,860.00万元（中央财政补助资金1,200.00万元）。\n"
        + "经评估，项目符合政策，申请财政资金2,680.00万元总体合理，评估结论为“予以支持”。\n";
    List<Finding> found = check(BudgetTexts.subject(text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("2,680.00万元", found.get(0).stated());
    assertEquals("2,860.00万元", found.get(0).recomputed());
    assertTrue(check(BudgetTexts.subject(text.replace("申请财政资金2,680.00", "申请财政资金2,860.00"))).isEmpty());
    assertTrue(check(BudgetTexts.subject(text.replace("申请财政资金2,680.00", "上级补助资金2,680.00"))).isEmpty(),
        "another label's amount");
  }
}
