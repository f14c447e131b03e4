package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {
  @Test
  void cjkLinesJoinWithoutASpaceLatinWithOne() {
    assertEquals("部门整体支出绩效自评", TextLines.join(List.of("部门整体支出", "绩效自评")));
    assertEquals("完成率达100%", TextLines.join(List.of("完成率达", "100%")));
    assertEquals("within budget", TextLines.join(List.of("within", "budget")));
    assertEquals("“一网通办”改革", TextLines.join(List.of("“一网通办”", "改革")));
  }

  @Test
  void glyphsOnOneBaselineFormALineWithSpacesFromGaps() {
    List<Glyph> g = List.of(
        new Glyph("b", 20, 25, 90, 100, 10), new Glyph("a", 10, 15, 90, 100, 10),
        new Glyph("c", 40, 45, 91, 100.5, 10), new Glyph("下", 10, 20, 105, 115, 10));
    List<TextLine> lines = TextLines.group(g);
    assertEquals(2, lines.size());
    assertEquals("a b c", lines.get(0).text());
    assertEquals("下", lines.get(1).text());
  }

  @Test
  void pageNumberLinesAreRecognised() {
    PageFurniture f = PageFurniture.defaults();
    for (String s : List.of("- 3 -", "— 12 —", "第3页", "第 3 页 共 9 页", "共9页第3页", "3/9", "Page 3 of 9", "－３－", "7")) {
      assertTrue(f.isPageNumberText(s), s);
    }
    for (String s : List.of("2022年度", "3.5", "100%", "第三章", "一、基本情况")) {
      assertFalse(f.isPageNumberText(s), s);
    }
  }
}
