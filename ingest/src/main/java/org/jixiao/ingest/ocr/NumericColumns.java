package org.jixiao.ingest.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which cells of a table lie under a numeric header (分值, 权重, 得分…, from {@code numeric-headers.txt}):
 * below the header cell, centred within its width and no wider than it.
 */
final class NumericColumns {
  private static final List<String> WORDS = load();

  private NumericColumns() {}

  static boolean isNumericHeader(String text) {
    String t = text.replaceAll("\\s+", "");
    return t.length() <= 12 && WORDS.stream().anyMatch(t::contains);
  }

  /** For each cell, whether a numeric header stands above it. */
  static boolean[] under(List<int[]> cells, List<int[]> headers, int tol) {
    boolean[] out = new boolean[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      int[] c = cells.get(i);
      int centre = (c[0] + c[2]) / 2;
      for (int[] h : headers) {
        if (c[1] >= h[3] - tol && centre >= h[0] && centre <= h[2] && c[2] - c[0] <= h[2] - h[0] + tol) {
          out[i] = true;
        }
      }
    }
    return out;
  }

  private static List<String> load() {
    List<String> words = new ArrayList<>();
    try (InputStream in = NumericColumns.class.getResourceAsStream("numeric-headers.txt")) {
      if (in == null) {
        throw new IllegalStateException("numeric-headers.txt missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(words);
  }
}
