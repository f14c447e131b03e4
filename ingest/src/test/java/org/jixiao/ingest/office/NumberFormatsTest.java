package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/** Numbers as Excel shows them in formats that print marks as text (h276's family: 元 stored, 万元 shown). */
class NumberFormatsTest {
  private static final DataFormatter FMT = new DataFormatter(Locale.CHINA);

  private static String shown(double value, String format) {
    return WorkbookSheets.number(value, -1, format, FMT);
  }

  @Test
  void aPointPrintedAsTextAmongTheDigits() {
    assertEquals("1200.0000", shown(12000000, "0\\.0000"), "12,000,000 元 shown in 万元");
    assertEquals("1187.3465", shown(11873465, "0\\.0000"));
    assertEquals("0.0500", shown(500, "0\\.0000"), "as many digits as the format has places");
    assertEquals("1,187.35", shown(118735, "#,##0\".\"00"));
  }

  @Test
  void aPercentPrintedAsTextDoesNotMultiply() {
    assertEquals("96.50%", shown(96.5, "0.00\"%\""));
    assertEquals("96.50%", shown(0.965, "0.00%"));
  }
}
