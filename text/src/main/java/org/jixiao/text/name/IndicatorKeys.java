package org.jixiao.text.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.text.words.WordList;

/**
 * 指标名称归一: maps a printed 三级指标 name to a canonical key, so that the same measure compares
 * equal across reports ({@code 部门预算执行率} and {@code 预算执行率（%）} are both {@code
 * budget_execution_rate}). The dictionary is {@code indicator-keys.txt}; its header records which
 * names were judged to be the same measure.
 *
 * <p>A name is {@link #normalize normalized}, then matched to a variant exactly, else to the longest
 * variant it contains (variants marked exact-only excepted). A name no variant fits gets {@code
 * name:<normalized name>}, so equal names still compare equal and nothing is forced into a key.
 */
public final class IndicatorKeys {

  /** Prefix of the key of a name the dictionary does not know. */
  public static final String UNKNOWN_PREFIX = "name:";

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern QUOTES_AND_BRACKETS =
      Pattern.compile("[\"'“”‘’「」『』〝〞()\\[\\]{}【】〔〕《》〈〉<>]");

  /**
   * One numbering prefix: 1. 1、 (1) （一） 一、 ① ⑴ 1.2.3 or a code such as B11 or A1 directly
   * before the name.
   */
  private static final Pattern NUMBERING =
      Pattern.compile(
          "^(?:\\d{1,3}(?:\\.\\d{1,3})+(?=\\p{IsHan})"
              + "|[(\\[]?(?:\\d{1,3}(?:\\.\\d{1,3})*|[一二三四五六七八九十]{1,3})[)\\]][.、,:]?"
              + "|(?:\\d{1,3}(?:\\.\\d{1,3})*|[一二三四五六七八九十]{1,3})[.、,:]"
              + "|[①-⑳⑴-⒇⒈-⒛]"
              + "|[A-Za-z]\\d{1,3}(?=\\p{IsHan}))");

  private record Variant(String text, String key, boolean exactOnly) {}

  private static final class Default {
    static final IndicatorKeys INSTANCE =
        parse(WordList.lines(IndicatorKeys.class, "indicator-keys.txt"));
  }

  private final Map<String, String> exact;
  private final List<Variant> containable;
  private final Set<String> keys;

  private IndicatorKeys(Map<String, String> exact, List<Variant> containable, Set<String> keys) {
    this.exact = exact;
    this.containable = containable;
    this.keys = keys;
  }

  /** Every variant the dictionary lists, as normalized: the names a reader may expect to meet. */
  public Set<String> variants() {
    return exact.keySet();
  }

  /** The shipped dictionary, loaded once (it is immutable). */
  public static IndicatorKeys load() {
    return Default.INSTANCE;
  }

  /** A dictionary over {@code key: variant, variant} lines; a variant may be listed only once. */
  static IndicatorKeys parse(List<String> lines) {
    Map<String, String> exact = new HashMap<>();
    List<Variant> containable = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("indicator-keys.txt: expected 'key: variants': " + line);
      }
      String key = line.substring(0, colon).strip();
      if (!key.matches("[a-z][a-z0-9_]*") || !keys.add(key)) {
        throw new IllegalArgumentException("indicator-keys.txt: bad or repeated key: " + key);
      }
      for (String raw : line.substring(colon + 1).split("[,，]")) {
        boolean exactOnly = raw.strip().startsWith("=");
        String v = normalize(exactOnly ? raw.strip().substring(1) : raw);
        if (v.isEmpty()) {
          throw new IllegalArgumentException("indicator-keys.txt: empty variant for " + key);
        }
        String previous = exact.putIfAbsent(v, key);
        if (previous != null) {
          throw new IllegalArgumentException(
              "indicator-keys.txt: " + v + " is listed for both " + previous + " and " + key);
        }
        if (!exactOnly) {
          containable.add(new Variant(v, key, false));
        }
      }
    }
    // longest first; equal lengths keep file order (the sort is stable)
    containable.sort(Comparator.comparingInt((Variant v) -> v.text().length()).reversed());
    return new IndicatorKeys(Map.copyOf(exact), List.copyOf(containable), Set.copyOf(keys));
  }

  /** The canonical key of a printed 三级指标 name; {@code name:<normalized>} if none fits. */
  public String keyOf(String level3) {
    String n = normalize(level3);
    String key = exact.get(n);
    if (key != null) {
      return key;
    }
    for (Variant v : containable) {
      if (n.contains(v.text())) {
        return v.key();
      }
    }
    return UNKNOWN_PREFIX + n;
  }

  /** Whether {@code key} is one of the dictionary's keys (not a {@code name:} fallback). */
  public boolean isCanonical(String key) {
    return keys.contains(key);
  }

  /** The dictionary's keys. */
  public Set<String> keys() {
    return keys;
  }

  /**
   * NFKC, no white space, numbering prefixes such as {@code 1.} {@code （1）} {@code 一、} {@code B11}
   * removed, quotes and bracket characters removed (their content kept), trailing punctuation
   * removed, ASCII lower-cased: {@code （1）“三公”经费变动率} → {@code 三公经费变动率}.
   */
  public static String normalize(String name) {
    String n = SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    for (String before = null; !n.equals(before); ) {
      before = n;
      n = NUMBERING.matcher(n).replaceFirst("");
    }
    n = QUOTES_AND_BRACKETS.matcher(n).replaceAll("");
    n = n.replaceAll("[.,;:!?。、;:*]+$", "");
    return n.toLowerCase(Locale.ROOT);
  }
}
