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

  /**
   * For each cell, whether a numeric header stands above it with no cell of words between them: a
   * header row further down (年度指标值 below 全年预算数 in a project form) or a block of text
   * ends the column, since the cells below belong to another part of the form.
   *
   * @param words for each cell, whether its first reading is words (Chinese characters, no digit)
   */
  static boolean[] under(List<int[]> cells, List<int[]> headers, boolean[] words, int tol) {
    boolean[] out = new boolean[cells.size()];
    for (int[] h : headers) {
      int end = wordsBelow(h, cells, words, tol);
      for (int i = 0; i < cells.size(); i++) {
        int[] c = cells.get(i);
        if (c[1] >= h[3] - tol && c[1] < end && inColumn(c, h) && c[2] - c[0] <= h[2] - h[0] + tol) {
          out[i] = true;
        }
      }
    }
    return out;
  }

  /**
   * Whether header {@code h}'s column goes on to the next page: it held figures ({@code numeric}, from {@link #under})
   * and runs to the table's foot, no cell of words below it (a budget block's 全年预算数 is ended by the indicator header
   * under it; 得分 runs on; a header word over words, 评分规则, held no figures).
   */
  static boolean continues(int[] h, List<int[]> cells, boolean[] words, boolean[] numeric, int tol) {
    if (wordsBelow(h, cells, words, tol) != Integer.MAX_VALUE) {
      return false;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (numeric[i] && cells.get(i)[1] >= h[3] && inColumn(cells.get(i), h)) {
        return true;
      }
    }
    return false;
  }

  /** The top of the first cell of words below header {@code h} in its column, or {@code Integer.MAX_VALUE}. */
  private static int wordsBelow(int[] h, List<int[]> cells, boolean[] words, int tol) {
    int end = Integer.MAX_VALUE;
    for (int i = 0; i < cells.size(); i++) {
      int[] c = cells.get(i);
      if (words[i] && c[1] >= h[3] - tol && inColumn(c, h)) {
        end = Math.min(end, c[1]);
      }
    }
    return end;
  }

  private static boolean inColumn(int[] cell, int[] header) {
    int centre = (cell[0] + cell[2]) / 2;
    return centre >= header[0] && centre <= header[2];
  }

  /** A figure, not words: a digit and no Chinese character ("2", "100.00%", "≥95%"). */
  static boolean isFigure(String text) {
    return text.chars().anyMatch(Character::isDigit)
        && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Words, not a number: two Chinese characters or more and no digit ("年度指标值", "不超概算"). */
  static boolean isWords(String text) {
    long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    return han >= 2 && text.chars().noneMatch(Character::isDigit);
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
