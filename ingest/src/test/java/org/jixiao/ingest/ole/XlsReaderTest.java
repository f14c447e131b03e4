package org.jixiao.ingest.ole;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.ooxml.XlsxReaderTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {
  @TempDir Path dir;

  @Test
  void readsTheSameSheetAsXlsxDoes() throws Exception {
    Path file = dir.resolve("testDisplayed.xls");
    try (Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XlsxReaderTestAccess.fillCrafted(wb);
      wb.write(out);
    }
    ParsedDocument doc = new XlsReader().read(file, DocFormat.XLS, Limits.defaults());
    assertEquals(DocFormat.XLS, doc.format());
    assertEquals(List.of("部门整体支出绩效自评表", "单位：万元"), doc.paragraphs().stream().map(Paragraph::text).toList());
    TableGrid t = doc.tables().getFirst();
    assertEquals(List.of("合计", "22681.6", "19792.2", "87.3%"), t.rowTexts(1));
    assertEquals(new GridCell(2, 1, 1, 3, "2023年3月31日", null), t.cellAt(2, 1));
  }
}
