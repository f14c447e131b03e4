package org.jixiao.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExpressionTest {
  private static BigDecimal eval(String s) {
    return Expression.evaluate(s).orElseThrow();
  }

  @Test
  void evaluatesReportFormulas() {
    assertEquals(0, eval("（2-3）/3*100%").compareTo(new BigDecimal("-0.3333333333333333")));
    assertTrue(Decimals.agreesAtPrintedPrecision(new BigDecimal("95.24"), eval("(20/21)×100%").movePointRight(2)));
    assertEquals(0, eval("10*65%*100%").compareTo(new BigDecimal("6.5")));
    assertEquals(0, eval("１２÷４＋［１－３］").compareTo(BigDecimal.ONE));
    assertEquals(0, eval("-(-2)").compareTo(BigDecimal.valueOf(2)));
  }

  @Test
  void refusesWhatIsNotArithmetic() {
    assertTrue(Expression.evaluate("1/0").isEmpty());
    assertTrue(Expression.evaluate("(1+2").isEmpty());
    assertTrue(Expression.evaluate("1.2.3+1").isEmpty());
    assertTrue(Expression.evaluate("a+1").isEmpty());
    assertTrue(Expression.evaluate("").isEmpty());
    assertTrue(Expression.evaluate("(".repeat(40) + "1" + ")".repeat(40)).isEmpty());
    assertTrue(Expression.evaluate("1+".repeat(200) + "1").isEmpty());
  }

  @Test
  void printedPrecisionAcceptsRoundingAndTruncation() {
    assertTrue(Decimals.agreesAtPrintedPrecision(new BigDecimal("89.32"), new BigDecimal("89.325")));
    assertTrue(Decimals.agreesAtPrintedPrecision(new BigDecimal("89.33"), new BigDecimal("89.325")));
    assertTrue(!Decimals.agreesAtPrintedPrecision(new BigDecimal("17"), new BigDecimal("172.9")));
  }
}
