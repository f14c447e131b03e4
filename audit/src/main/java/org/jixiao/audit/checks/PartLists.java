package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.text.number.AnchoredPattern;
import org.jixiao.text.number.Money;
import org.jixiao.text.number.MoneyAmount;
import org.jixiao.text.number.MoneyUnit;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.Lexicon;

/**
 * 分项列举 in prose: a total followed by the parts it is made of, read only where the list is
 * explicit and exhaustive, or where its parts cannot add to more than the total (its main uses).
 *
 * <ul>
 *   <li>a count with its parts in brackets, "编制数16人（行政编制8人，事业编制6人）": every item of
 *       the brackets is a label and a count in the total's unit, at least two; brackets that hold
 *       等 or 含 are not read, and those that start with 其中 are read as not exhaustive (a
 *       category may be left out);
 *   <li>an amount followed by "其中" and at least two "label amount" items whose labels all belong
 *       to one set of {@code breakdown-parts.txt} (基本支出 and 项目支出, or funding sources).
 * </ul>
 */
final class PartLists {
  /** One list: the total as printed and its span, the parts' labels and values. */
  record Listed(String label, String totalText, BigDecimal total, String unit, List<String> partLabels,
      List<BigDecimal> parts, boolean exhaustive, int totalStart, int totalEnd, String quote, boolean mainOnly) {
    /** A list that names none of its parts exhaustively, nor says it names them all. */
    Listed(String label, String totalText, BigDecimal total, String unit, List<String> partLabels,
        List<BigDecimal> parts, boolean exhaustive, int totalStart, int totalEnd, String quote) {
      this(label, totalText, total, unit, partLabels, parts, exhaustive, totalStart, totalEnd, quote, false);
    }

    BigDecimal sum() {
      return parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Half the total's last printed place, in the list's unit ("97.01亿元" in a list read in 万元: 50), the precision its
     * figures are printed to; zero when the total is no amount or the unit no money unit.
     */
    BigDecimal halfPlace() {
      MoneyAmount printed = Money.parse(totalText, null).orElse(null);
      MoneyUnit in = MoneyUnit.ofSymbol(unit).orElse(null);
      if (printed == null || in == null) {
        return BigDecimal.ZERO;
      }
      BigDecimal place = BigDecimal.ONE.movePointLeft(Decimals.printedScale(printed.printed()));
      return Money.fromWanYuan(Money.toWanYuan(place, printed.unit()).orElseThrow(), in).multiply(BigDecimal.valueOf(5, 1));
    }

    /** A figure of the list in the unit its total is printed in ("3.28亿元" where the list is added in 万元, h309). */
    String asPrinted(BigDecimal part) {
      MoneyAmount printed = Money.parse(totalText, null).orElse(null);
      MoneyUnit in = MoneyUnit.ofSymbol(unit).orElse(null);
      if (printed == null || in == null || printed.unit() == in) {
        return Decimals.plain(part) + unit;
      }
      return Decimals.plain(Money.fromWanYuan(Money.toWanYuan(part, in).orElseThrow(), printed.unit())
          .stripTrailingZeros()) + printed.unit().symbol();
    }
  }

  private static final String COUNT_UNITS = "万?(?:人次|人|名|个|家|所|项|户|件|场|批次|套|座)";
  private static final AnchoredPattern BRACKETED = AnchoredPattern.compile(
      "(?<label>[\\p{IsHan}]{2,10}?)(?<total>{N})(?<unit>" + COUNT_UNITS + ")[（(](?<body>[^（）()]{4,120})[)）]", 60, "（", "(");
  private static final Pattern COUNT_ITEM = Numbers.compile("(?<label>[\\p{IsHan}“”\"]{1,24}?)(?<n>{N})(?<unit>" + COUNT_UNITS + ")");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[，,、；;]");
  private static final Pattern MONEY_ITEM = Pattern.compile("(?<label>[\\p{IsHan}]{2,16})");
  /** "核定编制48人，其中行政编制21人、事业编制25人": a count, then 其中 and its parts, to the end of the clause. */
  private static final AnchoredPattern AMONG = AnchoredPattern.compile(
      "(?<label>[\\p{IsHan}]{2,10}?)(?<all>共|合计|总计|总数为?)?(?<total>{N})(?<unit>" + COUNT_UNITS
          + ")[，,]\\s*其中\\s*[:：]?(?<body>[^。；;]{4,160})", 80, "其中");
  private static final Pattern LEAD = Pattern.compile("^其中\\s*[:：]?\\s*");
  private static final Pattern AFTER_TOTAL = Pattern.compile("[，,]?\\s*其中\\s*[，,：:]?\\s*");

  private final List<List<String>> sets;
  private final List<String> notPart;

  private PartLists(Lexicon words) {
    sets = List.of(words.words("STRUCTURE"), words.words("SOURCE"));
    notPart = words.words("NOT_PART");
  }

  static PartLists standard() {
    return new PartLists(Lexicon.load(PartLists.class, "breakdown-parts.txt"));
  }

  List<Listed> find(String text) {
    List<Listed> out = new ArrayList<>(counts(text));
    out.addAll(countsAmong(text));
    out.addAll(amounts(text));
    out.addAll(uses(text));
    return out;
  }

  /** "项目支出507.30万元。项目支出主要用于：…": the subject the uses are of, which the total must be named by. */
  private static final Pattern USED_FOR = Pattern.compile(
      "[。；;，,]\\s*(?<subject>[\\p{IsHan}]{2,12}?)(?:资金|经费)?(?:主要|具体)?用于\\s*[:：]?\\s*");

  /**
   * An amount, then what it was used for, item by item ("项目支出507.30万元。项目支出主要用于：文物保护修缮312.60万元、
   * 公共文化服务体系建设146.20万元、文化旅游宣传推介58.50万元"): the main uses need not be all of it, but together they
   * cannot be more ({@code mainOnly}: only a sum over the total contradicts it, h173).
   */
  private List<Listed> uses(String text) {
    List<Listed> out = new ArrayList<>();
    List<Money.Mention> money = Money.find(text);
    for (int k = 0; k < money.size(); k++) {
      Money.Mention total = money.get(k);
      Matcher lead = USED_FOR.matcher(text).region(total.end(), text.length());
      if (!lead.lookingAt()) {
        continue;
      }
      String subject = lead.group("subject");
      String before = text.substring(Math.max(0, total.start() - subject.length() - 3), total.start());
      if (!before.contains(subject)) {
        continue; // the uses of something else than this amount
      }
      // a use is any named purpose (公共文化服务…): no NOT_PART words here
      Items items = items(text, money, k, lead.end(), List.of());
      if (items.parts().size() >= 2) {
        MoneyAmount amount = total.amount();
        out.add(new Listed(subject, amount.text(), amount.wanYuan(), "万元", items.labels(), items.parts(), false,
            total.start(), total.end(), text.substring(total.start(), items.end()), true));
      }
    }
    return out;
  }

  /**
   * A count followed by "，其中" and its parts in the same unit, each named as a kind of the counted thing (its name
   * ends with the total's head noun: 行政编制, 事业编制 of 核定编制 or 编制数) unless the total is said to be the whole
   * (共, 合计), read to the first item that is not: the clause may go on with other counts ("…，实有人员45人"). Never
   * exhaustive (其中 may leave a kind out).
   */
  private List<Listed> countsAmong(String text) {
    List<Listed> out = new ArrayList<>();
    for (MatchResult m : AMONG.matches(text)) {
      // "共1,286人，其中伤残军人312人、…": a total said to be the whole lists its kinds by any name; otherwise each
      // part must be named as a kind of the counted thing
      String head = m.group("all") != null ? "" : headNoun(m.group("label"));
      List<String> labels = new ArrayList<>();
      List<BigDecimal> parts = new ArrayList<>();
      int end = m.start("body");
      int at = m.start("body");
      for (String item : ITEM_SEPARATOR.split(m.group("body"), -1)) {
        Matcher i = COUNT_ITEM.matcher(item.strip());
        if (!i.matches() || !i.group("unit").equals(m.group("unit")) || !i.group("label").endsWith(head)) {
          break;
        }
        labels.add(i.group("label"));
        parts.add(Numbers.of(i.group("n")));
        end = at + item.length();
        at = end + 1;
      }
      if (parts.size() >= 2) {
        out.add(new Listed(m.group("label"), m.group("total") + m.group("unit"), Numbers.of(m.group("total")),
            m.group("unit"), labels, parts, false, m.start("total"), m.end("unit"), text.substring(m.start(), end)));
      }
    }
    return out;
  }

  /** The counted thing's head noun: the last two characters of its name, a trailing 数 dropped (编制数 → 编制). */
  private static String headNoun(String label) {
    String l = label.endsWith("数") ? label.substring(0, label.length() - 1) : label;
    return l.length() <= 2 ? l : l.substring(l.length() - 2);
  }

  private List<Listed> counts(String text) {
    List<Listed> out = new ArrayList<>();
    for (MatchResult m : BRACKETED.matches(text)) {
      String body = m.group("body").strip();
      if (body.contains("等") || body.contains("含")) {
        continue;
      }
      // "（其中…）" may list only some categories: still read, but not as an exhaustive list
      boolean exhaustive = !body.startsWith("其中");
      body = LEAD.matcher(body).replaceFirst("");
      List<String> labels = new ArrayList<>();
      List<BigDecimal> parts = new ArrayList<>();
      boolean all = true;
      for (String item : ITEM_SEPARATOR.split(body)) {
        Matcher i = COUNT_ITEM.matcher(item.strip());
        if (!i.matches() || !i.group("unit").equals(m.group("unit"))) {
          all = false;
          break;
        }
        labels.add(i.group("label"));
        parts.add(Numbers.of(i.group("n")));
      }
      if (all && parts.size() >= 2) {
        out.add(new Listed(m.group("label"), m.group("total") + m.group("unit"), Numbers.of(m.group("total")),
            m.group("unit"), labels, parts, exhaustive, m.start("total"), m.end("unit"), m.group()));
      }
    }
    return out;
  }

  private List<Listed> amounts(String text) {
    List<Listed> out = new ArrayList<>();
    List<Money.Mention> money = Money.find(text);
    for (int k = 0; k < money.size(); k++) {
      Money.Mention total = money.get(k);
      Matcher lead = AFTER_TOTAL.matcher(text).region(total.end(), text.length());
      if (!lead.lookingAt()) {
        continue;
      }
      Items items = items(text, money, k, lead.end(), notPart);
      if (items.parts().size() >= 2 && exhaustive(items.labels())) {
        MoneyAmount amount = total.amount();
        int start = Math.max(0, lineStart(text, total.start()));
        out.add(new Listed(label(text, start, total.start()), amount.text(), amount.wanYuan(), "万元", items.labels(),
            items.parts(), true, total.start(), total.end(), text.substring(total.start(), items.end())));
      }
    }
    return out;
  }

  /** The "label amount" items after a total, and where the last one ends. */
  private record Items(List<String> labels, List<BigDecimal> parts, int end) {}

  /**
   * The items listed from {@code from} after money mention {@code k}, each a label of Chinese words (none holding a
   * word of {@code excluded}) and the next amount, separated by 、，；, up to the first that is not.
   */
  private static Items items(String text, List<Money.Mention> money, int k, int from, List<String> excluded) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> parts = new ArrayList<>();
    int end = from;
    for (int j = k + 1; j < money.size(); j++) {
      Money.Mention part = money.get(j);
      String label = text.substring(from, part.start()).strip();
      if (!MONEY_ITEM.matcher(label).matches() || excluded.stream().anyMatch(label::contains)) {
        break;
      }
      labels.add(label);
      parts.add(part.amount().wanYuan());
      end = part.end();
      if (end >= text.length() || !ITEM_SEPARATOR.matcher(text.substring(end, end + 1)).matches()) {
        break;
      }
      from = end + 1;
    }
    return new Items(labels, parts, end);
  }

  private boolean exhaustive(List<String> labels) {
    for (List<String> set : sets) {
      if (set.containsAll(labels) && (set != sets.get(0) || labels.containsAll(set))) {
        return true;
      }
    }
    return false;
  }

  /** The words just before the total, back to the clause start: what the total is called. */
  private static String label(String text, int clauseStart, int totalStart) {
    String before = text.substring(clauseStart, totalStart);
    int cut = Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf(','), before.lastIndexOf('；')));
    String tail = before.substring(cut + 1).strip();
    return tail.length() > 16 ? tail.substring(tail.length() - 16) : tail;
  }

  private static int lineStart(String text, int at) {
    int i = at;
    while (i > 0 && "。\n".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }
}
