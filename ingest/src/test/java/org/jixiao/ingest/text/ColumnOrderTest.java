package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** h311: a table copied out of a PDF viewer column by column, each column's header then its cells one per line. */
class ColumnOrderTest {
  private static ColumnOrder.Found read(String text) {
    return ColumnOrder.at(List.of(text.split("\n", -1)), 0);
  }

  @Test
  void columnsAreReadBackIntoRowsAndTheTextAfterTheLastColumnIsLeft() {
    ColumnOrder.Found f = read("""
        一级指标
        过程
        过程
        合计
        三级指标
        预算执行率
        结转结余率
        分值
        10
        4
        100
        得分
        9.55
        4
        96.39
        自评等级：优""");
    assertEquals(List.of(List.of("一级指标", "三级指标", "分值", "得分"), List.of("过程", "预算执行率", "10", "9.55"),
        List.of("过程", "结转结余率", "4", "4"), List.of("合计", "", "100", "96.39")), f.rows());
    assertEquals(15, f.end(), "自评等级 is the text after the table");
  }

  @Test
  void columnsOfUnequalLengthsOrTooFewAreNoTable() {
    assertNull(read("一级指标\n决策\n分值\n4\n得分\n4"), "two cells are needed");
    assertNull(read("一级指标\n决策\n过程\n产出\n分值\n4\n得分\n4\n3"), "4 against 1");
    assertNull(read("项目\n合计\n分值\n4"), "three columns are needed");
  }
}
