package org.jixiao.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers and money found in running text: the one way every module reads a figure in prose. */
class RunningTextTest {

  private static List<String> found(String text) {
    return Numbers.find(text).stream().map(n -> n.value().toPlainString()).toList();
  }

  @Test
  void thousandsSeparatorsAreReadWholeNeverFromTheMiddle() {
    // h04: the audit once read 356,218,930.52元 as 930.52元
    assertEquals(List.of("356218930.52"), found("年初预算收入为356,218,930.52元"));
    assertEquals(List.of("12000000.00", "12600000.00", "100", "96.24"),
        found("12,000,000.00÷12,600,000.00×100%=96.24%"));
  }

  @Test
  void fullWidthDigitsAndPointsAreNumbers() {
    assertEquals(List.of("96.12", "3"), found("完成率９６．１２％，得３分"));
  }

  @Test
  void theChineseCommaEndsAClauseAndIsNoSeparator() {
    assertEquals(List.of("12", "100"), found("完成12，100%达标"));
  }

  @Test
  void aMalformedGroupIsNotReadAsTheNumberAfterIt() {
    // 1,2345 is not a well-formed amount: only the 1 before the comma is a number
    assertEquals(List.of("1"), found("共1,2345元"));
  }

  @Test
  void aSignThatFollowsADigitIsAnOperator() {
    assertEquals(List.of("2", "3", "3", "100", "-3.3"), found("（2-3）/3*100%=-3.3%"));
  }

  @Test
  void spansPointAtThePrintedText() {
    String text = "得分为９５．５分";
    NumberMention n = Numbers.find(text).get(0);
    assertEquals("９５．５", text.substring(n.start(), n.end()));
    assertEquals("９５．５", n.printed());
    assertEquals(new BigDecimal("95.5"), n.value());
  }

  @Test
  void templatesPutTheNumberPatternWhereTheySayN() {
    Matcher m = Numbers.compile("满分({N})分，得分({N})分，得分率({N})%").matcher("满分2分，得分2分，得分率50.00%");
    assertTrue(m.find());
    assertEquals(new BigDecimal("50.00"), Numbers.of(m.group(3)));
    Matcher y = Numbers.compile("({Y})\\s*年度").matcher("１２０２３年度 2023 年度");
    assertTrue(y.find());
    assertEquals(2023, Dates.year(y.group(1)));
  }

  @Test
  void ofRefusesTextThatIsNotANumber() {
    assertThrows(IllegalArgumentException.class, () -> Numbers.of("九十五分"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"87.3%|87.3", " －3 ％ |-3", "１００％|100", "1,234.5%|1234.5"})
  void wholePercentages(String text, String value) {
    assertEquals(Optional.of(new BigDecimal(value)), Numbers.parsePercent(text));
  }

  @Test
  void notAPercentage() {
    assertEquals(Optional.empty(), Numbers.parsePercent("≥95%"));
    assertEquals(Optional.empty(), Numbers.parsePercent("95"));
    assertEquals(Optional.empty(), Numbers.parsePercent("95%以上"));
  }

  @Test
  void figures() {
    assertTrue(Numbers.isFigure("1,234.5"));
    assertTrue(Numbers.isFigure("87.3 %"));
    assertTrue(Numbers.isFigure("１２"));
    assertFalse(Numbers.isFigure("健全"));
    assertFalse(Numbers.isFigure(""));
  }

  @Test
  void foldTextKeepsTheChineseComma() {
    assertEquals("满分100，100%完成(含)", Numbers.foldText("满分１００，１００％完成（含）"));
  }

  @Test
  void moneyInTextWithItsUnitConvertedExactly() {
    List<Money.Mention> found =
        Money.find("基本支出预算1,859.13万元，实际支出21,907,100元，另有12.6亿元和3万人次");
    assertEquals(3, found.size());
    assertEquals(0, new BigDecimal("1859.13").compareTo(found.get(0).amount().wanYuan()));
    assertEquals(0, new BigDecimal("2190.71").compareTo(found.get(1).amount().wanYuan()));
    assertEquals(MoneyUnit.YUAN, found.get(1).amount().unit());
    assertEquals("21,907,100元", found.get(1).amount().text());
    assertEquals(0, new BigDecimal("126000").compareTo(found.get(2).amount().wanYuan()));
  }
}
