package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.ooxml.XlsxReader;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel's check boxes and option buttons over empty cells (h370): read as ☑ / □ and their label in those cells. */
class SheetControlsTest {
  @TempDir Path tmp;

  private static String shape(String type, int col, int row, String label, boolean checked) {
    return "<v:shape type=\"#_x0000_t201\" style=\"position:absolute\"><v:textbox><div><font face=\"宋体\">" + label
        + "</font></div></v:textbox><x:ClientData ObjectType=\"" + type + "\"><x:Anchor>" + col + ", 6, " + row + ", 4, "
        + (col + 1) + ", 80, " + row + ", 21</x:Anchor>" + (checked ? "<x:Checked>1</x:Checked>" : "") + "</x:ClientData></v:shape>";
  }

  @Test
  void ticksAreReadInTheCellsTheControlsStandIn() throws Exception {
    String vml = "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
        + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">" + shape("Checkbox", 1, 1, "达成", false)
        + shape("Radio", 1, 2, "优", true) + shape("Radio", 2, 2, "良", false) + "</xml>";
    ParsedDocument doc = new XlsxReader().read(withControls(vml), DocFormat.XLSX, Limits.defaults());
    TableGrid t = doc.tables().get(0);
    assertEquals("□达成", t.text(1, 1));
    assertEquals("☑优", t.text(2, 1));
    assertEquals("□良", t.text(2, 2));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.FORM_FIELDS_READ
        && w.message().contains("3 check box")), doc.warnings().toString());
  }

  @Test
  void aControlAnchoredOffTheSheetIsNotRead() throws Exception {
    // a damaged anchor (row 99,999,999,999) names no cell: the sheet's own cells are read as before
    String vml = "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
        + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><v:shape><x:ClientData ObjectType=\"Checkbox\">"
        + "<x:Anchor>1, 6, 99999999999, 4, 2, 80, 99999999999, 21</x:Anchor><x:Checked>1</x:Checked></x:ClientData></v:shape></xml>";
    ParsedDocument doc = new XlsxReader().read(withControls(vml), DocFormat.XLSX, Limits.defaults());
    assertEquals(3, doc.tables().get(0).rows());
    assertTrue(doc.warnings().stream().noneMatch(w -> w.code() == WarningCode.FORM_FIELDS_READ), doc.warnings().toString());
  }

  /** A small form written by POI, its legacy drawing replaced by {@code vml}. */
  private Path withControls(String vml) throws Exception {
    byte[] made;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("自评表");
      sheet.createRow(0).createCell(0).setCellValue("三级指标");
      sheet.getRow(0).createCell(1).setCellValue("是否达成");
      sheet.createRow(1).createCell(0).setCellValue("水质检测合格率");
      sheet.createRow(2).createCell(0).setCellValue("自评等级");
      // a comment makes POI write the sheet's legacy drawing, whose shapes are then replaced by the controls
      ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
      sheet.createDrawingPatriarch().createCellComment(anchor).setString(wb.getCreationHelper().createRichTextString("x"));
      wb.write(out);
      made = out.toByteArray();
    }
    Path file = Files.createTempFile(tmp, "controls", ".xlsx");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(made));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().endsWith(".vml") ? vml.getBytes(StandardCharsets.UTF_8) : data);
        out.closeEntry();
      }
    }
    return file;
  }
}
