package org.jixiao.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.ingest.office.OfficeFixtures;

/**
 * Small valid files of every format, each with a merged table cell, for {@link
 * ReaderRobustnessTest} to mutate: small so that a try is cheap, structured so that mutations land
 * in tables, spans and containers rather than in bulk text.
 */
final class FuzzSeeds {
  private FuzzSeeds() {}

  /** Writes the seed of {@code format} into {@code dir} (as testSeed.&lt;ext&gt;) and returns it. */
  static Path write(DocFormat format, Path dir) throws IOException {
    Path file = dir.resolve("testSeed." + format.name().toLowerCase(java.util.Locale.ROOT));
    return switch (format) {
      case PDF -> pdf(file);
      case OFD -> org.jixiao.ingest.pdf.OfdFixtures.write(file, "测试", null, java.util.List.of(
          new org.jixiao.ingest.pdf.OfdFixtures.Page().text(20, 20, 4, "标题").grid(new double[] {20, 60, 100}, new double[] {30, 40, 50})
              .text(22, 37, 3, "产出指标").text(62, 37, 3, "数量指标").text(62, 47, 3, "≥5次")));
      case XPS -> org.jixiao.ingest.pdf.XpsFixtures.write(file, org.jixiao.ingest.pdf.XpsFixtures.page(
          org.jixiao.ingest.pdf.XpsFixtures.cell(50, 100, 250, 130) + org.jixiao.ingest.pdf.XpsFixtures.cell(250, 100, 450, 130)
              + org.jixiao.ingest.pdf.XpsFixtures.run(60, 120, "数量指标") + org.jixiao.ingest.pdf.XpsFixtures.run(260, 120, "≥5次")));
      case DOCX -> OfficeFixtures.docx(file, DOCX_BODY, "");
      case XLSX -> xlsx(file);
      case DOC -> Files.copy(Samples.file("004_f903e5746c6a8cdf.doc"), file); // POI cannot write a new DOC
      case XLS -> OfficeFixtures.xls(file, null);
      case SPREADSHEETML -> Files.writeString(file, SPREADSHEETML, StandardCharsets.UTF_8);
      case ODT -> OfficeFixtures.odt(file);
      case ODS -> OfficeFixtures.ods(file);
      case UOF -> Files.writeString(file, org.jixiao.ingest.uof.UofFixtures.DOCUMENT, StandardCharsets.UTF_8);
      case HTML -> Files.writeString(file, HTML, StandardCharsets.UTF_8);
      case MHTML -> Files.write(file, org.jixiao.ingest.html.MhtFixtures.word(HTML, StandardCharsets.UTF_8));
      case JSON -> Files.writeString(file, "{\"data\":{\"columns\":[{\"name\":\"SJZB\",\"comment\":\"三级指标\"},"
          + "{\"name\":\"DF\",\"comment\":\"得分\"}],\"records\":[{\"SJZB\":\"预算执行率\",\"DF\":9.5},"
          + "{\"SJZB\":\"群众满意度\",\"DF\":10}]}}", StandardCharsets.UTF_8);
      case FEED -> Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>栏目</title>"
          + "<item><title>自评报告</title><description><![CDATA[" + HTML + "]]></description></item></channel></rss>",
          StandardCharsets.UTF_8);
      case EMAIL -> Files.writeString(file, "Date: Thu, 10 Apr 2025 16:42:18 +0800\r\nFrom: a@example.cn\r\nTo: b@example.cn\r\n"
          + "Subject: =?UTF-8?B?6Ieq6K+E6KGo?=\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n\r\n" + HTML,
          StandardCharsets.UTF_8);
      case OUTLOOK -> org.jixiao.ingest.html.MsgFixtures.write(file, "自评表", HTML.getBytes(StandardCharsets.UTF_8), "自评表",
          java.util.List.of(java.util.Map.entry("说明.txt", "本邮件附自评表一份。".getBytes(StandardCharsets.UTF_8))));
      case RTF -> Files.writeString(file, org.jixiao.ingest.rtf.RtfFixtures.MERGED_TABLE, StandardCharsets.US_ASCII);
      case TEXT -> Files.writeString(file, TEXT, StandardCharsets.UTF_8);
      case PNG, JPEG, TIFF, GIF -> image(file, format);
      case WEBP -> webp(file);
      case OTHER -> slides(file);
      case ARCHIVE -> archive(file);
    };
  }

  /** A 附件.zip: the HTML seed and a note, names in UTF-8 with the flag set, as a portal's Java writer stores them. */
  private static Path archive(Path file) throws IOException {
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      z.putNextEntry(new java.util.zip.ZipEntry("附件1 自评表.html"));
      z.write(HTML.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new java.util.zip.ZipEntry("说明.txt"));
      z.write("本压缩包含自评表一份。".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return file;
  }

  /** Excel 2003 XML: a title merged across, a header, a percent-styled number, a cell placed by ss:Index. */
  static final String SPREADSHEETML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <?mso-application progid="Excel.Sheet"?>
      <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
       <Styles><Style ss:ID="pct"><NumberFormat ss:Format="Percent"/></Style></Styles>
       <Worksheet ss:Name="自评表"><Table>
        <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">项目支出绩效自评表</Data></Cell></Row>
        <Row><Cell><Data ss:Type="String">三级指标</Data></Cell><Cell><Data ss:Type="String">分值</Data></Cell><Cell><Data ss:Type="String">得分</Data></Cell></Row>
        <Row><Cell ss:MergeDown="1"><Data ss:Type="String">预算执行率</Data></Cell><Cell><Data ss:Type="Number">10</Data></Cell><Cell ss:StyleID="pct"><Data ss:Type="Number">0.9367</Data></Cell></Row>
        <Row><Cell ss:Index="2"><Data ss:Type="Number">5</Data></Cell><Cell><Data ss:Type="Number">4.5</Data></Cell></Row>
       </Table></Worksheet>
      </Workbook>
      """;

  /** A slide deck (a format only Tika reads here): a title and a small table of scores. */
  private static Path slides(Path file) throws IOException {
    try (org.apache.poi.xslf.usermodel.XMLSlideShow deck = new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
      var slide = deck.createSlide();
      slide.createTextBox().setText("某县教育局2023年度部门整体支出绩效自评");
      var table = slide.createTable(2, 2);
      table.getRows().get(0).getCells().get(0).setText("三级指标");
      table.getRows().get(0).getCells().get(1).setText("得分");
      table.getRows().get(1).getCells().get(0).setText("培训人次");
      table.getRows().get(1).getCells().get(1).setText("9.5");
      try (OutputStream out = Files.newOutputStream(file)) {
        deck.write(out);
      }
    }
    return file;
  }

  /**
   * A small page image with a merged-cell table: the head block's first rows from the scanned fixture
   * (部门名称 over two columns, 预算执行情况 over two rows), its cut right side closed by a ruling, so
   * that a mutated copy costs OCR a second or two.
   */
  /** The crop {@link #image} draws, saved by cwebp -q 80 (the JDK writes no WebP). */
  private static Path webp(Path file) throws IOException {
    try (java.io.InputStream in = FuzzSeeds.class.getResourceAsStream("/org/jixiao/ingest/ocr/scanned-budget-crop.webp")) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private static Path image(Path file, DocFormat format) throws IOException {
    java.awt.image.BufferedImage scan;
    try (java.io.InputStream in = FuzzSeeds.class.getResourceAsStream("/org/jixiao/ingest/ocr/issue-11-scanned-budget.png")) {
      scan = javax.imageio.ImageIO.read(in);
    }
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(880, 150, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.drawImage(scan.getSubimage(140, 345, 880, 150), 0, 0, null);
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(864, 0, 16, 150);
    g.setColor(java.awt.Color.BLACK);
    g.fillRect(861, 17, 3, 115);
    g.dispose();
    javax.imageio.ImageIO.write(img, format.name().toLowerCase(java.util.Locale.ROOT), file.toFile());
    return file;
  }

  private static final String DOCX_BODY = """
      <w:p><w:r><w:t>标题</w:t></w:r></w:p>
      <w:tbl>
      <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>产出指标</w:t></w:r></w:p></w:tc>
      <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>数量指标</w:t></w:r></w:p></w:tc></w:tr>
      <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>≥5次</w:t></w:r></w:p></w:tc>
      <w:tc><w:p><w:r><w:t>6次</w:t></w:r></w:p></w:tc></w:tr>
      </w:tbl>""";

  private static final String HTML = """
      <html><head><meta charset="utf-8"><title>测试</title></head><body><h1>标题</h1><p>段落文字。</p>
      <table><tr><td rowspan="2">产出指标</td><td colspan="2">数量指标</td></tr><tr><td>≥5次</td><td>6次</td></tr></table>
      </body></html>""";

  private static final String TEXT = """
      标题

      一级指标\t二级指标\t三级指标\t分值
      产出指标\t数量指标\t培训次数\t2
      \t质量指标\t合格率\t1
      """;

  private static Path xlsx(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("表");
      for (int r = 0; r < 3; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < 3; c++) {
          row.createCell(c).setCellValue(r == 0 ? "指标" + c : "v" + r + c);
        }
      }
      s.getRow(2).getCell(2).setCellFormula("1+1");
      s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
      wb.write(out);
    }
    return file;
  }

  /** One page: a line of text and a ruled 2×2 table (a lattice the table finder picks up). */
  private static Path pdf(Path file) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, font, 72, 780, "Seed report");
        for (float y : new float[] {700, 680, 660}) {
          cs.moveTo(72, y);
          cs.lineTo(372, y);
        }
        for (float x : new float[] {72, 222, 372}) {
          cs.moveTo(x, 700);
          cs.lineTo(x, 660);
        }
        cs.stroke();
        text(cs, font, 80, 686, "Output");
        text(cs, font, 230, 686, "Quantity");
        text(cs, font, 80, 666, "Cost");
        text(cs, font, 230, 666, "12.5");
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws IOException {
    cs.beginText();
    cs.setFont(font, 10);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }
}
