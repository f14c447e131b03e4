package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.audit.DisplayWidth;
import org.junit.jupiter.api.Test;

class TextTableTest {
  private static TextTable table() {
    return new TextTable(40)
        .row(List.of("部门", "指标", "说明"))
        .row(List.of("江苏省政务服务管理办公室", "政府采购执行率", "政府采购执行率=（实际政府采购金额/政府采购预算数）×100%"));
  }

  @Test
  void aTableFitsTheWidthItIsGivenWidestColumnFirst() {
    String wide = table().render(TerminalWidth.UNLIMITED);
    int full = wide.lines().mapToInt(DisplayWidth::of).max().orElseThrow();
    assertTrue(full > 80, wide);
    String fitted = table().render(80);
    for (String line : fitted.lines().toList()) {
      assertTrue(DisplayWidth.of(line) <= 80, line);
    }
    assertTrue(fitted.contains("江苏省政务服务管理办公室"), "the narrower columns keep their text: " + fitted);
    assertTrue(fitted.contains("…"), "the widest gives way and says it was cut: " + fitted);
  }

  @Test
  void noColumnShrinksBelowAUsefulWidth() {
    String narrow = table().render(10);
    assertEquals(2, narrow.lines().count());
    assertTrue(narrow.lines().allMatch(l -> l.contains(" | ")), narrow);
  }
}
