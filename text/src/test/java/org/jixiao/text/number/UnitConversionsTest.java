package org.jixiao.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitConversionsTest {
  private static BigDecimal factor(String from, String to) {
    return UnitConversions.factor(from, to).orElseThrow().stripTrailingZeros();
  }

  @Test
  void unitsOfOneMeasureConvertEitherWay() {
    assertEquals(0, new BigDecimal("1000").compareTo(factor("公里", "米")));
    assertEquals(0, new BigDecimal("0.001").compareTo(factor("米", "公里")));
    assertEquals(0, new BigDecimal("60").compareTo(factor("小时", "分钟")));
    assertEquals(0, new BigDecimal("1440").compareTo(factor("天", "分钟")), "through 小时");
    assertEquals(0, BigDecimal.ONE.compareTo(factor("千米", "公里").setScale(6, java.math.RoundingMode.HALF_UP)));
    assertEquals(0, new BigDecimal("1000").compareTo(factor("元/米", "元/公里")), "a cost per unit by its denominator");
  }

  @Test
  void unitsOfOtherMeasuresDoNotConvert() {
    assertTrue(UnitConversions.factor("公里", "小时").isEmpty());
    assertTrue(UnitConversions.factor("人", "户").isEmpty());
    assertTrue(UnitConversions.factor("元/公里", "元").isEmpty());
  }

  @Test
  void theOtherUnitsOfAMeasure() {
    assertEquals(java.util.List.of("公里", "千米"), UnitConversions.sameMeasure("米"));
    assertEquals(java.util.List.of("千米", "米"), UnitConversions.sameMeasure("公里"));
    assertEquals(java.util.List.of(), UnitConversions.sameMeasure("户"));
  }
}
