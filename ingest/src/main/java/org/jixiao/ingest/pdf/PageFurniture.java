package org.jixiao.ingest.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Page headers and footers that are only a page number ("- 3 -", "第3页", "3/9"), recognised by the
 * patterns in {@code page-number-patterns.txt} and only in the top or bottom band of a page.
 */
final class PageFurniture {
  /** Fraction of the page height at the top and at the bottom where headers and footers live. */
  static final double BAND = 0.12;

  private final List<Pattern> patterns;

  PageFurniture(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The patterns shipped with jixiao. */
  static PageFurniture defaults() {
    try (InputStream in = PageFurniture.class.getResourceAsStream("page-number-patterns.txt")) {
      if (in == null) {
        throw new IllegalStateException("page-number-patterns.txt missing from the class path");
      }
      List<Pattern> ps = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          ps.add(Pattern.compile(t));
        }
      }
      return new PageFurniture(ps);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when {@code line} is only a page number and sits in a header or footer band. */
  boolean isPageNumber(TextLine line, double pageHeight) {
    if (line.top() > pageHeight * BAND && line.bottom() < pageHeight * (1 - BAND)) {
      return false;
    }
    return isPageNumberText(line.text());
  }

  boolean isPageNumberText(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return !t.isEmpty() && patterns.stream().anyMatch(p -> p.matcher(t).matches());
  }
}
