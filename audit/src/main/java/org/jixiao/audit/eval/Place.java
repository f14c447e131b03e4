package org.jixiao.audit.eval;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.schema.Finding;
import org.jixiao.text.name.Names;

/**
 * 所指位置: whether a produced finding is about the place an expected finding names, by {@link
 * Names#key} containment: the expected {@code where} (or its part after {@code 项目名:}) inside the
 * finding's indicator or message, or the finding's indicator inside the expected {@code where}.
 */
final class Place {
  /** Shorter keys (a lone character) are contained in too much to be evidence. */
  private static final int MIN_KEY = 2;

  private Place() {}

  static boolean same(ExpectedFinding expected, Finding produced) {
    List<String> wanted = keys(expected.where());
    String indicator = Names.key(produced.indicator());
    String message = Names.key(produced.message());
    for (String w : wanted) {
      if (indicator.contains(w) || message.contains(w)) {
        return true;
      }
    }
    return indicator.length() >= MIN_KEY && Names.key(expected.where()).contains(indicator);
  }

  /** The where's key, and the key after its last colon (the indicator of {@code 项目名: 指标}). */
  private static List<String> keys(String where) {
    List<String> out = new ArrayList<>();
    String whole = Names.key(where);
    add(out, whole);
    int colon = Math.max(whole.lastIndexOf(':'), whole.lastIndexOf('：'));
    if (colon >= 0) {
      add(out, whole.substring(colon + 1));
    }
    return out;
  }

  private static void add(List<String> out, String key) {
    if (key.length() >= MIN_KEY && !out.contains(key)) {
      out.add(key);
    }
  }
}
