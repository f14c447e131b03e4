package org.jixiao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.junit.jupiter.api.Test;

/** The audit on the five real reports (gold rows + seed text): findings they really contain. */
class SampleAuditTest {
  private static List<Finding> audit(String stem) throws Exception {
    List<Finding> findings = Auditor.standard().run(Samples.subject(stem));
    findings.forEach(f -> System.out.println(stem + " " + f.severity() + " " + f.check() + " [" + f.indicator() + "] " + f.message()));
    return findings;
  }

  private static Finding one(List<Finding> findings, CheckId check, Predicate<Finding> p) {
    List<Finding> hits = findings.stream().filter(f -> f.check() == check).filter(p).toList();
    assertEquals(1, hits.size(), () -> check + " matched " + hits);
    return hits.get(0);
  }

  private static long count(List<Finding> findings, CheckId check) {
    return findings.stream().filter(f -> f.check() == check).count();
  }

  @Test
  void report000TotalIsOffByTheBlankRowAndPaymentRuleIsNotFollowed() throws Exception {
    List<Finding> f = audit("000_0ace20d031349de2");
    // the total 96.74 is off the rows' 95.74 by exactly the blank cell's weight 1: one WARNING, the total's, naming the row
    Finding total = one(f, CheckId.TOTAL_SCORE, x -> true);
    assertEquals(Severity.WARNING, total.severity());
    assertEquals("96.74", total.stated());
    assertEquals("95.74", total.recomputed());
    assertTrue(total.message().contains("非税收入预算完成率"));
    assertEquals(0, count(f, CheckId.ROW_SCORE));
    Finding rule = one(f, CheckId.SCORING_RULE, x -> "支付进度符合率".equals(x.indicator()));
    assertEquals(Severity.ERROR, rule.severity()); // the rule and the actual are unambiguous
    assertEquals("0.78 或 0.8", rule.recomputed()); // whole steps or the exact share, none between
    // 得分=政府采购执行率×分值 with 70.06% → 0.7006 printed 0.7: rounding is no finding
    assertTrue(f.stream().noneMatch(x -> "政府采购执行率".equals(x.indicator())));
    assertEquals(0, count(f, CheckId.GRADE_BAND)); // 96.74 is 优
  }

  @Test
  void report001RateSentenceDisagreesWithItsOwnPartsAndTotalIsRounded() throws Exception {
    List<Finding> f = audit("001_2d77b94fcc42edf7");
    List<Finding> rates = f.stream().filter(x -> x.check() == CheckId.ARITHMETIC).toList();
    assertEquals(1, rates.size()); // the same sentence stands twice in the report: one finding, two places
    assertEquals(1, rates.get(0).alsoAt().size());
    rates.forEach(x -> assertEquals("91.38%", x.stated()));
    rates.forEach(x -> assertEquals("95.54%", x.recomputed()));
    assertEquals(0, count(f, CheckId.TOTAL_SCORE)); // 94.44 printed as 94: rounding to the printed precision
    assertEquals(0, count(f, CheckId.SECTION_SUM)); // 产出 40, 效益 40, 满意度 10 reconcile
    assertEquals(0, count(f, CheckId.EXECUTION_RATE)); // 9452.1302 / 10343.6719 = 91.38%
  }

  @Test
  void report002TotalMissesByThreeHundredthsAndTargetsMetLosePoints() throws Exception {
    List<Finding> f = audit("002_85bada5a1e1f1378");
    // rows printed to 0.1 (部门预算金额 8.7 is 87.26% × 10 = 8.73): a gap of 0.03 may be their rounding, no finding
    assertEquals(0, count(f, CheckId.TOTAL_SCORE));
    // target met yet points lost, with no printed rule promising the full mark: a judgement, INFO
    assertEquals(Severity.INFO, one(f, CheckId.ROW_SCORE, x -> "工程建设项目开评标数量".equals(x.indicator())).severity());
    assertEquals(0, count(f, CheckId.EXECUTION_RATE)); // 19792.2 / 22681.6 = 87.26 → 87.3
    assertEquals(0, count(f, CheckId.GRADE_BAND));
  }

  @Test
  void report003SubtotalsReconcileButProseMisstatesPurchasing() throws Exception {
    List<Finding> f = audit("003_9702beb4dfdda539");
    assertEquals(0, count(f, CheckId.SECTION_SUM));
    assertEquals(0, count(f, CheckId.TOTAL_SCORE));
    assertEquals(0, count(f, CheckId.GRADE_BAND)); // 86 is 良
    Finding rate = one(f, CheckId.ARITHMETIC, x -> true); // 满分2分，得分2分，得分率50.00%
    assertEquals("50.00%", rate.stated());
    assertEquals("100%", rate.recomputed());
    // the same sentence's score against its rows (ProseSubtotalCheck) is the same problem: one finding, both places
    assertEquals(0, count(f, CheckId.PROSE_SUBTOTAL));
    assertEquals(1, rate.alsoAt().size());
    // formulas "(20/21)×100%=95.24%", "=10*65%*100%=6.5", "-5.18%" all hold
    assertTrue(f.stream().noneMatch(x -> x.check() == CheckId.ARITHMETIC && x.message().startsWith("formula")));
    // C14 cited as 加强市民中心管理 is the table's C14 加强行政服务中心管理 reworded, no other row's name: nothing to note
    assertTrue(f.stream().noneMatch(x -> x.check() == CheckId.PROSE_TABLE_AGREEMENT && "加强行政服务中心管理".equals(x.indicator())));
  }

  @Test
  void report004FormulasAreWrongAndManagementRowsFallShort() throws Exception {
    List<Finding> f = audit("004_f903e5746c6a8cdf");
    Finding sanGong = one(f, CheckId.ARITHMETIC, x -> "“三公”经费变动率".equals(x.indicator()));
    assertEquals(Severity.ERROR, sanGong.severity());
    assertEquals("-3.3%", sanGong.stated());
    assertEquals("-33.33%", sanGong.recomputed());
    Finding purchase = one(f, CheckId.ARITHMETIC, x -> "政府采购执行率".equals(x.indicator()));
    assertEquals("17%", purchase.stated());
    assertEquals("172.95%", purchase.recomputed());
    String text = Samples.subject("004_f903e5746c6a8cdf").text();
    TextSpan span = (TextSpan) purchase.location();
    assertTrue(text.substring(span.start(), span.end()).contains("358/207*100%=17%"));
    // 管理效率 states 22 / 21 in its table row and in prose ("设置分值22分，得21分"), its rows weigh 19 and
    // all rows 97 of 100: one problem, one finding with the prose place, no separate weights finding
    Finding section = one(f, CheckId.SECTION_SUM, x -> true);
    assertTrue(section.message().contains("管理效率"));
    assertTrue(section.message().contains("正文载同一小计"), section.message());
    assertTrue(section.message().contains("各行分值合计 97 比满分 100 少的 3 分"), section.message());
    assertEquals(0, count(f, CheckId.PROSE_SUBTOTAL));
    assertEquals(0, count(f, CheckId.TOTAL_SCORE));
    assertTrue(section.alsoAt().stream().anyMatch(r -> r instanceof TextSpan), section.alsoAt().toString());
    assertEquals(0, count(f, CheckId.PROSE_TABLE_AGREEMENT));
  }
}
