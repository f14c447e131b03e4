package org.jixiao.extract.prose;

/** A prose group or indicator name without a trailing 指标/类指标 word: "决策类指标" → 决策. */
final class LevelNameText {
  private LevelNameText() {}

  static String strip(String name) {
    String n = name.strip();
    for (String suffix : new String[] {"类指标", "方面指标"}) {
      if (n.endsWith(suffix) && n.length() > suffix.length() + 1) {
        return n.substring(0, n.length() - suffix.length());
      }
    }
    return n;
  }
}
