package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.TableMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned pages read by OCR into the same model as a text PDF. The fixture {@code
 * issue-11-scanned-budget.png} is the top of sample 002's first page as {@code scripts/make-scans.sh}
 * renders it ({@code grey200}), cropped below the head block and stored with 16 grey levels; the
 * PDF beside it is that PNG wrapped by img2pdf. The rotated and stamped variants are made here.
 * Skipped, saying what to install, where Tesseract is missing (CI installs it).
 */
class ScannedReportTest {
  @TempDir static Path dir;
  private static final DocumentIngestor INGESTOR = DocumentIngestor.withDefaultReaders(
      new Limits(100L << 20, 50, 200_000, 5_000_000, java.time.Duration.ofMinutes(5)));

  @BeforeAll
  static void engine() {
    Optional<String> why = OcrEngine.unavailable();
    assumeTrue(why.isEmpty(), () -> "OCR tests skipped: " + why.orElse(""));
  }

  private static Path fixture(String name) throws IOException {
    Path p = dir.resolve(name);
    if (!Files.exists(p)) {
      try (InputStream in = ScannedReportTest.class.getResourceAsStream(name)) {
        Files.copy(in, p);
      }
    }
    return p;
  }

  private static ParsedDocument read(Path file) {
    IngestOutcome o = INGESTOR.ingest(file);
    return assertInstanceOf(IngestOutcome.Parsed.class, o, o.toString()).document();
  }

  /**
   * The head block: 部门名称 over two columns, the budget row's figures each in its own cell; all six
   * read exactly, or, on a degraded scan, all but {@code misreads}.
   */
  private static void assertHeadBlock(ParsedDocument doc, int misreads) {
    TableGrid t = doc.tables().get(0);
    assertEquals(TableMethod.OCR, t.method());
    List<String> texts = t.cells().stream().map(c -> c.text().replaceAll("\\s+", "")).toList();
    List<String> missed = List.of("22230.8", "22681.6", "19792.2", "87.3%", "8.7", "10").stream()
        .filter(v -> !texts.contains(v)).toList();
    assertTrue(missed.size() <= misreads, missed + " not cells of " + texts);
    assertTrue(texts.stream().anyMatch(s -> s.contains("天津市人民政府政务服务")), texts.toString());
    GridCell name = t.cells().stream().filter(c -> c.text().contains("部门名称")).findFirst().orElseThrow();
    assertEquals(2, name.colSpan(), "部门名称 spans the two label columns");
    GridCell budget = t.cells().stream().filter(c -> c.text().equals("22230.8")).findFirst().orElseThrow();
    assertNotNull(budget.ocr(), "an OCR cell carries its box and confidence");
    assertTrue(budget.ocr().confidence() > 0 && budget.ocr().width() > 0, budget.ocr().toString());
    assertTrue(doc.text().replaceAll("\\s+", "").contains("整体支出绩效自评表"), doc.text());
  }

  @Test
  void aTableContinuedOnTheNextScannedPageKeepsItsNumericColumns() throws IOException {
    // scanned-continued-table.tif: sample 000's grey200 pages 1 and 2, whitened but for the table's header and first rows
    // on page 1 and its next rows on page 2 (16 grey levels). Page 2 has no header: its 得分 cells are read as numbers
    // all the same (the lone 1 of 绩效指标明确性, in a tall cell, was taken for an empty one), and the 评价要点及评分规则
    // column, whose header holds 评分 but whose cells are words, is not
    ParsedDocument doc = read(fixture("scanned-continued-table.tif"));
    TableGrid t = doc.tables().get(0);
    int row = -1;
    for (int r = 0; r < t.rows(); r++) {
      if (t.text(r, 2).replaceAll("\\s+", "").equals("绩效指标明确性")) {
        row = r;
      }
    }
    assertTrue(row > 0, t.toString());
    assertEquals(2, t.cellAt(row, 2).page());
    assertEquals("1", t.text(row, 7).strip());
    assertTrue(t.text(row, 5).replaceAll("\\s+", "").startsWith("评价要点"), t.text(row, 5));
  }

  @Test
  void codedNamesHoldingAHeaderWordAreNamesAndLoneDigitsAreDigits() throws IOException {
    // scanned-coded-scores.png: 表5-2 of sample 003's grey200 scan (page 16, the rest of the page whitened), 16 grey
    // levels. "B12 预算执行率" holds 执行率, a numeric header word, but stands in a row of figures: the names under it are
    // not read as digits ("B13 …" read "13" before); a lone 4 under 权重 and 得分 (read 人4 and 中 before) is a digit
    ParsedDocument doc = read(fixture("scanned-coded-scores.png"));
    TableGrid t = doc.tables().get(0);
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      rows.add(t.rowTexts(r).stream().map(s -> s.replaceAll("\\s+", "")).toList());
    }
    assertTrue(rows.stream().anyMatch(r -> r.get(0).endsWith("结转结余变动情况")), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.get(0).endsWith("政府采购规范性") && r.get(2).equals("1")), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.get(0).endsWith("制度管理") && r.get(1).equals("4")), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.get(0).endsWith("资产管理") && r.get(1).equals("4") && r.get(2).equals("4")),
        rows.toString());
  }

  @Test
  void aPictureCarriedInAWebPageIsReadAtTheResolutionItsTextGives() throws IOException {
    // h294's family: a portal article whose 自评表 is a screenshot in a data: URI; its print size is unknown, so its
    // resolution is told from its lines of text (the fixture is a 200 dpi scan), not by taking it for an A4 page
    byte[] png = Files.readAllBytes(fixture("issue-11-scanned-budget.png"));
    int dpi = org.jixiao.ingest.pdf.PictureTextAccess.textDpi(ImageIO.read(fixture("issue-11-scanned-budget.png").toFile()));
    assertTrue(dpi >= 170 && dpi <= 230, "estimated " + dpi + " dpi");
    Path page = dir.resolve("article.html");
    Files.writeString(page, "<html><head><meta charset=\"utf-8\"></head><body><h1>绩效自评报告</h1><p>自评表如下：</p>"
        + "<p><img alt=\"自评表\" src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png)
        + "\"></p><p>联系人：某某</p></body></html>");
    ParsedDocument doc = read(page);
    assertEquals(DocFormat.HTML, doc.format());
    assertHeadBlock(doc, 0);
    assertTrue(doc.text().indexOf("自评表如下") < doc.text().indexOf("22230.8"), "the picture's table stands where the picture does");
  }

  @Test
  void aScannedPdfPageReadsLikeItsTextPdf() throws IOException {
    ParsedDocument doc = read(fixture("issue-11-scanned-budget.pdf"));
    assertEquals(DocFormat.PDF, doc.format());
    assertHeadBlock(doc, 0);
  }

  @Test
  void aPageImageIsDetectedByItsBytesAndRead() throws IOException {
    Path renamed = dir.resolve("scan.dat");
    Files.copy(fixture("issue-11-scanned-budget.png"), renamed);
    ParsedDocument doc = read(renamed);
    assertEquals(DocFormat.PNG, doc.format());
    assertHeadBlock(doc, 0);
  }

  /**
   * {@code issue-11-scanned-budget.webp}: the same scan saved as lossy WebP (cwebp -q 80), as a 公众号 article serves
   * a report's picture: read like the PNG, every figure exact.
   */
  @Test
  void aWebpPictureReadsLikeThePng() throws IOException {
    ParsedDocument doc = read(fixture("issue-11-scanned-budget.webp"));
    assertEquals(DocFormat.WEBP, doc.format());
    assertHeadBlock(doc, 0);
  }

  /**
   * The scan as an old portal posts a form (h416's family): its title and year printed in red above the table, a red
   * seal over the table's figures, saved as a 256-colour GIF. The seal drops out of the grey page as before; the red
   * lines, dropped with it, are found on the red ink alone and read with the page's text.
   */
  @Test
  void aGifWithItsTitleInRedReadsTheTitleAndNotTheSeal() throws IOException {
    BufferedImage scan = ImageIO.read(fixture("issue-11-scanned-budget.png").toFile());
    BufferedImage rgb = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < scan.getHeight(); y++) {
      for (int x = 0; x < scan.getWidth(); x++) {
        int v = scan.getRGB(x, y) & 0xFF;
        // above the table (its top ruling is at y 370) the print is red: ink v of 0 is (200, 0, 0), paper stays white
        rgb.setRGB(x, y, y < 350 ? new Color(255 - (255 - v) * 55 / 255, v, v).getRGB() : new Color(v, v, v).getRGB());
      }
    }
    Graphics2D g = rgb.createGraphics();
    g.setColor(new Color(200, 20, 30));
    g.setStroke(new BasicStroke(10));
    g.drawOval(1250, 300, 220, 220); // a seal over 19792.2 and 分值, reaching up beside the year
    g.dispose();
    Path gif = dir.resolve("red-title.gif");
    assertTrue(ImageIO.write(rgb, "gif", gif.toFile()));
    assertNotNull(RedText.ink(ImageIO.read(gif.toFile())), "the GIF keeps its red");
    ParsedDocument doc = read(gif);
    assertEquals(DocFormat.GIF, doc.format());
    assertHeadBlock(doc, 0); // which asks for the title, printed in red
    assertTrue(doc.text().contains("2022"), doc.text());
  }

  /** A page image larger than any page (8,000 × 8,000 pixels, a few kilobytes as a blank bilevel PNG) is refused unread. */
  @Test
  void aPageImageOverThePixelLimitIsRefusedBeforeDecoding() throws IOException {
    Path huge = dir.resolve("huge.png");
    ImageIO.write(new BufferedImage(8000, 8000, BufferedImage.TYPE_BYTE_BINARY), "png", huge.toFile());
    IngestOutcome o = INGESTOR.ingest(huge);
    IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, o, o.toString());
    assertEquals(org.jixiao.ingest.FailureKind.TOO_LARGE, failed.kind());
    assertTrue(failed.message().contains("8000 × 8000"), failed.message());
  }

  /**
   * The scan printed on a landscape A4 sheet and photographed on a brown desk at a slant (the sheet's corners at four
   * unequal places, so its rulings converge): the sheet is found, straightened and read like the scan (h412's family).
   */
  @Test
  void aSheetPhotographedAtASlantIsStraightenedAndRead() throws IOException {
    BufferedImage scan = ImageIO.read(fixture("issue-11-scanned-budget.png").toFile());
    GreyImage sheet = GreyImage.of(sheetWith(scan));
    double[][] corners = {{260, 190}, {2900, 120}, {3000, 2080}, {170, 2150}};
    double[] back = PagePhoto.homography(corners,
        new double[][] {{0, 0}, {sheet.width(), 0}, {sheet.width(), sheet.height()}, {0, sheet.height()}});
    BufferedImage photo = new BufferedImage(3160, 2280, BufferedImage.TYPE_INT_RGB);
    java.util.Random grain = new java.util.Random(7);
    for (int y = 0; y < photo.getHeight(); y++) {
      for (int x = 0; x < photo.getWidth(); x++) {
        double d = back[6] * x + back[7] * y + 1;
        double fx = (back[0] * x + back[1] * y + back[2]) / d;
        double fy = (back[3] * x + back[4] * y + back[5]) / d;
        int sx = (int) Math.floor(fx);
        int sy = (int) Math.floor(fy);
        if (sx >= 0 && sy >= 0 && sx < sheet.width() - 1 && sy < sheet.height() - 1) {
          // the camera's pixel takes in its neighbours (bilinear), the paper a little grey in room light
          double ax = fx - sx;
          double ay = fy - sy;
          double lum = (1 - ay) * ((1 - ax) * sheet.at(sx, sy) + ax * sheet.at(sx + 1, sy))
              + ay * ((1 - ax) * sheet.at(sx, sy + 1) + ax * sheet.at(sx + 1, sy + 1));
          int v = Math.max(0, (int) lum - 14);
          photo.setRGB(x, y, v << 16 | v << 8 | v);
        } else {
          int g = grain.nextInt(24);
          photo.setRGB(x, y, (118 + g) << 16 | (86 + g) << 8 | (58 + g)); // the desk
        }
      }
    }
    Path jpg = dir.resolve("photographed.jpg");
    ImageIO.write(photo, "jpeg", jpg.toFile());
    ParsedDocument doc = read(jpg);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == org.jixiao.schema.WarningCode.PAGE_STRAIGHTENED), doc.warnings().toString());
    // resampled twice (photographed, straightened) and saved as JPEG: one figure in six may be misread
    assertHeadBlock(doc, 1);
    assertTrue(read(fixture("issue-11-scanned-budget.png")).warnings().stream()
        .noneMatch(w -> w.code() == org.jixiao.schema.WarningCode.PAGE_STRAIGHTENED), "a scan is no photo");
  }

  /** {@code scan} down to its last whole row, at the top of a white sheet with margins, as printed. */
  private static BufferedImage sheetWith(BufferedImage scan) {
    BufferedImage sheet = new BufferedImage(scan.getWidth() + 240, 1700, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
    g.drawImage(scan.getSubimage(0, 0, scan.getWidth(), 515), 120, 160, null);
    g.dispose();
    return sheet;
  }

  @Test
  void aSkewedAndStampedScanReadsTheSame() throws IOException {
    BufferedImage img = ImageIO.read(fixture("issue-11-scanned-budget.png").toFile());
    BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.rotate(Math.toRadians(1), img.getWidth() / 2.0, img.getHeight() / 2.0);
    g.setColor(Color.WHITE);
    g.fillRect(-50, -50, img.getWidth() + 100, img.getHeight() + 100);
    g.drawImage(img, 0, 0, null);
    g.setTransform(new java.awt.geom.AffineTransform());
    g.setColor(new Color(215, 30, 30, 215));
    g.setStroke(new BasicStroke(12));
    g.drawOval(1250, 300, 220, 220); // a seal over 19792.2 and 分值
    g.dispose();
    Path tiff = dir.resolve("skewed-stamped.tif");
    ImageIO.write(rgb, "tiff", tiff.toFile());
    ParsedDocument doc = read(tiff);
    assertEquals(DocFormat.TIFF, doc.format());
    // resampled twice (turned, levelled) and stamped: one figure in six may be misread
    assertHeadBlock(doc, 1);
  }

  /**
   * {@code stamped-budget-block.png}: sample 000's first page as {@code make-scans.sh stamp300} renders it (300 dpi,
   * a red seal over the table), cropped to the budget block and stored with 8 colours. The seal's ring breaks the
   * rulings around the header row, so the 机构设置 cell's region wraps round 资金总额 and its figure: read in its
   * box as well as on their own, those came out with every character doubled ("资资金金总总额额", "55993377..8811").
   */
  @Test
  void cellsInsideTheBoxOfACellASealBrokeOpenAreReadOnce() throws IOException {
    ParsedDocument doc = read(fixture("stamped-budget-block.png"));
    List<String> texts = doc.tables().get(0).cells().stream().map(c -> c.text().replaceAll("\\s+", "")).toList();
    assertTrue(texts.containsAll(List.of("资金总额", "5937.81", "5257.28", "基本支出", "1859.13", "2190.71")), texts.toString());
    assertTrue(texts.stream().noneMatch(t -> t.contains("资资") || t.contains("55993377")), texts.toString());
  }

  @Test
  void aPageScannedUpsideDownOrTurnedAQuarterIsReadUpright() throws IOException {
    GreyImage upright = GreyImage.of(ImageIO.read(fixture("issue-11-scanned-budget.png").toFile()));
    // a landscape form scanned in portrait turns its text to run up the page: 90° clockwise sets it upright again
    for (int turned : new int[] {180, 270}) {
      Path png = dir.resolve("turned-" + turned + ".png");
      ImageIO.write(upright.turned(turned).toBufferedImage(), "png", png.toFile());
      ParsedDocument doc = read(png);
      int back = (360 - turned) % 360;
      assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == org.jixiao.schema.WarningCode.PAGE_TURNED
          && w.message().contains(back + "°")), doc.warnings().toString());
      assertHeadBlock(doc, 0);
    }
  }

  @Test
  void aSheetFedUpsideDownThatTheDetectorCallsUprightIsReadTurned() throws IOException {
    // h534's second page, a form's last rows and signatures fed upside down: the detector calls it upright (0.78), the
    // middle of the page turned reads many more characters with confidence, so it is read turned
    ParsedDocument doc = read(fixture("fed-upside-down-form.jpg"));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == org.jixiao.schema.WarningCode.PAGE_TURNED
        && w.message().contains("180°")), doc.warnings().toString());
    assertTrue(doc.text().contains("满意度"), doc.text());
  }

  @Test
  void aQuarterTurnMovesEveryPixelExactly() {
    GreyImage img = new GreyImage(3, 2, new byte[] {1, 2, 3, 4, 5, 6}); // rows 1 2 3 / 4 5 6
    assertEquals(List.of(4, 1, 5, 2, 6, 3), pixels(img.turned(90)));
    assertEquals(List.of(6, 5, 4, 3, 2, 1), pixels(img.turned(180)));
    assertEquals(List.of(3, 6, 2, 5, 1, 4), pixels(img.turned(270)));
    assertEquals(2, img.turned(90).width());
  }

  private static List<Integer> pixels(GreyImage img) {
    List<Integer> out = new java.util.ArrayList<>();
    for (byte b : img.pixels()) {
      out.add((int) b);
    }
    return out;
  }
}
