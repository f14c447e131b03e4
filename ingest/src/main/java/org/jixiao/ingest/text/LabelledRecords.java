package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A table exported as one labelled record per row (a budget system's text export: each indicator a
 * few lines of "label：value" pairs set two or more spaces apart, "[01] 一级指标：产出指标    二级指标：数量指标"
 * / "三级指标：…" / "分值：10    得分：10"). The labels are the table's header, in the order they are
 * first printed, and each record is a row; a label a record does not print leaves its cell empty.
 * Read here as a table, not by a prose strategy, so that the header keywords, level inheritance,
 * 合计 and section reading of every other indicator table apply to it unchanged, and each value
 * keeps its cell.
 *
 * <p>Records open where the first record's first label is printed again (a record number such as
 * "[01]" or "1." before it is a list marker, not a value). A value may wrap onto lines without a
 * label; the last record's closing lines under labels no other record prints (a 评分说明 line right
 * below it) are text after the table. Conservative: {@value #MIN_RECORDS} records or more,
 * {@value #MIN_LABELS} labels or more, no label twice in a record. A line after the records (rule lines and
 * blank lines between) whose name is followed by two or more of the records' labels
 * ("【总分】  分值：100    得分：97.6    自评等级：优") is their sum row: its name in the first column;
 * its pairs under labels the records do not have stay a line of their own after the table. A group heading between
 * records ("（二）过程指标（分值20分，得分18.35分）", h188) is a row of its own, its text in the first column.
 */
final class LabelledRecords {
  static final int MIN_RECORDS = 3;
  static final int MIN_LABELS = 3;
  /** At most this many lines are looked at from one start (bounded work on any input). */
  static final int MAX_LINES = 2000;
  /** A value may wrap onto this many lines without a label. */
  static final int MAX_WRAP = 3;

  /** A label: a short name of Chinese characters or letters (no digits: "15:42" is a time), then a colon. */
  private static final Pattern PAIR = Pattern.compile(
      "(?:^|\\s{2,})([\\p{IsHan}A-Za-z（）()]{2,10})[：:]\\s*(.*?)(?=\\s{2,}[\\p{IsHan}A-Za-z（）()]{2,10}[：:]|$)");
  /** A record number before the first label: [01], 【1】, (1), 1. */
  private static final Pattern MARKER = Pattern.compile("^(?:[\\[【(（]\\s*\\d{1,3}\\s*[\\]】)）]|\\d{1,3}[.、．])\\s*");
  /** A group heading between records: （二）…, 二、… */
  private static final Pattern GROUP = Pattern.compile("^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.])");
  /** A rule line drawn with dashes or equals signs. */
  private static final Pattern RULE = Pattern.compile("^[-=_—─━*]{3,}$");
  /** The name before a sum line's labels, brackets dropped: 【总分】, 合计. */
  private static final Pattern NAME = Pattern.compile("^[【\\[]?([\\p{IsHan}]{2,6})[】\\]]?$");

  /** A label and its value, as printed. */
  private record Pair(String label, String value) {}

  /** The pairs of one line, and the line after it and after the lines its last value wraps onto. */
  private static final class Entry {
    final List<Pair> pairs;
    int end;

    Entry(int line, List<Pair> pairs) {
      this.pairs = new ArrayList<>(pairs);
      this.end = line + 1;
    }

    /** The last value goes on over these lines. */
    void wrap(List<String> more) {
      Pair last = pairs.removeLast();
      pairs.add(new Pair(last.label(), last.value() + String.join("", more.stream().map(String::strip).toList())));
      end += more.size();
    }
  }

  /** The table's rows (header first), the line after it, and the pairs of a sum line left over as text. */
  record Found(List<List<String>> rows, int end, @Nullable String rest) {}

  private LabelledRecords() {}

  /** The records opening at line {@code start}, or null when none do. */
  static @Nullable Found at(List<String> lines, int start) {
    List<Pair> first = pairs(lines.get(start));
    if (first.isEmpty()) {
      return null;
    }
    String opener = first.get(0).label();
    List<List<Entry>> records = new ArrayList<>();
    Map<Integer, List<String>> headings = new HashMap<>(); // by the index of the record they stand before
    List<Entry> cur = new ArrayList<>(List.of(new Entry(start, first)));
    Set<String> seen = new HashSet<>(first.stream().map(Pair::label).toList());
    int i = start + 1;
    while (i < lines.size() && i - start < MAX_LINES) {
      String line = lines.get(i).strip();
      List<Pair> pairs = line.isEmpty() ? List.of() : pairs(line);
      if (line.isEmpty()) {
        i++;
      } else if (pairs.isEmpty() && GROUP.matcher(line).find() && opensNext(lines, i + 1, opener)) {
        // "（二）过程指标（分值20分，得分18.35分）" between records (h188): a group heading, a row of its own
        records.add(cur);
        cur = new ArrayList<>();
        headings.computeIfAbsent(records.size(), k -> new ArrayList<>()).add(line);
        i++;
      } else if (pairs.isEmpty()) {
        int wrap = cur.isEmpty() ? 0 : wrapped(lines, i, seen);
        if (wrap == 0) {
          break;
        }
        cur.getLast().wrap(lines.subList(i, i + wrap));
        i += wrap;
      } else {
        if (pairs.get(0).label().equals(opener) && !cur.isEmpty()) {
          records.add(cur);
          cur = new ArrayList<>();
        }
        cur.add(new Entry(i, pairs));
        pairs.forEach(p -> seen.add(p.label()));
        i++;
      }
    }
    // the last record's closing lines under labels no other record prints are text after the table
    Set<String> others = new HashSet<>();
    records.forEach(r -> r.forEach(e -> e.pairs.forEach(p -> others.add(p.label()))));
    while (cur.size() > 1 && cur.getLast().pairs.stream().noneMatch(p -> others.contains(p.label()))) {
      cur.removeLast();
    }
    if (cur.isEmpty()) { // a heading was the last line looked at: the records end before it
      cur = records.removeLast();
      headings.remove(records.size() + 1);
    }
    records.add(cur);
    int end = cur.getLast().end;
    Map<String, Integer> labels = new LinkedHashMap<>();
    for (List<Entry> r : records) {
      for (Entry e : r) {
        e.pairs.forEach(p -> labels.putIfAbsent(p.label(), labels.size()));
      }
    }
    List<List<Pair>> flat = records.stream().map(r -> r.stream().flatMap(e -> e.pairs.stream()).toList()).toList();
    if (flat.stream().filter(r -> !r.isEmpty()).count() < MIN_RECORDS || labels.size() < MIN_LABELS
        || flat.stream().anyMatch(LabelledRecords::repeats)) {
      return null;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.copyOf(labels.keySet()));
    for (int k = 0; k < flat.size(); k++) {
      for (String h : headings.getOrDefault(k, List.of())) {
        rows.add(row(List.of(), labels, h));
      }
      rows.add(row(flat.get(k), labels, null));
    }
    return withSum(lines, end, rows, labels);
  }

  /** The records with their sum row added when a sum line follows them. */
  private static Found withSum(List<String> lines, int end, List<List<String>> rows, Map<String, Integer> labels) {
    int k = end;
    while (k < lines.size() && (lines.get(k).isBlank() || RULE.matcher(lines.get(k).strip()).matches())) {
      k++;
    }
    if (k >= lines.size()) {
      return new Found(rows, end, null);
    }
    String line = lines.get(k).strip();
    int at = line.indexOf(' ');
    Matcher name = NAME.matcher(at < 0 ? line : line.substring(0, at));
    List<Pair> pairs = at < 0 ? List.of() : pairs(line.substring(at).strip());
    long shared = pairs.stream().filter(p -> labels.containsKey(p.label())).count();
    if (!name.matches() || shared < 2) {
      return new Found(rows, end, null);
    }
    rows.add(row(pairs, labels, name.group(1)));
    List<String> rest = pairs.stream().filter(p -> !labels.containsKey(p.label())).map(p -> p.label() + "：" + p.value()).toList();
    return new Found(rows, k + 1, rest.isEmpty() ? null : String.join("    ", rest));
  }

  private static List<String> row(List<Pair> pairs, Map<String, Integer> labels, @Nullable String name) {
    List<String> row = new ArrayList<>();
    labels.keySet().forEach(l -> row.add(""));
    if (name != null) {
      row.set(0, name);
    }
    for (Pair p : pairs) {
      Integer c = labels.get(p.label());
      if (c != null) {
        row.set(c, p.value());
      }
    }
    return row;
  }

  /**
   * How many lines from {@code i} go on with the value above them: up to {@value #MAX_WRAP} lines
   * without a label, right below a labelled line, followed (blank lines between) by a line opening
   * with a label the records print; 0 when they are text after the records.
   */
  private static int wrapped(List<String> lines, int i, Set<String> labels) {
    if (lines.get(i - 1).isBlank()) {
      return 0;
    }
    int k = i;
    while (k < lines.size() && k - i < MAX_WRAP && !lines.get(k).isBlank() && pairs(lines.get(k)).isEmpty()) {
      k++;
    }
    int next = k;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    List<Pair> after = next < lines.size() ? pairs(lines.get(next)) : List.of();
    return k > i && !after.isEmpty() && labels.contains(after.get(0).label()) ? k - i : 0;
  }

  /** The next non-blank line from {@code i} opens a record (its first label is the opener). */
  private static boolean opensNext(List<String> lines, int i, String opener) {
    int k = i;
    while (k < lines.size() && lines.get(k).isBlank()) {
      k++;
    }
    List<Pair> after = k < lines.size() ? pairs(lines.get(k)) : List.of();
    return !after.isEmpty() && after.get(0).label().equals(opener);
  }

  /** A record printing one label twice is not a record of this layout. */
  private static boolean repeats(List<Pair> record) {
    return record.stream().map(Pair::label).distinct().count() < record.size();
  }

  /** The label–value pairs making up the whole line (its record number dropped), or none. */
  private static List<Pair> pairs(String line) {
    String t = MARKER.matcher(line.strip()).replaceFirst("");
    List<Pair> out = new ArrayList<>();
    Matcher m = PAIR.matcher(t);
    int pos = 0;
    while (m.find()) {
      if (m.start() != pos) {
        return List.of();
      }
      out.add(new Pair(m.group(1), m.group(2).strip()));
      pos = m.end();
    }
    return pos == t.length() ? out : List.of();
  }
}
