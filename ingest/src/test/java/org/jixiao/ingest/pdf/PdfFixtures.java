package org.jixiao.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Small crafted PDFs (testFoo.pdf in a temp dir), written with PDFBox and a Standard 14 font. */
final class PdfFixtures {
  static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final float TOP = 800;

  private PdfFixtures() {}

  /** Draws {@code text} with its baseline at (x, y) in PDF user space. */
  static void text(PDPageContentStream cs, float x, float y, String text) throws IOException {
    cs.beginText();
    cs.setFont(HELVETICA, 10);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }

  static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
    cs.moveTo(x0, y0);
    cs.lineTo(x1, y1);
    cs.stroke();
  }

  /** Draws on one page. */
  interface Drawing {
    void draw(PDPageContentStream cs) throws IOException;
  }

  /** A one-page A4 PDF drawn by {@code drawing}. */
  static Path onePage(Path dir, String name, Drawing drawing) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        drawing.draw(cs);
      }
      return save(doc, dir, name);
    }
  }

  /** One page of prose lines. */
  static Path prose(Path dir, String name, List<String> lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = TOP;
        for (String l : lines) {
          text(cs, 72, y, l);
          y -= 14;
        }
      }
      return save(doc, dir, name);
    }
  }

  static Path encrypted(Path dir, String owner, String user) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, 72, TOP, "Owner password only: the text stays readable.");
      }
      AccessPermission ap = new AccessPermission();
      ap.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, ap);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc, dir, user.isEmpty() ? "testOwnerPassword.pdf" : "testEncrypted.pdf");
    }
  }

  /** Pages that only paint an image, like a scan. */
  static Path scanned(Path dir) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
      img.setRGB(10, 10, 0xffffff);
      PDImageXObject x = LosslessFactory.createFromImage(doc, img);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      return save(doc, dir, "testScanned.pdf");
    }
  }

  static Path blankPages(Path dir, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        doc.addPage(new PDPage(PDRectangle.A4));
      }
      return save(doc, dir, pages == 0 ? "testNoPages.pdf" : "testBlankPages.pdf");
    }
  }

  static Path save(PDDocument doc, Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    doc.save(p.toFile());
    return p;
  }
}
