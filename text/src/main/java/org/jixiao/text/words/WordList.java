package org.jixiao.text.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads extract's UTF-8 data files from the class path: one entry a line, stripped, blank lines
 * and lines starting with {@code #} skipped. Every failure names the resource and its anchor.
 */
public final class WordList {
  private WordList() {}

  /** The non-blank, non-comment lines of {@code name}, resolved against {@code anchor}. */
  public static List<String> lines(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " next to " + anchor.getName(), e);
    }
    return List.copyOf(out);
  }
}
