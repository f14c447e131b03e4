package org.jixiao.app.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A highlighted snippet («matched» text from the index) as parts a template marks up without building markup. */
final class Snippets {
  record Part(String text, boolean marked) {}

  private Snippets() {}

  static List<Part> parts(@Nullable String snippet) {
    List<Part> out = new ArrayList<>();
    if (snippet == null) {
      return out;
    }
    int at = 0;
    while (at < snippet.length()) {
      int open = snippet.indexOf('«', at);
      int close = open < 0 ? -1 : snippet.indexOf('»', open + 1);
      if (open < 0 || close < 0) {
        out.add(new Part(snippet.substring(at), false));
        break;
      }
      if (open > at) {
        out.add(new Part(snippet.substring(at, open), false));
      }
      out.add(new Part(snippet.substring(open + 1, close), true));
      at = close + 1;
    }
    return out;
  }
}
