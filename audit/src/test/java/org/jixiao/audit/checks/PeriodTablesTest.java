package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** A spending-by-quarter table (h322's family): its periods against the year's line, its running rate against the budget. */
class PeriodTablesTest {
  private static final String H322 = """
      表2　2024年度分季度支出进度表（单位：万元）
      季度\t当季支出\t累计支出\t累计执行进度（累计支出÷全年预算数）\t序时进度\t是否达到
      一季度\t1,702.36\t1,702.36\t19.32%\t25%\t否
      二季度\t2,921.14\t4,623.50\t54.26%\t50%\t是
      三季度\t2,163.47\t6,759.97\t76.71%\t75%\t是
      四季度\t1,666.40\t8,426.37\t95.62%\t100%\t否
      全年合计\t8,426.37\t8,426.37\t95.62%\t100%\t—
      """;

  private static List<Finding> audit(String text) {
    var subject = RuleTestRows.subject(RuleTestRows.budget("8812.58", "8426.37", "95.62"), text);
    List<Finding> out = new java.util.ArrayList<>(new BreakdownSumCheck().check(subject));
    out.addAll(new ExecutionRateCheck().check(subject));
    return out;
  }

  @Test
  void theQuartersMustAddUpToTheYearAndTheRunningRateToItsBudget() {
    List<Finding> found = audit(H322);
    assertEquals(2, found.size(), found.toString());
    Finding sum = found.get(0);
    assertEquals(CheckId.BREAKDOWN_SUM, sum.check());
    assertEquals(Severity.ERROR, sum.severity());
    assertEquals(Certainty.HIGH, sum.certainty());
    assertEquals("8,426.37", sum.stated());
    assertEquals("8453.37", sum.recomputed());
    assertTrue(sum.message().contains("三季度 载 2,163.47"), "the running total names the slip: " + sum.message());
    Finding rate = found.get(1);
    assertEquals(CheckId.EXECUTION_RATE, rate.check());
    assertEquals("54.26%", rate.stated());
    assertEquals("52.46%", rate.recomputed());
    assertEquals("二季度 累计执行进度(累计支出÷全年预算数)", rate.indicator());
  }

  @Test
  void aTableThatAddsUpSaysNothingAndAPartYearIsNoWholeYear() {
    String right = H322.replace("2,163.47", "2,136.47").replace("54.26%", "52.46%");
    assertEquals(List.of(), audit(right));
    String threeQuarters = right.replace("四季度\t1,666.40\t8,426.37\t95.62%\t100%\t否\n", "").replace("2,136.47", "2,163.47");
    assertEquals(List.of(), audit(threeQuarters), "three quarters and a 合计 are not the year's parts");
    assertEquals(List.of(), audit(right.replace("（累计支出÷全年预算数）", "")).stream()
        .filter(f -> f.check() == CheckId.EXECUTION_RATE).toList(), "a rate whose base is not printed is not recomputed");
  }
}
