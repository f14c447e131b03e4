package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.internal.WrappedText;
import org.junit.jupiter.api.Test;

class TextLinesTest {
  @Test
  void cjkLinesJoinWithoutASpaceLatinWithOne() {
    assertEquals("部门整体支出绩效自评", WrappedText.join(List.of("部门整体支出", "绩效自评")));
    assertEquals("完成率达100%", WrappedText.join(List.of("完成率达", "100%")));
    assertEquals("within budget", WrappedText.join(List.of("within", "budget")));
    assertEquals("“一网通办”改革", WrappedText.join(List.of("“一网通办”", "改革")));
  }

  @Test
  void numbersAndUnitsCutByAWrapJoinWithoutASpace() {
    assertEquals("100", WrappedText.join(List.of("10", "0")));
    assertEquals("94.36", WrappedText.join(List.of("94.", "36")));
    assertEquals("95.48%", WrappedText.join(List.of("95.48", "%")));
    assertEquals("≤0.9‰", WrappedText.join(List.of("≤0.9", "‰")));
    assertEquals("0.5g/kg", WrappedText.join(List.of("0.5g/", "kg")));
    assertEquals("=-5.18%", WrappedText.join(List.of("=-", "5.18%")));
    assertEquals("10%-20%", WrappedText.join(List.of("10%-", "20%")));
    assertEquals("1.28% 82%", WrappedText.join(List.of("1.28%", "82%")), "a percentage ends its number");
    assertEquals("PM2.5", WrappedText.join(List.of("PM", "2.5")));
    assertEquals("within budget", WrappedText.join(List.of("within", "budget")));
  }

  @Test
  void geometryTellsAWrapFromALineBreakTypedInTheCell() {
    // "100" (3 × 7.2 pt) in a 分值 column 16 pt wide: "10" over "0"
    List<TextLine> digits = List.of(LineFixtures.line("10", 100, 0, 12), LineFixtures.line("0", 100, 17, 12));
    assertEquals("100", TextLines.joinLines(digits, 116));
    // the same lines in a cell 100 pt wide: "10" ended early, at a line break typed in the cell
    assertEquals("10 0", TextLines.joinLines(digits, 200));
    // Latin words wrapped at a space keep it; a word longer than the cell is cut, not wrapped
    List<TextLine> words = List.of(LineFixtures.line("within", 100, 0, 12), LineFixtures.line("budget", 100, 17, 12));
    assertEquals("within budget", TextLines.joinLines(words, 160));
    List<TextLine> cut = List.of(LineFixtures.line("Supercal", 100, 0, 12), LineFixtures.line("ifragilistic", 100, 17, 12));
    assertEquals("Supercalifragilistic", TextLines.joinLines(cut, 160));
    List<TextLine> cjk = List.of(LineFixtures.line("完成率达", 100, 0, 12), LineFixtures.line("100%", 100, 17, 12));
    assertEquals("完成率达100%", TextLines.joinLines(cjk, 400));
  }

  @Test
  void aCellKnowsItsWidthFromItsRulingsAndPadding() {
    // 得分 cell between rulings at 100 and 127.6, text padded 5.4 pt: "94.36" wraps after the point
    List<Glyph> g = new ArrayList<>(LineFixtures.glyphs("94.", 105.4, 0, 12));
    g.addAll(LineFixtures.glyphs("36", 105.4, 17, 12));
    assertEquals("94.36", PageTable.Cell.of(0, 0, 1, 1, g, 100, 127.6).text());
    List<Glyph> typed = new ArrayList<>(LineFixtures.glyphs("2023", 105.4, 0, 12));
    typed.addAll(LineFixtures.glyphs("2024", 105.4, 17, 12));
    assertEquals("2023 2024", PageTable.Cell.of(0, 0, 1, 1, typed, 100, 200).text());
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
    for (String s : List.of("- 3 -", "— 12 —", "第3页", "第 3 页 共 9 页", "共9页第3页", "3/9", "Page 3 of 9", "－３－", "7", "]4", "l2")) {
      assertTrue(f.isPageNumberText(s), s);
    }
    for (String s : List.of("2022年度", "3.5", "100%", "第三章", "一、基本情况", "A1", "]4部门")) {
      assertFalse(f.isPageNumberText(s), s);
    }
  }
}
