package org.jixiao.ingest.ole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FieldCodesTest {
  @Test
  void enclosedNumberFieldBecomesTheEnclosedCharacter() {
    assertEquals("指标⑪完成", FieldCodes.clean("指标\u0013 EQ \\o\\ac(○,11)\u0015完成"));
    assertEquals("①", FieldCodes.clean("\u0013eq \\o\\ac(○,\\s\\up 1(1))\u0015"));
    assertEquals("㉑", FieldCodes.clean("\u0013 EQ \\o\\ac(21,◯)\u0014\u0015"));
  }

  @Test
  void residueWithoutFieldMarksIsConvertedToo() {
    assertEquals("第⑫项", FieldCodes.clean("第 EQ \\o\\ac(○,12)项"));
    assertEquals("第㊿项", FieldCodes.clean("第EQ \\o\\ac(○,５０)项"));
  }

  @Test
  void numbersWithoutAnEnclosedCharacterAreLeftAlone() {
    assertNull(FieldCodes.enclosedChar("○", "51"));
    assertNull(FieldCodes.enclosedChar("□", "3"));
  }

  @Test
  void fieldResultsAreKeptAndCodesDropped() {
    assertEquals("见第3页", FieldCodes.clean("见第\u0013 PAGEREF _Toc1 \\h \u00143\u0015页"));
    assertEquals("链接文字", FieldCodes.clean("\u0013 HYPERLINK \"http://x\" \u0014链接文字\u0015"));
    assertEquals("", FieldCodes.clean("\u0013 TOC \\o \"1-3\" \u0015"));
    assertEquals("外结果", FieldCodes.clean("\u0013 IF \u0013 REF a \u0014x\u0015 = 1 \u0014外结果\u0015"));
  }

  @Test
  void controlCharactersAreRemovedAndBreaksKept() {
    assertEquals("一\n二\n三-四五", FieldCodes.clean("一\r二\u000b三\u001e四\u001f\u0001五\u0007"));
    assertEquals("a b", FieldCodes.clean("a\u00a0b"));
  }
}
