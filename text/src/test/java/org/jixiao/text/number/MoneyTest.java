package org.jixiao.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void yuanToWanYuanIsExact() {
    assertEquals(new BigDecimal("0.0001"), Money.toWanYuan(BigDecimal.ONE, MoneyUnit.YUAN).orElseThrow());
    assertEquals(
        0,
        new BigDecimal("5937.8123")
            .compareTo(Money.toWanYuan(new BigDecimal("59378123"), MoneyUnit.YUAN).orElseThrow()));
    assertEquals(
        0, new BigDecimal("126000").compareTo(Money.toWanYuan(new BigDecimal("12.6"), MoneyUnit.YI_YUAN).orElseThrow()));
    assertEquals(
        0, new BigDecimal("0.5").compareTo(Money.toWanYuan(new BigDecimal("5"), MoneyUnit.QIAN_YUAN).orElseThrow()));
  }

  /** text | context unit ("" none) | 万元 | printed | unit. */
  @ParameterizedTest(name = "{0} under {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5937.81|WAN_YUAN|5937.81|5937.81|WAN_YUAN",
        "5937.81||null|null|null",
        "1,234.5元||0.12345|1234.5|YUAN",
        "1,234.5元|WAN_YUAN|0.12345|1234.5|YUAN",
        "12.6亿元||126000|12.6|YI_YUAN",
        "353.3万元|YUAN|353.3|353.3|WAN_YUAN",
        "￥1,000.00元||0.1|1000.00|YUAN",
        "５９３７．８１|WAN_YUAN|5937.81|5937.81|WAN_YUAN",
        "－3.5|WAN_YUAN|-3.5|-3.5|WAN_YUAN",
        "5千元||0.5|5|QIAN_YUAN",
        "2百万元||200|2|BAI_WAN_YUAN",
        "三万元||3|3|WAN_YUAN",
        " 100 元 ||0.01|100|YUAN",
      })
  void parses(String text, String context, String wan, String printed, String unit) {
    MoneyUnit ctx = context == null ? null : MoneyUnit.valueOf(context);
    Optional<MoneyAmount> m = Money.parse(text, ctx);
    if (wan.equals("null")) {
      assertTrue(m.isEmpty(), text);
      return;
    }
    MoneyAmount a = m.orElseThrow(() -> new AssertionError(text));
    assertEquals(0, new BigDecimal(wan).compareTo(a.wanYuan()), text);
    assertEquals(0, new BigDecimal(printed).compareTo(a.printed()), text);
    assertEquals(MoneyUnit.valueOf(unit), a.unit());
    assertEquals(text.strip(), a.text());
  }

  @ParameterizedTest(name = "refuses {0}")
  @ValueSource(strings = {"", "元", "万元", "abc万元", "3万", "1.2.3元", "约5万元", "5万元左右", "1,23元", "5-6万元", "3万万元"})
  void refuses(String text) {
    assertTrue(Money.parse(text, MoneyUnit.WAN_YUAN).isEmpty(), text);
  }

  @ParameterizedTest(name = "{0} declares {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "预算安排及支出情况（万元）|WAN_YUAN",
        "全年预算数(万元)|WAN_YUAN",
        "单位：元|YUAN",
        "金额单位:万元|WAN_YUAN",
        "单位 ： 千元|QIAN_YUAN",
        "【亿元】|YI_YUAN",
        "资金总额[元]|YUAN",
        "单位：万元 （万元）|WAN_YUAN",
      })
  void headerDeclaresUnit(String header, MoneyUnit unit) {
    assertEquals(Optional.of(unit), MoneyUnit.declaredIn(header));
  }

  @ParameterizedTest(name = "no unit in {0}")
  @ValueSource(strings = {"全年预算数", "资金总额", "单位：万元 其中（元）", "万元户", "每人500元标准"})
  void headerWithoutOneUnit(String header) {
    assertEquals(Optional.empty(), MoneyUnit.declaredIn(header));
  }

  @Test
  void amountMustAgreeWithItsParts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MoneyAmount(BigDecimal.ONE, BigDecimal.ONE, MoneyUnit.YUAN, "1元"));
  }

  @Test
  void unitSymbols() {
    assertEquals(Optional.of(MoneyUnit.WAN_YUAN), MoneyUnit.ofSymbol("万元"));
    assertEquals(Optional.empty(), MoneyUnit.ofSymbol("美元"));
  }

  @Test
  void capitalsAreReadAsYuan() {
    var found = Money.capitals("年初预算数（大写）：人民币壹仟壹佰捌拾万元整；全年执行数（大写）：人民币壹仟贰佰陆拾叁万肆仟捌佰元整");
    assertEquals(2, found.size());
    assertEquals(0, new BigDecimal("1180").compareTo(found.get(0).amount().wanYuan()));
    assertEquals(0, new BigDecimal("12634800").compareTo(found.get(1).amount().printed()));
    assertEquals("人民币壹仟贰佰陆拾叁万肆仟捌佰元整", found.get(1).amount().text());
    var withCents = Money.capitals("计伍佰零叁元叁角零伍分");
    assertEquals(0, new BigDecimal("503.35").compareTo(withCents.get(0).amount().printed()), withCents.toString());
    assertEquals(0, Money.capitals("人民币叁拾拾元整").size(), "not a number in the standard form");
    assertEquals(0, Money.capitals("全年执行数1236.48万元").size(), "figures are not capitals");
  }
}
