package org.jixiao.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A UTF-8 keyword list on the class path, one {@code KEY: word, word, ...} entry per line, {@code #}
 * starting a comment (the way Lucene's SmartChineseAnalyzer loads stopwords.txt).
 */
public final class Lexicon {
  private final Map<String, List<String>> entries;

  private Lexicon(Map<String, List<String>> entries) {
    this.entries = entries;
  }

  public static Lexicon load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + anchor.getName());
      }
      Map<String, List<String>> map = new LinkedHashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (t.isEmpty()) {
          continue;
        }
        int colon = t.indexOf(':');
        if (colon <= 0) {
          throw new IllegalStateException(resource + ": expected KEY: words in line '" + line + "'");
        }
        List<String> words = map.computeIfAbsent(t.substring(0, colon).strip(), k -> new ArrayList<>());
        for (String w : t.substring(colon + 1).split("[,，]")) {
          if (!w.isBlank()) {
            words.add(w.strip());
          }
        }
      }
      return new Lexicon(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Map<String, List<String>> entries() {
    return entries;
  }

  public List<String> words(String key) {
    return entries.getOrDefault(key, List.of());
  }
}
