package org.jixiao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void wideCharactersTakeTwoColumnsAndCombiningMarksNone() {
    assertEquals(10, DisplayWidth.of("预算执行率"));
    assertEquals(4, DisplayWidth.of("１０"));
    assertEquals(3, DisplayWidth.of("A-z"));
    assertEquals(1, DisplayWidth.of("e\u0301"));
    assertEquals(2, DisplayWidth.of("a\u200Bb"));
  }

  @Test
  void fitPadsNarrowTextAndKeepsItsWhiteSpace() {
    assertEquals("a  b  ", DisplayWidth.fit("a  b", 6));
    assertEquals("预算  ", DisplayWidth.fit("预算", 6));
  }

  @Test
  void fitCutsWideTextToExactlyTheWidthWithAnEllipsis() {
    assertEquals("预算执行…", DisplayWidth.fit("预算执行率", 9));
    assertEquals("预算执… ", DisplayWidth.fit("预算执行率", 8));
    assertEquals("预算…", DisplayWidth.fit("预算执行率", 5));
    assertEquals("…", DisplayWidth.fit("预算", 1));
    assertEquals(7, DisplayWidth.of(DisplayWidth.fit("预算执行率", 7)));
  }
}
