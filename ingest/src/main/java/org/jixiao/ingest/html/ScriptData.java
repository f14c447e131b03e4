package org.jixiao.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.schema.Json;
import org.jsoup.nodes.Element;

/**
 * 脚本生成的表: a table a portal page builds in the browser from data it embeds (h265: an empty {@code <table>} filled by
 * a script from a {@code <script type="application/json">} block), read from that data. The data is taken as a table
 * when it is one plainly: column names beside rows of values ({"columns": […], "rows": [[…], …]}), rows of
 * objects sharing their keys, or rows of arrays under a row of names. Merges the script would draw are not known: each
 * value is its own cell, which is how the rows read anyway.
 */
final class ScriptData {
  private static final Set<String> HEADERS = Set.of("columns", "header", "headers", "fields", "cols", "titles");
  private static final Set<String> ROWS = Set.of("rows", "data", "records", "list", "items", "body");
  /** A script that only assigns a literal: "var tableData = [...];". */
  private static final Pattern ASSIGNED = Pattern.compile("^\\s*(?:var|let|const)\\s+[\\w$]+\\s*=\\s*([\\[{].*[\\]}])\\s*;?\\s*$",
      Pattern.DOTALL);
  private static final int MAX_DEPTH = 4;
  private static final int MIN_ROWS = 2;

  private ScriptData() {}

  /** The table a data script holds, if it holds one plainly. */
  static Optional<GridBuilder> of(Element script) {
    String type = script.attr("type").strip().toLowerCase(java.util.Locale.ROOT);
    String body = script.data();
    String json;
    if (type.equals("application/json") || type.endsWith("+json")) {
      json = body;
    } else if (type.isEmpty() || type.contains("javascript")) {
      Matcher m = ASSIGNED.matcher(body);
      if (!m.matches()) {
        return Optional.empty();
      }
      json = m.group(1);
    } else {
      return Optional.empty();
    }
    try {
      return table(Json.mapper().readTree(json), 0);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not JSON (a script with logic): nothing to read
    }
  }

  private static Optional<GridBuilder> table(JsonNode n, int depth) {
    if (depth > MAX_DEPTH || n == null) {
      return Optional.empty();
    }
    if (n.isObject()) {
      JsonNode header = null;
      JsonNode rows = null;
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (HEADERS.contains(k.toLowerCase(java.util.Locale.ROOT)) && n.get(k).isArray()) {
          header = n.get(k);
        } else if (ROWS.contains(k.toLowerCase(java.util.Locale.ROOT)) && n.get(k).isArray()) {
          rows = n.get(k);
        }
      }
      if (header != null && rows != null && rows.size() >= MIN_ROWS && allArrays(rows)) {
        return Optional.of(withSums(n, texts(header), rows));
      }
      if (rows != null) {
        Optional<GridBuilder> inRows = table(rows, depth + 1);
        if (inRows.isPresent()) {
          return inRows;
        }
      }
      for (JsonNode child : n) {
        Optional<GridBuilder> found = table(child, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (n.isArray() && n.size() >= MIN_ROWS) {
      if (allObjectsWithSameKeys(n)) {
        List<String> keys = new ArrayList<>();
        n.get(0).fieldNames().forEachRemaining(keys::add);
        List<List<String>> out = new ArrayList<>();
        out.add(keys);
        for (JsonNode r : n) {
          out.add(keys.stream().map(k -> text(r.get(k))).toList());
        }
        return Optional.of(grid(out));
      }
      if (allArrays(n) && n.get(0).size() >= 2 && allStrings(n.get(0))) {
        List<List<String>> out = new ArrayList<>();
        n.forEach(r -> out.add(texts(r)));
        return Optional.of(grid(out));
      }
    }
    return Optional.empty();
  }

  /**
   * The header and rows, and the sums the script draws from figures kept beside them: a group's figures under an object
   * keyed by the values of one column ({"subtotal": {"决策": [15, 14.5], …}}) become a 小计 row after the group's last
   * row, and figures under a total's key ({"total": [100, 97.92]}) a 合计 row at the foot; each only when it holds one
   * figure for each column whose values are all numbers, put in those columns in order.
   */
  private static GridBuilder withSums(JsonNode data, List<String> header, JsonNode rows) {
    List<Integer> numeric = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      int col = c;
      boolean all = true;
      for (JsonNode r : rows) {
        all &= r.size() > col && r.get(col).isNumber();
      }
      if (all) {
        numeric.add(c);
      }
    }
    List<List<String>> body = new ArrayList<>();
    rows.forEach(r -> body.add(texts(r)));
    GridBuilder g = new GridBuilder();
    int at = 0;
    put(g, at++, header);
    int first = numeric.isEmpty() ? header.size() : numeric.getFirst();
    GroupSums groups = numeric.isEmpty() ? null : GroupSums.in(data, body, first, numeric.size());
    for (int i = 0; i < body.size(); i++) {
      put(g, at++, body.get(i));
      JsonNode sums = groups == null ? null : groups.after(body, i);
      if (sums != null && groups.column() + 1 < first) {
        g.cell(at, groups.column(), 1, 1, body.get(i).get(groups.column()), null);
        g.cell(at, groups.column() + 1, 1, first - groups.column() - 1, "小计", null);
        putFigures(g, at++, numeric, sums);
      }
    }
    for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      JsonNode v = data.get(k);
      if (TOTALS.contains(k.toLowerCase(java.util.Locale.ROOT)) && !numeric.isEmpty() && figures(v, numeric.size()) && first > 0) {
        g.cell(at, 0, 1, first, "合计", null);
        putFigures(g, at++, numeric, v);
        break;
      }
    }
    return g;
  }

  private static final Set<String> TOTALS = Set.of("total", "totals", "sum", "合计", "总计", "总分", "footer");

  /** A group column and the object of figures keyed by its values. */
  private record GroupSums(int column, JsonNode sums) {
    /** The object among the data's fields whose keys are values of one text column before the figures, each with figures. */
    static @org.jspecify.annotations.Nullable GroupSums in(JsonNode data, List<List<String>> body, int first, int count) {
      for (JsonNode v : data) {
        if (!v.isObject() || v.size() < 2) {
          continue;
        }
        for (int c = 0; c < first; c++) {
          int col = c;
          java.util.Set<String> values = new java.util.HashSet<>();
          body.forEach(r -> values.add(r.size() > col ? r.get(col) : ""));
          boolean fits = true;
          for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            fits &= values.contains(k) && figures(v.get(k), count);
          }
          if (fits) {
            return new GroupSums(c, v);
          }
        }
      }
      return null;
    }

    /** The group's figures when row {@code i} is its last row, else null. */
    @org.jspecify.annotations.Nullable JsonNode after(List<List<String>> body, int i) {
      String name = body.get(i).get(column);
      boolean last = i + 1 == body.size() || !body.get(i + 1).get(column).equals(name);
      return last ? sums.get(name) : null;
    }
  }

  private static boolean figures(JsonNode v, int count) {
    if (v == null || !v.isArray() || v.size() != count) {
      return false;
    }
    for (JsonNode x : v) {
      if (!x.isNumber()) {
        return false;
      }
    }
    return true;
  }

  private static void putFigures(GridBuilder g, int row, List<Integer> columns, JsonNode figures) {
    for (int k = 0; k < columns.size(); k++) {
      g.cell(row, columns.get(k), 1, 1, text(figures.get(k)), null);
    }
  }

  private static void put(GridBuilder g, int row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      g.cell(row, c, 1, 1, cells.get(c), null);
    }
  }

  private static boolean allArrays(JsonNode n) {
    for (JsonNode r : n) {
      if (!r.isArray()) {
        return false;
      }
    }
    return true;
  }

  private static boolean allStrings(JsonNode n) {
    for (JsonNode r : n) {
      if (!r.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static boolean allObjectsWithSameKeys(JsonNode n) {
    List<String> first = null;
    for (JsonNode r : n) {
      if (!r.isObject() || r.size() < 2) {
        return false;
      }
      List<String> keys = new ArrayList<>();
      r.fieldNames().forEachRemaining(keys::add);
      if (first == null) {
        first = keys;
      } else if (!first.equals(keys)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(text(v)));
    return out;
  }

  /** A value as a page would print it: a number without a trailing ".0", null as nothing. */
  private static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isNumber()) {
      return v.decimalValue().stripTrailingZeros().toPlainString();
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static GridBuilder grid(List<List<String>> rows) {
    GridBuilder g = new GridBuilder();
    for (int r = 0; r < rows.size(); r++) {
      put(g, r, rows.get(r));
    }
    return g;
  }
}
