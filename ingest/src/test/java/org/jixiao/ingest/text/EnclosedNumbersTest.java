package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnclosedNumbersTest {
  @Test
  void fieldResidueBecomesTheCircledNumber() {
    assertEquals("⑪交易中心开标", EnclosedNumbers.replace(" EQ \\o\\ac(○,11)交易中心开标"));
    assertEquals("⑩与⑫", EnclosedNumbers.replace("⑩与 EQ \\o\\ac(○,12)"));
    assertEquals("⑬", EnclosedNumbers.replace("\\o\\ac(○,13)"));
    assertEquals("⑭", EnclosedNumbers.replace("EQ \\o\\ac(14,○)"));
    assertEquals("⑮", EnclosedNumbers.replace("EQ \\o\\ac(○,\\s\\up1(15))"));
    assertEquals("无字段", EnclosedNumbers.replace("无字段"));
  }

  @Test
  void everyNumberHasAForm() {
    assertEquals("①", EnclosedNumbers.circled(1));
    assertEquals("⑳", EnclosedNumbers.circled(20));
    assertEquals("㉑", EnclosedNumbers.circled(21));
    assertEquals("㉟", EnclosedNumbers.circled(35));
    assertEquals("㊱", EnclosedNumbers.circled(36));
    assertEquals("㊿", EnclosedNumbers.circled(50));
    assertEquals("（51）", EnclosedNumbers.circled(51));
    assertEquals("（0）", EnclosedNumbers.circled(0));
  }
}
