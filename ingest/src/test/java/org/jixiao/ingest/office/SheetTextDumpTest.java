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
import org.junit.jupiter.api.Test;

/** A report pasted into one column of a sheet, its tables as tab-separated lines (h216's family). */
class SheetTextDumpTest {
  private static ParsedDocument emit(String... lines) throws Exception {
    List<SheetCell> cells = new ArrayList<>();
    for (int r = 0; r < lines.length; r++) {
      if (!lines[r].isEmpty()) {
        cells.add(new SheetCell(r, 0, 1, 1, lines[r]));
      }
    }
    DocumentBuilder doc = new DocumentBuilder("dump.xlsx", DocFormat.XLSX, Limits.defaults());
    SheetLayout.emit("Sheet1", cells, doc, Limits.defaults());
    return doc.build();
  }

  @Test
  void oneColumnOfTabSeparatedLinesIsReadAsText() throws Exception {
    ParsedDocument doc = emit("某县民政局2024年度部门整体支出绩效自评报告", "",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t城乡低保保障人数（人）\t≥8000\t8246\t8\t8",
        "\t\t特困人员集中供养率\t≥50%\t52.3%\t8\t8",
        "效益指标\t满意度\t服务对象满意度\t≥90%\t93%\t8\t8", "",
        "填报人：张××");
    assertEquals(1, doc.tables().size(), doc.blocks().toString());
    TableGrid t = doc.tables().getFirst();
    assertEquals(4, t.rows());
    assertEquals("城乡低保保障人数（人）", t.text(1, 2));
    assertEquals("52.3%", t.text(2, 4));
    assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().startsWith("某县民政局")));
  }

  @Test
  void aSheetOfOneColumnWithoutTabsStaysAGrid() throws Exception {
    ParsedDocument doc = emit("项目名称", "某项目", "主管部门", "某局");
    assertEquals(1, doc.tables().size());
    assertEquals(1, doc.tables().getFirst().cols());
  }
}
