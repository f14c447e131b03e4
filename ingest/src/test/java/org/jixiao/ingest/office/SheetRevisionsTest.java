package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFTextbox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.ole.XlsReader;
import org.jixiao.ingest.ooxml.XlsxReader;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet's struck-through text (a review's deletions) and its text boxes (a form's 说明 and 自评结论 drawn over cells). */
class SheetRevisionsTest {
  @TempDir Path dir;

  @Test
  void aFormReturnedWithItsRevisionsMarkedReadsAsRevised() throws Exception {
    // h346: "~~990.10~~ 976.46" in one cell, a dropped indicator struck in every cell
    ParsedDocument doc = new XlsxReader().read(Path.of("../corpus-heldout/h346_huitong_linchang.xlsx"), DocFormat.XLSX,
        Limits.defaults());
    TableGrid t = doc.tables().getFirst();
    List<String> fund = t.rowTexts(4);
    assertTrue(fund.contains("976.46") && fund.contains("93.89%"), fund.toString());
    assertFalse(doc.text().contains("990.10"), "the first-filed figure is struck: deleted");
    assertTrue(doc.warnings().stream().map(IngestWarning::code).anyMatch(WarningCode.STRUCK_TEXT_DROPPED::equals));
  }

  @Test
  void textBoxesDrawnOnASheetAreReadAfterItsCells() throws Exception {
    // h348: the 自评结论 with the total and the grade exists only in a text box
    ParsedDocument doc = new XlsxReader().read(Path.of("../corpus-heldout/h348_shuangta_jiedao.xlsx"), DocFormat.XLSX,
        Limits.defaults());
    List<String> lines = doc.paragraphs().stream().map(Paragraph::text).toList();
    assertTrue(lines.contains("金额单位：万元"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("自评得分89.62分（满分100分）")), lines.toString());
  }

  @Test
  void anXlsSheetsStruckRunsAndTextBoxes() throws Exception {
    Path file = dir.resolve("testRevised.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      HSSFSheet sheet = wb.createSheet("自评表");
      HSSFFont struck = wb.createFont();
      struck.setStrikeout(true);
      Row head = sheet.createRow(0);
      head.createCell(0).setCellValue("项目");
      head.createCell(1).setCellValue("执行率");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("年度资金总额");
      HSSFRichTextString rate = new HSSFRichTextString("95.20% 93.89%");
      rate.applyFont(0, 7, struck);
      row.createCell(1).setCellValue(rate);
      HSSFPatriarch p = sheet.createDrawingPatriarch();
      HSSFTextbox box = p.createTextbox(new HSSFClientAnchor(0, 0, 0, 0, (short) 0, 3, (short) 3, 5));
      box.setString(new HSSFRichTextString("自评结论：自评得分89.62分，等级为“良”。"));
      wb.write(out);
    }
    ParsedDocument doc = new XlsReader().read(file, DocFormat.XLS, Limits.defaults());
    assertEquals(List.of("年度资金总额", "93.89%"), doc.tables().getFirst().rowTexts(1));
    assertTrue(doc.paragraphs().stream().map(Paragraph::text).anyMatch(l -> l.equals("自评结论：自评得分89.62分，等级为“良”。")));
  }
}
