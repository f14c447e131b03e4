package org.jixiao.app.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jixiao.schema.Box;
import org.junit.jupiter.api.Test;

/** A text span outlined on its PDF page, found by its text among the page's glyphs. */
class PageTextTest {
  private static final Path PDF = Path.of(System.getProperty("jixiao.samples", "../corpus-samples"), "001_2d77b94fcc42edf7.pdf");

  @Test
  void aSentenceOnThePageHasABoxWithinItAndALineBreakInsideItDoesNotMatter() throws Exception {
    Box one = PageText.boxOf(PDF, 2, "负责对电子政务项目建设实施集约化管理和监督指导");
    assertNotNull(one);
    assertTrue(one.x() > 0 && one.y() > 0 && one.x() + one.width() < 700 && one.y() + one.height() < 900, one.toString());
    assertTrue(one.height() < 40, "one line's height: " + one);
    // white space aside, as the reader joined the lines of a paragraph
    Box spaced = PageText.boxOf(PDF, 2, "负责对电子政务项目建设 实施集约化管理\n和监督指导");
    assertTrue(spaced != null && Math.abs(spaced.x() - one.x()) < 0.5 && Math.abs(spaced.width() - one.width()) < 0.5, spaced + " vs " + one);
  }

  @Test
  void textThePageDoesNotPrintHasNoBox() throws Exception {
    assertNull(PageText.boxOf(PDF, 1, "负责对电子政务项目建设实施集约化管理和监督指导"), "on page 2, not 1");
    assertNull(PageText.boxOf(PDF, 2, "这句话不在报告里"));
    assertNull(PageText.boxOf(PDF, 99, "负责"));
    assertNull(PageText.boxOf(PDF, 2, "  "));
  }
}
