package org.jixiao.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an empty 万 section after 亿 is written 零 (found by NumberPropertiesTest)
        "一亿零一千|100001000",
        "八千二百六十六亿零一千|826600001000",
        "一亿零五十|100000050",
        "12|12",
        "12.5|12.5",
        "１２．５|12.5",
        "－３|-3",
        "−3|-3",
        "+7|7",
        "1,234.5|1234.5",
        "1，234|1234",
        "12,345,678.90|12345678.90",
        "  96.12 |96.12",
        "0|0",
        "0.00|0.00",
        "1.41万|14100",
        "12.6亿|1260000000",
        "3万亿|3000000000000",
        "零|0",
        "一|1",
        "十|10",
        "十五|15",
        "二十|20",
        "一百二十三|123",
        "一百零五|105",
        "一千零一十|1010",
        "两千|2000",
        "两万|20000",
        "三万五千|35000",
        "一万零五百|10500",
        "十万|100000",
        "一亿|100000000",
        "一亿五千万|150000000",
        "一亿零五万|100050000",
        "二〇二二|2022",
        "二零二二|2022",
        "三点一四|3.14",
        "负三|-3",
        "壹佰贰拾叁|123",
        "玖仟玖佰玖拾玖万|99990000",
      })
  void parses(String text, String expected) {
    BigDecimal got = Numbers.parse(text).orElseThrow(() -> new AssertionError(text));
    assertEquals(new BigDecimal(expected), got, text);
  }

  @ParameterizedTest(name = "refuses {0}")
  @ValueSource(
      strings = {
        "",
        "  ",
        "abc",
        "1,23",
        "1,2345",
        "1.2.3",
        "12%",
        "12元",
        "1.5.",
        "--3",
        "一百五",
        "两千五",
        "一万五",
        "一千五十",
        "一百零零五",
        "零一百",
        "〇五",
        "一千零",
        "百",
        "万",
        "十十",
        "五五十",
        "一百一百",
        "一万万",
        "亿五",
        "点五",
        "三点",
        "三点十",
        "负",
        "百分之九十五",
        "1万5",
        "十五天",
      })
  void refuses(String text) {
    assertTrue(Numbers.parse(text).isEmpty(), () -> text + " must not parse");
  }

  @ParameterizedTest
  @ValueSource(strings = {"１２３４５６７８９０", "０．５"})
  void fullWidthEqualsAscii(String text) {
    String ascii = Numbers.normalize(text);
    assertEquals(Numbers.parse(ascii), Numbers.parse(text));
  }

  @ParameterizedTest(name = "{0} = {1} points")
  @CsvSource(delimiter = '|', value = {"8|8", "8分|8", "9.5 分|9.5", " ８分 |8"})
  void parsesPoints(String text, String expected) {
    assertEquals(new BigDecimal(expected), Numbers.parsePoints(text).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"分", "8分钟", "满分", "8项"})
  void refusesWhatIsNoPoints(String text) {
    assertTrue(Numbers.parsePoints(text).isEmpty(), () -> text + " must not parse as points");
  }

  @ParameterizedTest
  @CsvSource({
    "12648, 12468, true", "3286, 3268, true", "16.2, 12.6, true", "4682, 4862, true", "21360, 21630, true",
    "12648, 12648, false", "12648, 14628, false", "12648, 12684.0, false", "1.26, 12.6, false", "12648, 21648, true",
    "-12, -21, true", "12, -21, false", "1265, 1652, false"
  })
  void twoNeighbouringDigitsSwappedAreATransposition(String a, String b, boolean swapped) {
    assertEquals(swapped, Numbers.transposed(new BigDecimal(a), new BigDecimal(b)), a + " / " + b);
  }

  @ParameterizedTest
  @CsvSource({
    "100, 10, true", "10, 100, true", "7.69, 769, true", "7862, 786, true", "1168, 168, true",
    "100, 100, false", "100, 1000.0, false", "7826, 7862, false", "100, 99, false", "12.5, 1.25, false"
  })
  void aCharacterPutInOrLeftOutIsOneApart(String a, String b, boolean apart) {
    assertEquals(apart, Numbers.oneCharacterApart(new BigDecimal(a), new BigDecimal(b)), a + " / " + b);
  }

  @org.junit.jupiter.api.Test
  void numbersWrittenInChineseNumeralsAreFoundWhereTheySpellOne() {
    var found = Numbers.findChinese("城镇新增就业三千八百六十二人，得分九点六一分，十十人，二〇二五年");
    assertEquals(java.util.List.of("3862", "9.61", "2025"),
        found.stream().map(m -> m.value().toPlainString()).toList(), found.toString());
    assertEquals("三千八百六十二", found.getFirst().printed());
  }
}
