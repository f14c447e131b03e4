package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.TableMethod;
import org.junit.jupiter.api.Test;

/** A row cut by a page break whose page-1 part sets its text in the middle (h218), not down to the cut. */
class SplitRowsTest {
  private static final List<Double> XS = List.of(40.0, 200.0, 300.0, 340.0, 560.0);

  /** The last row of page 1: name, target, score, remark, its text set in the middle, 18 pt above the bottom edge at 730 (more than a line). */
  private static PageTable page1(String name, String remark) {
    return new PageTable(1, XS, List.of(700.0, 730.0), List.of(
        new PageTable.Cell(0, 0, 1, 1, name, 712, 9),
        new PageTable.Cell(0, 1, 1, 1, "≥95%", 712, 9),
        new PageTable.Cell(0, 2, 1, 1, "6.5", 712, 9),
        new PageTable.Cell(0, 3, 1, 1, remark, 712, 9)), TableMethod.LATTICE);
  }

  /** The first row of page 2: the rest of the name and of the remark, nothing under the figures. */
  private static PageTable page2(String name, String remark) {
    return new PageTable(2, XS, List.of(40.0, 90.0), List.of(
        new PageTable.Cell(0, 0, 1, 1, name, 52, 9),
        new PageTable.Cell(0, 1, 1, 1, "", 52, 9),
        new PageTable.Cell(0, 2, 1, 1, "", 52, 9),
        new PageTable.Cell(0, 3, 1, 1, remark, 80, 9)), TableMethod.LATTICE);
  }

  @Test
  void aBracketOpenedAboveTheCutAndClosedBelowIsOneRow() {
    assertTrue(SplitRows.isSplitRow(page1("城市管理问题按期办结率（数", "受疫情防控影响，涉及多部门的"),
        page2("字化城管平台派遣案件）", "疑难问题办理周期延长"), 0, XS));
  }

  @Test
  void withoutTheBracketTextEndingAboveTheCutStartsANewRow() {
    assertFalse(SplitRows.isSplitRow(page1("城市管理问题按期办结率", "受疫情防控影响"),
        page2("数字化城管平台派遣案件", "疑难问题办理周期延长"), 0, XS));
  }

  @Test
  void bracketDepth() {
    assertEquals(1, SplitRows.brackets("按期办结率（数"));
    assertEquals(-1, SplitRows.brackets("派遣案件）"));
    assertEquals(0, SplitRows.brackets("面积（万亩）"));
  }
}
