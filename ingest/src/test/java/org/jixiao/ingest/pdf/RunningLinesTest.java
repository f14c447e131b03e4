package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunningLines}: running headers and footers repeated on most pages are furniture, not text. */
class RunningLinesTest {
  private static final double HEIGHT = 842;

  private static List<RunningLines.PageLines> pages(int n, String header, String body) {
    List<RunningLines.PageLines> out = new ArrayList<>();
    for (int p = 1; p <= n; p++) {
      out.add(new RunningLines.PageLines(List.of(
          LineFixtures.line(header, 40),
          LineFixtures.line(body + p, 400),
          LineFixtures.line("第" + p + "页 共" + n + "页", 800)), HEIGHT));
    }
    return out;
  }

  @Test
  void aReportNumberOnEveryPageIsRunningAndTheBodyIsNot() {
    RunningLines r = RunningLines.find(pages(5, "晋评〔2023〕15号", "正文第"));
    assertTrue(r.isRunning(LineFixtures.line("晋评〔2023〕15号", 40), HEIGHT));
    assertTrue(r.isRunning(LineFixtures.line("第2页 共5页", 800), HEIGHT), "digits aside, the footer repeats");
    assertFalse(r.isRunning(LineFixtures.line("晋评〔2023〕15号", 400), HEIGHT), "the same words in the body are text");
    assertFalse(r.isRunning(LineFixtures.line("正文第1", 400), HEIGHT));
  }

  @Test
  void twoPagesAreTooFewToTellARunningHeader() {
    assertTrue(RunningLines.find(pages(2, "晋评〔2023〕15号", "正文第")).isEmpty());
  }

  @Test
  void aTableHeaderRowRepeatedAtTheTopIsNotRunning() {
    List<RunningLines.PageLines> out = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      List<Glyph> row = new ArrayList<>(LineFixtures.glyphs("指标名称", 60, 40, 12));
      row.addAll(LineFixtures.glyphs("分值", 300, 40, 12));
      row.addAll(LineFixtures.glyphs("得分", 400, 40, 12));
      out.add(new RunningLines.PageLines(List.of(TextLines.line(row)), HEIGHT));
    }
    assertTrue(RunningLines.find(out).isEmpty(), "a row of columns, far apart, is a table row");
  }

  @Test
  void aCraftedPdfLosesItsRunningHeaderOnEveryPage(@TempDir Path dir) throws Exception {
    Path pdf;
    try (PDDocument doc = new PDDocument()) {
      for (int p = 1; p <= 4; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          PdfFixtures.text(cs, 72, 815, "ACME Evaluation Report No. 2023-15");
          PdfFixtures.text(cs, 72, 600, "Body text of page " + p + ".");
          PdfFixtures.text(cs, 280, 30, "Page " + p + " of 4");
        }
      }
      pdf = PdfFixtures.save(doc, dir, "testRunningHeader.pdf");
    }
    ParsedDocument read = new PdfReader().read(pdf, DocFormat.PDF, Limits.defaults());
    List<String> texts = read.paragraphs().stream().map(Paragraph::text).toList();
    String all = String.join("", texts);
    for (int p = 1; p <= 4; p++) {
      assertTrue(all.contains("Body text of page " + p + "."), texts.toString());
    }
    assertTrue(texts.stream().noneMatch(t -> t.contains("ACME")), texts.toString());
    assertTrue(read.warnings().stream().anyMatch(w -> w.code() == WarningCode.RUNNING_HEADER_SKIPPED));
  }
}
