package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class YearMonthDayTest {
  @Test
  void aDateFormatWithTrailingWordsShowsTheDate() {
    // h352: a deadline typed as a date, shown "2024年5月25日前"
    assertEquals("2024年5月25日前", YearMonthDay.shown(45437, "yyyy\"年\"m\"月\"d\"日前\""));
    assertEquals("2024-05-25", YearMonthDay.shown(45437, "yyyy\"-\"mm\"-\"dd"));
  }

  @Test
  void otherFormatsAreNotDates() {
    assertNull(YearMonthDay.shown(20000, "\"≥\"0\"亩\""));
    assertNull(YearMonthDay.shown(0.95, "\"≥\"0%"));
    assertNull(YearMonthDay.shown(45437.5, "yyyy\"年\"m\"月\"d\"日\" h:mm"));
    assertNull(YearMonthDay.shown(45437, "yyyy\"年\"m\"月\""), "no day: not a full date");
  }
}
