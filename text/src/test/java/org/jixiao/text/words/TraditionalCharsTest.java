package org.jixiao.text.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TraditionalCharsTest {
  @Test
  void foldsCharacterByCharacterKeepingTheLength() {
    String printed = "開平市文化廣電旅遊體育局 產出指標 預算執行率 96.06% 自評等級為“優”";
    String folded = TraditionalChars.simplified(printed);
    assertEquals("开平市文化广电旅游体育局 产出指标 预算执行率 96.06% 自评等级为“优”", folded);
    assertEquals(printed.length(), folded.length());
    assertEquals(13, TraditionalChars.traditional(printed)); // 開廣電遊體產標預執評級為優
  }

  @Test
  void simplifiedTextIsTheSameString() {
    String text = "2024年度部门整体支出绩效自评报告：产出指标 49.27 分";
    assertSame(text, TraditionalChars.simplified(text));
    assertEquals(0, TraditionalChars.traditional(text));
  }
}
