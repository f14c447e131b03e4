package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 分县表与正文: a table breaking a programme down by place (县（区） | 分配资金 | … | 生态茶园改造（万亩）, one line per
 * county and a 合计) and a sentence giving one place's figure of a column ("其中凤庆县改造生态茶园1.85万亩、双江县1.12万亩",
 * h536) state one figure twice. A sentence figure that differs from its line is a WARNING HIGH; the message says when
 * the column adds to its 合计 with the table's figure, the sentence then being the odd one.
 *
 * <p>A sentence figure is compared only in the column's own unit (printed in its head, "（万亩）"), after the place's
 * name with words sharing two characters with the column's head between ("改造生态茶园" for 生态茶园改造), or after a
 * 、 continuing such a list; where no column or two columns take that unit, nothing is compared.
 */
final class BreakdownMentions {
  /** A table head opening with the places it breaks down by. */
  private static final Pattern PLACE_HEAD = Pattern.compile("^(?:县（区）|县\\(区\\)|县区|县（市、区）|县（市区）|区县|乡镇（街道）|乡镇|地区|市州)$");
  /** A place's name on a line of the table. */
  private static final Pattern PLACE = Pattern.compile("^[\\p{IsHan}]{1,8}(?:县|区|市|旗|乡|镇|街道)$");
  /** A column's unit in its head: "生态茶园改造（万亩）". */
  private static final Pattern HEAD_UNIT = Pattern.compile("^(?<what>[\\p{IsHan}]{2,20})[（(](?<unit>[\\p{IsHan}]{1,3})[)）]$");
  private static final int MAX_BETWEEN = 12;

  private BreakdownMentions() {}

  /** One column of places' figures in its own unit: the places' figures in order, and the 合计's. */
  private record Column(String what, String unit, List<String> places, List<String> figures, @Nullable String total) {}

  static List<Finding> check(AuditSubject subject, CheckId id) {
    String text = subject.text();
    if (text == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Column column : columns(text)) {
      mentions(subject, text, column, id, out);
    }
    return out;
  }

  /** The columns of each breakdown table in the text whose unit no other column of its table shares. */
  private static List<Column> columns(String text) {
    List<Column> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String[] head = lines[i].split("\t", -1);
      if (head.length < 3 || !PLACE_HEAD.matcher(head[0].strip()).matches()) {
        continue;
      }
      for (int c = 1; c < head.length; c++) {
        Matcher m = HEAD_UNIT.matcher(head[c].strip());
        if (!m.matches() || unitTwice(head, m.group("unit"))) {
          continue;
        }
        List<String> places = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        String total = null;
        for (int k = i + 1; k < lines.length; k++) {
          String[] cells = lines[k].split("\t", -1);
          String first = cells[0].strip();
          if (cells.length <= c) {
            break;
          }
          if (first.equals("合计") || first.equals("总计")) {
            total = cells[c].strip();
            break;
          }
          if (!PLACE.matcher(first).matches()) {
            break;
          }
          places.add(first);
          figures.add(cells[c].strip());
        }
        if (places.size() >= 2) {
          out.add(new Column(m.group("what"), m.group("unit"), places, figures, total));
        }
      }
    }
    return out;
  }

  private static boolean unitTwice(String[] head, String unit) {
    int n = 0;
    for (String h : head) {
      Matcher m = HEAD_UNIT.matcher(h.strip());
      n += m.matches() && m.group("unit").equals(unit) ? 1 : 0;
    }
    return n > 1;
  }

  /** The sentences' figures for the column's places, each compared with its line. */
  private static void mentions(AuditSubject subject, String text, Column column, CheckId id, List<Finding> out) {
    for (int p = 0; p < column.places().size(); p++) {
      String place = column.places().get(p);
      BigDecimal inTable = Numbers.parse(column.figures().get(p)).orElse(null);
      if (inTable == null) {
        continue;
      }
      Matcher m = Numbers.compile("(?<=^|[^\\p{IsHan}]|其中|、|和|及)" + Pattern.quote(place)
          + "(?<between>[\\p{IsHan}]{0," + MAX_BETWEEN + "}?)(?<n>{N})" + Pattern.quote(column.unit())).matcher(text);
      while (m.find()) {
        if (inTableLine(text, m.start()) || !ofColumn(text, m, column)) {
          continue;
        }
        BigDecimal said = Numbers.of(m.group("n"));
        if (said.compareTo(inTable) == 0) {
          continue;
        }
        out.add(FindingBuilder.of(subject.file(), id)
            .severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .indicator(place + column.what())
            .location(new TextSpan(subject.file(), null, m.start(), m.end()))
            .stated(m.group("n") + column.unit())
            .recomputed(column.figures().get(p) + column.unit())
            .rule("同一数字前后一致")
            .message("正文载 " + place + " " + column.what() + " " + m.group("n") + column.unit() + "，分县表中为 "
                + column.figures().get(p) + column.unit() + addsUp(column)));
      }
    }
  }

  /** Whether the figure at {@code at} is in a line of a table (a tab on its line): the table itself, not a sentence. */
  private static boolean inTableLine(String text, int at) {
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    return text.substring(from, to < 0 ? text.length() : to).indexOf('\t') >= 0;
  }

  /**
   * Whether the mention is of the column's measure: words between the place and its figure sharing two characters in a
   * row with the column's head, or none after a 、 continuing a list whose first mention does.
   */
  private static boolean ofColumn(String text, Matcher m, Column column) {
    String between = m.group("between");
    if (!between.isEmpty()) {
      return sharesTwo(between, column.what());
    }
    int start = m.start();
    if (start == 0 || text.charAt(start - 1) != '、') {
      return false;
    }
    int clause = Math.max(text.lastIndexOf('，', start), Math.max(text.lastIndexOf('。', start), text.lastIndexOf('；', start)));
    return sharesTwo(text.substring(clause + 1, start), column.what());
  }

  private static boolean sharesTwo(String a, String b) {
    for (int i = 0; i + 2 <= b.length(); i++) {
      if (a.contains(b.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }

  /** "；表中各县之和 7.00 即其合计": when the column adds to its 合计 with the table's figures. */
  private static String addsUp(Column column) {
    BigDecimal total = column.total() == null ? null : Numbers.parse(column.total()).orElse(null);
    BigDecimal sum = BigDecimal.ZERO;
    for (String f : column.figures()) {
      BigDecimal x = Numbers.parse(f).orElse(null);
      if (x == null) {
        return "";
      }
      sum = sum.add(x);
    }
    return total != null && sum.compareTo(total) == 0
        ? "；表中各行之和 " + Decimals.plain(sum) + " 即其合计，正文之数与之不合" : "";
  }
}
