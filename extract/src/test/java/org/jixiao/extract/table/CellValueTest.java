package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A cell read once as a weight or score. */
class CellValueTest {
  @Test
  void aLoneOneOrTwoWhereAFigureStandsIsADashNotAWeight() {
    // h519: a fund line's "—" read by OCR as 二; "一" typed for a dash
    assertNull(CellValue.read("二").number().value());
    assertNull(CellValue.read("一").number().value());
    assertNull(CellValue.read("—").number().value());
    assertEquals(new BigDecimal("2"), CellValue.read("2").number().value());
    assertEquals(new BigDecimal("20"), CellValue.read("二十").number().value(), "a number in words is still read");
  }
}
