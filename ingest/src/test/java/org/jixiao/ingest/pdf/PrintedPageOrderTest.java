package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages stored out of the order they print (h396): read in the printed order, each keeping its stored number. */
class PrintedPageOrderTest {
  /** Stored page {@code stored}, its body line, and a footer printing {@code footer} on a line of its own. */
  private static PageInput page(int stored, String footer) {
    List<Glyph> glyphs = new ArrayList<>();
    line(glyphs, "报告正文第" + stored + "部分", 100);
    line(glyphs, footer, 800);
    return new PageInput(stored, new PageFrame(0, 0, 595, 842, 0), glyphs, List.of(), 0, false);
  }

  private static void line(List<Glyph> out, String text, double baseline) {
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), 72 + 10 * i, 82 + 10 * i, baseline - 10, baseline, 10));
    }
  }

  @Test
  void pagesStoredOutOfOrderAreReadAsTheyPrint() {
    List<PageInput> stored = List.of(page(1, "第 3 页 共 3 页"), page(2, "第 1 页 共 3 页"), page(3, "第2页，共3页"));
    List<PageInput> read = PrintedPageOrder.reordered(stored);
    assertEquals(List.of(2, 3, 1), read.stream().map(PageInput::page).toList());
  }

  @Test
  void pagesInOrderOrNotAllNumberedStayAsStored() {
    List<PageInput> inOrder = List.of(page(1, "第 1 页 共 2 页"), page(2, "第 2 页 共 2 页"));
    assertSame(inOrder, PrintedPageOrder.reordered(inOrder));
    List<PageInput> twice = List.of(page(1, "第 2 页 共 2 页"), page(2, "第 2 页 共 2 页"));
    assertSame(twice, PrintedPageOrder.reordered(twice), "a number printed twice");
    List<PageInput> unnumbered = List.of(page(1, "第 2 页 共 2 页"), page(2, "填报人：张三"));
    assertSame(unnumbered, PrintedPageOrder.reordered(unnumbered), "a page that does not say");
    List<PageInput> ofMore = List.of(page(1, "第 3 页 共 5 页"), page(2, "第 2 页 共 5 页"));
    assertSame(ofMore, PrintedPageOrder.reordered(ofMore), "pages of a longer document");
  }
}
