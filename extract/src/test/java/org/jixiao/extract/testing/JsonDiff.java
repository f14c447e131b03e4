package org.jixiao.extract.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The JSON paths at which two trees differ, as {@code $.indicators[3].score: expected 2, got 3}.
 * Arrays are compared index by index (a length change is reported at the array), so an inserted
 * row shows as the rows after it differing: the count of differences per top-level field is given
 * too, to see at a glance what moved.
 */
public final class JsonDiff {
  private static final int MAX_VALUE = 80;

  private JsonDiff() {}

  /** Every differing path, in document order. */
  public static List<String> diff(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    walk("$", expected, actual, out);
    return out;
  }

  /** A readable summary: the count per top-level field, then at most {@code max} paths. */
  public static String summary(List<String> diffs, int max) {
    StringBuilder sb = new StringBuilder();
    java.util.Map<String, Integer> perField = new java.util.TreeMap<>();
    for (String d : diffs) {
      String top = d.replaceFirst("^\\$\\.?([A-Za-z0-9_]*).*", "$1");
      perField.merge(top.isEmpty() ? "$" : top, 1, Integer::sum);
    }
    sb.append(diffs.size()).append(" differing path(s); per field: ").append(perField).append('\n');
    diffs.stream().limit(max).forEach(d -> sb.append("  ").append(d).append('\n'));
    if (diffs.size() > max) {
      sb.append("  ... and ").append(diffs.size() - max).append(" more\n");
    }
    return sb.toString();
  }

  private static void walk(String path, JsonNode e, JsonNode a, List<String> out) {
    if (e.isObject() && a.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      e.fieldNames().forEachRemaining(keys::add);
      a.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        JsonNode ev = e.get(k);
        JsonNode av = a.get(k);
        String p = path + "." + k;
        if (ev == null || av == null) {
          out.add(p + ": expected " + show(ev) + ", got " + show(av));
        } else {
          walk(p, ev, av, out);
        }
      }
    } else if (e.isArray() && a.isArray()) {
      if (e.size() != a.size()) {
        out.add(path + ": expected " + e.size() + " elements, got " + a.size());
      }
      Iterator<JsonNode> ei = e.elements();
      Iterator<JsonNode> ai = a.elements();
      for (int i = 0; ei.hasNext() || ai.hasNext(); i++) {
        JsonNode ev = ei.hasNext() ? ei.next() : null;
        JsonNode av = ai.hasNext() ? ai.next() : null;
        if (ev == null || av == null) {
          out.add(path + "[" + i + "]: expected " + show(ev) + ", got " + show(av));
        } else {
          walk(path + "[" + i + "]", ev, av, out);
        }
      }
    } else if (!sameValue(e, a)) {
      out.add(path + ": expected " + show(e) + ", got " + show(a));
    }
  }

  /** Numbers compare by value (2.0 = 2); everything else by equality. */
  private static boolean sameValue(JsonNode e, JsonNode a) {
    if (e.isNumber() && a.isNumber()) {
      return e.decimalValue().compareTo(a.decimalValue()) == 0;
    }
    return e.equals(a);
  }

  private static String show(JsonNode n) {
    if (n == null) {
      return "(absent)";
    }
    String s = n.toString();
    return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE) + "…";
  }
}
