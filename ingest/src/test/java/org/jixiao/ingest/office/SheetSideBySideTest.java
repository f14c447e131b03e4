package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** Two years' forms set side by side on one sheet, an empty column between them (h206's family). */
class SheetSideBySideTest {
  /** Rows of cells from column 0; "" leaves a cell empty; a note row spans the whole width. */
  private static ParsedDocument emit(String[][] rows, String note) throws Exception {
    List<SheetCell> cells = new ArrayList<>();
    int width = 0;
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        if (!rows[r][c].isEmpty()) {
          cells.add(new SheetCell(r, c, 1, 1, rows[r][c]));
        }
      }
      width = Math.max(width, rows[r].length);
    }
    if (note != null) {
      cells.add(new SheetCell(rows.length, 0, 1, width, note));
    }
    DocumentBuilder doc = new DocumentBuilder("side.xlsx", DocFormat.XLSX, Limits.defaults());
    SheetLayout.emit("对照", cells, doc, Limits.defaults());
    return doc.build();
  }

  private static final String[][] TWO_YEARS = {
      {"三级指标", "分值", "得分", "", "三级指标", "分值", "得分"},
      {"预算执行率", "10", "9.5", "", "预算执行率", "10", "9.94"},
      {"政府采购执行率", "5", "5", "", "政府采购执行率", "5", "5"},
      {"满意度", "10", "9", "", "满意度", "10", "9.5"}};

  @Test
  void anEmptyColumnBetweenTwoTablesParts() throws Exception {
    ParsedDocument doc = emit(TWO_YEARS, "说明：定量指标按完成比例计分。");
    assertEquals(2, doc.tables().size(), doc.blocks().toString());
    TableGrid left = doc.tables().get(0);
    TableGrid right = doc.tables().get(1);
    assertEquals("9.5", left.text(1, 2));
    assertEquals("9.94", right.text(1, 2));
    assertEquals(4, right.sheet().firstCol(), "the right table's cells keep their sheet addresses (E2 is 9.94's row)");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.TABLES_SIDE_BY_SIDE));
  }

  @Test
  void aNarrowSpacerColumnInsideOneTableCutsNothing() throws Exception {
    String[][] one = {
        {"三级指标", "年度指标值", "实际完成值", "分值", "", "得分"},
        {"预算执行率", "100%", "95%", "10", "", "9.5"},
        {"政府采购执行率", "100%", "100%", "5", "", "5"},
        {"满意度", "≥90%", "92%", "10", "", "10"}};
    ParsedDocument doc = emit(one, null);
    assertEquals(1, doc.tables().size());
    assertEquals(6, doc.tables().getFirst().cols());
  }
}
