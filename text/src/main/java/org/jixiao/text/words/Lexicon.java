package org.jixiao.text.words;

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
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String line : WordList.lines(anchor, resource)) {
      // WordList drops whole-line comments; a lexicon also allows one after the words
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
  }

  public Map<String, List<String>> entries() {
    return entries;
  }

  public List<String> words(String key) {
    return entries.getOrDefault(key, List.of());
  }
}
