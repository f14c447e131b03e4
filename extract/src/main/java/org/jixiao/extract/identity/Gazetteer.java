package org.jixiao.extract.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.text.words.WordList;
import org.jixiao.schema.AdminLevel;
import org.jspecify.annotations.Nullable;

/**
 * 行政区划词典: finds China's province-, prefecture- and county-level divisions in a text, by full
 * name ({@code 延津县}) or short form ({@code 延津}, {@code 南昌}, {@code 江苏}, {@code 广西},
 * {@code 延边}).
 *
 * <p>Matching is leftmost-longest over the text with white space removed, so {@code 天津市} is
 * never also read as {@code 津市}. Names that are ordinary words are <em>weak</em>: every
 * county-level short form, every two-character full name ({@code 费县} in 经费县级) and the names in
 * {@code weak-names.txt} ({@code 城区}, {@code 中山}). A weak name counts only when the text also
 * names the division's prefecture (or, with no prefecture level above it, its province) by a
 * strong name: {@code 新乡延津} finds 延津县, {@code 延津} alone and {@code 河南延津} do not. A short
 * form that equals a higher division's name or short form belongs to the higher one only ({@code
 * 南昌} is 南昌市, never 南昌县; {@code 吉林} is 吉林省).
 *
 * <p>The same name may denote several divisions (鼓楼区 is a district of 南京, 徐州, 福州 and 开封).
 * {@link #mentions} returns every candidate; {@link #mostSpecific} narrows them by the other
 * divisions the text names and otherwise falls back to a less specific level that is certain, or
 * to empty. It is meant for a department name or a title: a whole report naming two counties has
 * no single most specific division.
 */
public final class Gazetteer {

  private static final List<String> SUFFIXES =
      List.of(
          "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "省", "市", "县", "区",
          "旗", "盟");

  /** A name by which a division is mentioned. */
  private record Form(Division division, boolean weak) {}

  private record Hit(Division division, int start) {}

  private static final class Default {
    static final Gazetteer INSTANCE =
        parse(
            WordList.lines(Gazetteer.class, "divisions.tsv"),
            WordList.lines(Gazetteer.class, "ethnic-groups.txt"),
            WordList.lines(Gazetteer.class, "weak-names.txt"));
  }

  private final Map<String, Division> byCode;
  private final Map<String, List<Form>> forms;
  private final int maxLength;
  /** The forms as a character trie: a scan walks it from each position instead of hashing every substring length. */
  private final Node root = new Node();

  /** A trie node: the forms ending here, and the nodes after it by next character. */
  private static final class Node {
    private final Map<Character, Node> next = new HashMap<>();
    private @Nullable List<Form> forms;
  }

  private Gazetteer(Map<String, Division> byCode, Map<String, List<Form>> forms) {
    this.byCode = byCode;
    this.forms = forms;
    this.maxLength = forms.keySet().stream().mapToInt(String::length).max().orElse(0);
    forms.forEach((form, list) -> {
      Node n = root;
      for (int k = 0; k < form.length(); k++) {
        n = n.next.computeIfAbsent(form.charAt(k), c -> new Node());
      }
      n.forms = list;
    });
  }

  /** The gazetteer shipped in {@code divisions.tsv}; loaded once and shared (it is immutable). */
  public static Gazetteer load() {
    return Default.INSTANCE;
  }

  /**
   * A gazetteer over {@code code<TAB>name<TAB>level} lines, the ethnic names stripped to form the
   * short names of autonomous divisions, and the weak names. Comment lines start with {@code #}.
   */
  static Gazetteer parse(List<String> tsv, List<String> ethnic, List<String> weakNames) {
    Map<String, String[]> raw = new LinkedHashMap<>();
    for (String line : tsv) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException("divisions.tsv: expected code, name, level: " + line);
      }
      raw.put(f[0], f);
    }
    Map<String, Division> byCode = new LinkedHashMap<>();
    for (String[] f : raw.values()) {
      AdminLevel level = AdminLevel.valueOf(f[2]);
      String[] province = raw.get(f[0].substring(0, 2) + "0000");
      if (province == null) {
        throw new IllegalArgumentException("divisions.tsv: no province for " + f[0]);
      }
      String[] prefecture = level == AdminLevel.PROVINCIAL ? null : raw.get(f[0].substring(0, 4) + "00");
      byCode.put(
          f[0],
          new Division(f[0], f[1], level, province[1], prefecture == null ? null : prefecture[1]));
    }
    Set<String> weak = new HashSet<>(weakNames);
    List<String> ethnicForms = new ArrayList<>();
    for (String e : ethnic) {
      ethnicForms.add(e + "族");
      ethnicForms.add(e);
    }
    ethnicForms.sort(Comparator.comparingInt(String::length).reversed());

    Map<String, AdminLevel> fullNames = new HashMap<>();
    Map<String, List<Form>> forms = new HashMap<>();
    for (Division d : byCode.values()) {
      fullNames.merge(d.name(), d.level(), Gazetteer::higher);
      boolean isWeak = d.name().length() == 2 || weak.contains(d.name());
      forms.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(new Form(d, isWeak));
    }
    // highest level at which each short form occurs, so lower divisions yield it (南昌县 → 南昌市)
    Map<String, AdminLevel> shortOwner = new HashMap<>();
    Map<Division, String> shorts = new LinkedHashMap<>();
    for (Division d : byCode.values()) {
      String s = shortForm(d.name(), ethnicForms);
      if (s != null) {
        shorts.put(d, s);
        shortOwner.merge(s, d.level(), Gazetteer::higher);
      }
    }
    for (Map.Entry<Division, String> e : shorts.entrySet()) {
      Division d = e.getKey();
      String s = e.getValue();
      if (fullNames.containsKey(s) || shortOwner.get(s) != d.level()) {
        continue;
      }
      boolean isWeak = d.level() == AdminLevel.COUNTY || weak.contains(s);
      forms.computeIfAbsent(s, k -> new ArrayList<>()).add(new Form(d, isWeak));
    }
    return new Gazetteer(byCode, forms);
  }

  private static AdminLevel higher(AdminLevel a, AdminLevel b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** 延津县 → 延津, 延边朝鲜族自治州 → 延边, 内蒙古自治区 → 内蒙古; null when under two characters. */
  static @Nullable String shortForm(String name, List<String> ethnicForms) {
    String s = name;
    boolean autonomous = false;
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
        autonomous = suffix.startsWith("自治");
        break;
      }
    }
    boolean stripped = autonomous;
    while (stripped) {
      stripped = false;
      for (String e : ethnicForms) {
        if (s.endsWith(e) && s.length() - e.length() >= 2) {
          s = s.substring(0, s.length() - e.length());
          stripped = true;
          break;
        }
      }
    }
    return s.length() < 2 || s.equals(name) ? null : s;
  }

  /** Every division, in code order. */
  public Collection<Division> divisions() {
    return byCode.values();
  }

  /** The division with this six-digit code. */
  public Optional<Division> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every division whose full name is exactly {@code name} (鼓楼区 → four districts). */
  public List<Division> named(String name) {
    return byCode.values().stream().filter(d -> d.name().equals(name)).toList();
  }

  /**
   * The divisions {@code text} names, in order of first mention, each once; an ambiguous name
   * contributes every division it may denote.
   */
  public List<Division> mentions(String text) {
    Set<Division> out = new LinkedHashSet<>();
    for (Hit h : hits(text)) {
      out.add(h.division());
    }
    return List.copyOf(out);
  }

  /**
   * The most specific division {@code text} names without ambiguity: a county if exactly one
   * county remains once candidates are narrowed by the other divisions named (南京市鼓楼区), else a
   * prefecture, else a province; empty when none is certain.
   */
  public Optional<Division> mostSpecific(String text) {
    List<Division> all = mentions(text);
    Set<String> codes = new HashSet<>();
    all.forEach(d -> codes.add(d.code()));
    Map<AdminLevel, List<Division>> byLevel = new EnumMap<>(AdminLevel.class);
    all.forEach(d -> byLevel.computeIfAbsent(d.level(), k -> new ArrayList<>()).add(d));
    for (AdminLevel level : List.of(AdminLevel.COUNTY, AdminLevel.PREFECTURAL, AdminLevel.PROVINCIAL)) {
      List<Division> candidates = byLevel.getOrDefault(level, List.of());
      if (candidates.size() > 1) {
        List<Division> confirmed =
            candidates.stream()
                .filter(
                    d ->
                        (level != AdminLevel.PROVINCIAL && codes.contains(d.provinceCode()))
                            || (level == AdminLevel.COUNTY && codes.contains(d.prefectureCode())))
                .toList();
        if (!confirmed.isEmpty()) {
          candidates = confirmed;
        }
      }
      if (candidates.size() == 1) {
        return Optional.of(candidates.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The divisions whose full name opens {@code name} (歙县农业农村局 → 歙县): a weak two-character
   * name counts here, since a department's name starts with its division, never with a word that
   * merely contains one; short forms do not.
   */
  public List<Division> opening(String name) {
    String t = name.replaceAll("\\s+", "");
    for (int len = Math.min(maxLength, t.length() - 1); len >= 2; len--) {
      String head = t.substring(0, len);
      List<Division> full = forms.getOrDefault(head, List.of()).stream().map(Form::division)
          .filter(d -> d.name().equals(head)).toList();
      if (!full.isEmpty()) {
        return full;
      }
    }
    return List.of();
  }

  private List<Hit> hits(String text) {
    String t = text.replaceAll("\\s+", "");
    List<Hit> strong = scan(t, Set.of());
    Set<String> confirming = new HashSet<>();
    strong.forEach(h -> confirming.add(h.division().code()));
    return scan(t, confirming);
  }

  /**
   * Leftmost-longest matches; a weak form counts only if {@code confirming} holds the code of its
   * prefecture (or, with none, its province).
   */
  private List<Hit> scan(String t, Set<String> confirming) {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    @SuppressWarnings("unchecked")
    List<Form>[] endingAt = new List[maxLength + 1]; // the forms starting at i, by length
    while (i < t.length()) {
      int longest = 0;
      Node n = root;
      for (int k = i; k < t.length() && (n = n.next.get(t.charAt(k))) != null; k++) {
        endingAt[k - i + 1] = n.forms;
        longest = k - i + 1;
      }
      int matched = 0;
      for (int len = longest; len >= 2 && matched == 0; len--) {
        List<Form> candidates = endingAt[len];
        if (candidates == null) {
          continue;
        }
        for (Form f : candidates) {
          if (!f.weak() || confirming.contains(confirmingCode(f.division()))) {
            hits.add(new Hit(f.division(), i));
            matched = len;
          }
        }
      }
      i += Math.max(matched, 1);
    }
    return hits;
  }

  private String confirmingCode(Division d) {
    if (d.level() == AdminLevel.COUNTY && byCode.containsKey(d.prefectureCode())) {
      return d.prefectureCode();
    }
    return d.provinceCode();
  }
}
