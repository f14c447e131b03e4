package org.jixiao.extract.canonical;

/** TEMPORARY stand-in until the canonical package lands. */
public final class IndicatorKeys {
  public static IndicatorKeys load() {
    return new IndicatorKeys();
  }

  public String keyOf(String level3) {
    return "name:" + level3.strip();
  }
}
