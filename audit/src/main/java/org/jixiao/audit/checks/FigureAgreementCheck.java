package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTable.Cell;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.BudgetTable.Role;
import org.jixiao.audit.internal.BudgetTableReader;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.AnchoredPattern;
import org.jixiao.text.number.Money;
import org.jixiao.text.number.MoneyAmount;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * 数字一致: a budget figure the prose states (全年预算数, 实际支出, 年初预算数, 预算执行率) against the
 * same figure in the document's one budget table: the 合计 line, or the 基本支出 / 项目支出 line when
 * the clause names it. Amounts agree within half a unit of the coarser printed precision (3.87亿元
 * is 38,652.47万元); rates at the printed precision (99.98% printed 100.0% or 99.9% agrees, 99.8%
 * does not). WARNING, HIGH when the prose uses the table's own label ({@code figure-labels.txt}),
 * MEDIUM otherwise. Indicator values are {@code ProseTableAgreementCheck}'s, not this check's.
 * Silent for a file with several budget tables or reports: which table a sentence means is a guess.
 */
public final class FigureAgreementCheck implements Check {
  private static final BudgetTableReader TABLES = BudgetTableReader.standard();
  private static final PartLists LISTS = PartLists.standard();
  private static final Pattern NEXT_FIGURE = Numbers.compile("\\s+{SN}");
  private static final Pattern SENTENCE = Pattern.compile("[，。；]");
  private static final String CLAUSE_BREAKS = "。；;\n";
  private static final int CLAUSE_MAX = 120;
  /** A figure of another time or a change: "上年全年支出…", "较上年…", "同比…". */
  private static final Pattern OTHER_TIME = Pattern.compile("上年|去年|上一年|前一年|同比|较|比上");
  /**
   * Last year's money added into this year's whole ("加上上年结转资金，全年预算1,280.00万元", a reply letter, h452): how the whole
   * was made up, neither a part's figure nor another year's, and left out of what the clause before a figure names.
   */
  private static final Pattern ADDED_CARRY_OVER = Pattern.compile("(?:加上|加|含|包括)(?:上年|去年|上一年度?)(?:结转|结余)(?:资金)?");
  private static final Pattern YEAR = Numbers.compile("({Y})\\s*年");
  private static final List<String> PROJECT_WHOLE = List.of("项目", "资金", "专项", "经费");
  private static final List<Column> COLUMNS = List.of(Column.BUDGET, Column.SPEND, Column.INITIAL, Column.RATE);

  /**
   * One label pattern: the column it names, whether it is the table's own wording; tried only where one of its words
   * is printed (the alternation is tried at every character otherwise).
   */
  private record Label(Column column, boolean same, AnchoredPattern pattern) {}

  /**
   * A form's labelled cell, the unit in the label and the figure in a cell after it: "全年执行数（万元） | 2,309.52"; or a
   * card, the figure first and its caption after it ("2,814.73 | 全年支出（万元）", a portal's 图解 page, h445).
   */
  private record CellLabel(Column column, AnchoredPattern pattern, String what) {}

  /** Before a cell label's words: the line start or tab, and blanks. */
  private static final int CELL_LABEL_REACH = 40;

  private final List<Label> labels = new ArrayList<>();
  private final List<CellLabel> cellLabels = new ArrayList<>();
  /** Each money column's own labels (the table's wording), for amounts printed again in capitals. */
  private final java.util.Map<Column, List<String>> moneyLabels = new java.util.EnumMap<>(Column.class);
  private final List<String> notTotal;
  private final List<String> otherAccount;
  private final List<String> basic;
  private final List<String> project;

  public FigureAgreementCheck() {
    Lexicon words = Lexicon.load(FigureAgreementCheck.class, "figure-labels.txt");
    for (Column c : COLUMNS) {
      for (boolean same : List.of(true, false)) {
        List<String> w = words.words(c.name() + (same ? "_SAME" : "_OTHER"));
        if (!w.isEmpty()) {
          String value = c == Column.RATE ? "(?<v>{P})" : "(?<v>{N}\\s*(?:万元|亿元|元))";
          labels.add(new Label(c, same, AnchoredPattern.of(Numbers.compile(
              "(?:" + String.join("|", w.stream().map(Pattern::quote).toList()) + ")\\s*(?:为|是|达到|达|:|：)?\\s*" + value), 0, w)));
        }
      }
    }
    for (Column c : List.of(Column.BUDGET, Column.SPEND, Column.INITIAL)) {
      List<String> w = words.words(c.name() + "_SAME");
      moneyLabels.put(c, w);
      String said = String.join("|", w.stream().map(Pattern::quote).toList());
      cellLabels.add(new CellLabel(c, AnchoredPattern.of(Numbers.compile("(?m)(?:^|\\t)\\s*(?:" + said
          + ")\\s*[（(](?<unit>万元|亿元|元)[)）]\\s*(?:\\t\\s*)+(?<v>{N})\\s*(?=\\t|$)"), CELL_LABEL_REACH, w), "表头"));
      // a card is a line of its own: in a row of labelled cells the figure before a label is the label before's
      cellLabels.add(new CellLabel(c, AnchoredPattern.of(Numbers.compile("(?m)^[ \\t]*(?<v>{N})[ \\t]*(?:\\t[ \\t]*)+(?:" + said
          + ")\\s*[（(](?<unit>万元|亿元|元)[)）][ \\t]*$"), CELL_LABEL_REACH, w), "数字卡片"));
    }
    notTotal = words.words("NOT_TOTAL");
    otherAccount = words.words("OTHER_ACCOUNT");
    basic = words.words("BASIC");
    project = words.words("PROJECT");
  }

  @Override
  public CheckId id() {
    return CheckId.FIGURE_AGREEMENT;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>(agreement(subject));
    out.addAll(PaymentRoll.check(subject, id())); // a count against the payment roll that accounts for the spending
    out.addAll(BreakdownMentions.check(subject, id())); // a place's figure in a sentence against its line of the 分县 table
    if (subject.text() != null) {
      // an amount with two digits swapped, unless the label-led comparison above already stated it
      Set<String> stated = new HashSet<>();
      out.forEach(f -> {
        stated.add(digitsOf(f.stated()));
        stated.add(digitsOf(f.recomputed()));
      });
      TransposedAmounts.find(subject.file(), subject.report().budget(), subject.report().fiscalYear(), subject.text(), id())
          .stream().filter(f -> !stated.contains(digitsOf(f.stated())) && !stated.contains(digitsOf(f.recomputed())))
          .forEach(out::add);
    }
    return out;
  }

  private static String digitsOf(@Nullable String printed) {
    StringBuilder digits = new StringBuilder();
    if (printed != null) {
      printed.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
    }
    return digits.toString();
  }

  /** The budget figures the prose states against the budget table, or against each other where there is none. */
  private List<Finding> agreement(AuditSubject subject) {
    String text = subject.text();
    List<BudgetTable> tables = TABLES.read(subject.report(), text);
    if (text == null || tables.size() > 1) {
      return List.of();
    }
    if (tables.isEmpty()) {
      return proseOnly(subject, text);
    }
    BudgetTable table = tables.get(0);
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Label label : labels) {
      for (MatchResult m : label.pattern().matches(text)) {
        if (inTable(text, m.start(), m.end())) {
          continue;
        }
        Line line = lineMeant(table, text, m.start(), subject.report().project() != null);
        Cell cell = line == null ? null : line.cell(label.column()).orElse(null);
        if (cell == null || cell.value() == null || agrees(label.column(), m.group("v"), cell, table)
            || label.column() == Column.RATE && rightByTheLine(m.group("v"), line)
            || anotherLinesFigure(label.column(), m.group("v"), line, table)) {
          continue;
        }
        if (seen.add(label.column() + "|" + line.name() + "|" + key(m.group("v")))) {
          out.add(finding(subject, table, label, line, cell, m));
        }
      }
    }
    headCells(subject, text, table, seen, out);
    capitals(subject, text, table, seen, out);
    for (PartLists.Listed listed : LISTS.find(text)) {
      PartMismatch miss = partAgainstTable(tables, listed);
      if (miss != null && seen.add(miss.line().name() + "|" + miss.column() + "|" + Decimals.plain(miss.printed()))) {
        String shown = miss.cell().shown(table.unit());
        String printed = listed.asPrinted(miss.printed());
        out.add(FindingBuilder.of(subject.file(), id())
            .severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .indicator(miss.line().name() + " " + miss.column().label())
            .location(new TextSpan(subject.file(), null, listed.totalStart(), listed.totalEnd()))
            .alsoAt(List.of(miss.cell().where(subject.file())))
            .stated(printed)
            .recomputed(shown)
            .rule("同一数字前后一致")
            .message("正文 “" + listed.quote() + "” 中 " + miss.line().name() + " 为 " + printed + "，预算表 "
                + miss.line().name() + " " + miss.column().label() + " 为 " + shown + "；按表中数字，正文的分项合计无误"));
      }
    }
    return out;
  }

  /** A part a prose list states otherwise than the budget table, in the table's column whose whole the list states. */
  record PartMismatch(Line line, Column column, Cell cell, BigDecimal printed) {}

  /**
   * The one part of a prose list ("全年执行数17,986.14万元，其中基本支出12,169.90万元、项目支出5,812.64万元") that differs
   * from the same part in the document's one budget table, when the list's whole is the table's whole in some column,
   * its other parts are the table's, and the table's parts add up to its whole (h241: 项目支出 5,812.64 in the prose,
   * 58,162.4 千元 in the table): the prose misstates that part, which is why its list does not add up. Null when
   * there is no such table, or more than one part differs.
   */
  static @Nullable PartMismatch partAgainstTable(List<BudgetTable> tables, PartLists.Listed listed) {
    if (tables.size() != 1 || tables.get(0).unit() == null || listed.parts().size() < 2) {
      return null;
    }
    BudgetTable table = tables.get(0);
    Line total = table.first(Role.TOTAL).orElse(null);
    if (total == null) {
      return null;
    }
    // the prose prints to its own precision ("93.18亿元" for the table's 93.1846亿元, h309)
    BigDecimal slack = listed.halfPlace().max(BigDecimal.valueOf(1, 2));
    for (Column column : List.of(Column.INITIAL, Column.BUDGET, Column.SPEND)) {
      BigDecimal whole = inWan(total, column, table);
      if (whole == null || !close(whole, listed.total(), slack)) {
        continue;
      }
      PartMismatch miss = null;
      BigDecimal tableSum = BigDecimal.ZERO;
      for (int k = 0; k < listed.parts().size(); k++) {
        String name = listed.partLabels().get(k);
        Role role = name.contains("基本") ? Role.BASIC : name.contains("项目") ? Role.PROJECT : null;
        Line line = role == null ? null : table.first(role).orElse(null);
        BigDecimal part = line == null ? null : inWan(line, column, table);
        if (part == null) {
          return null;
        }
        tableSum = tableSum.add(part);
        if (!close(part, listed.parts().get(k), slack)) {
          if (miss != null) {
            return null;
          }
          miss = new PartMismatch(line, column, line.cell(column).orElseThrow(), listed.parts().get(k));
        }
      }
      return miss != null && close(tableSum, whole, BigDecimal.valueOf(1, 2)) ? miss : null;
    }
    return null;
  }

  private static @Nullable BigDecimal inWan(Line line, Column column, BudgetTable table) {
    Cell cell = line.cell(column).orElse(null);
    return cell == null || cell.value() == null ? null
        : Money.parse(cell.text(), table.unit()).map(MoneyAmount::wanYuan).orElse(null);
  }

  /** Equal within {@code slack} 万元: a hundredth, the finest place a budget prints, or the prose's coarser precision. */
  private static boolean close(BigDecimal a, BigDecimal b, BigDecimal slack) {
    return a.subtract(b).abs().compareTo(slack) <= 0;
  }

  /**
   * The whole's figures a form prints again in labelled cells above another table ("全年预算数（万元） | 2,400.00 |
   * 全年执行数（万元） | 2,309.52" heading the indicator sheet, h191) against the budget table's 合计: WARNING HIGH, the
   * label being the table's own.
   */
  private void headCells(AuditSubject subject, String text, BudgetTable table, Set<String> seen, List<Finding> out) {
    Line total = table.first(Role.TOTAL).orElse(null);
    if (total == null || table.unit() == null) {
      return;
    }
    for (CellLabel label : cellLabels) {
      Cell cell = total.cell(label.column()).orElse(null);
      if (cell == null || cell.value() == null) {
        continue;
      }
      for (MatchResult m : label.pattern().matches(text)) {
        String printed = m.group("v") + m.group("unit");
        MoneyAmount inTable = Money.parse(cell.text(), table.unit()).orElse(null);
        if (sameAmount(Money.parse(printed, null).orElse(null), inTable)
            || !seen.add(label.column() + "|" + total.name() + "|" + key(m.group("v")))) {
          continue;
        }
        String shown = cell.shown(table.unit());
        out.add(FindingBuilder.of(subject.file(), id())
            .severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .indicator(total.name() + " " + label.column().label())
            .location(new TextSpan(subject.file(), null, m.start("v"), m.end("v")))
            .alsoAt(List.of(cell.where(subject.file())))
            .stated(m.group("v").strip() + m.group("unit"))
            .recomputed(shown)
            .rule("同一数字前后一致")
            .message(label.what() + " “" + m.group().strip().replace('\t', ' ') + "”，预算表 " + total.name() + " "
                + label.column().label() + " 为 " + shown));
      }
    }
  }

  /**
   * A form's amounts printed again in financial capitals ("全年执行数（大写）：人民币壹仟贰佰陆拾叁万肆仟捌佰元整" under the
   * 年度资金总额 line, h296) against the table's figure that the label before them names, within their clause: WARNING
   * HIGH when they differ by more than half the table's last printed place, the capitals being the same figure written
   * out so that it cannot be altered.
   */
  private void capitals(AuditSubject subject, String text, BudgetTable table, Set<String> seen, List<Finding> out) {
    if (table.unit() == null) {
      return;
    }
    for (Money.Mention written : Money.capitals(text)) {
      int clause = written.start();
      while (clause > 0 && written.start() - clause < CLAUSE_MAX && !clauseBreak(text, clause - 1) && text.charAt(clause - 1) != '\t') {
        clause--;
      }
      String before = text.substring(clause, written.start());
      Column column = null;
      int at = -1;
      for (var e : moneyLabels.entrySet()) {
        for (String w : e.getValue()) {
          int i = before.lastIndexOf(w);
          if (i >= 0 && i + w.length() > at) {
            at = i + w.length();
            column = e.getKey();
          }
        }
      }
      Line line = column == null ? null : lineMeant(table, text, clause + at, subject.report().project() != null);
      Cell cell = line == null ? null : line.cell(column).orElse(null);
      MoneyAmount inTable = cell == null || cell.value() == null ? null : Money.parse(cell.text(), table.unit()).orElse(null);
      if (inTable == null || sameAmount(written.amount(), inTable)
          || !seen.add(column + "|" + line.name() + "|" + written.amount().text())) {
        continue;
      }
      String shown = cell.shown(table.unit());
      out.add(FindingBuilder.of(subject.file(), id())
          .severity(Severity.WARNING)
          .certainty(Certainty.HIGH)
          .indicator(line.name() + " " + column.label())
          .location(new TextSpan(subject.file(), null, written.start(), written.end()))
          .alsoAt(List.of(cell.where(subject.file())))
          .stated(written.amount().text() + "（" + Decimals.plain(written.amount().printed()) + "元）")
          .recomputed(shown)
          .rule("同一数字前后一致")
          .message("大写 “" + before.strip() + written.amount().text() + "” 为 " + Decimals.plain(written.amount().printed())
              + " 元，预算表 " + line.name() + " " + column.label() + " 为 " + shown));
    }
  }

  /**
   * A report with no budget table that states a total figure twice in prose ("全年支出3,151.50万元" in its first part,
   * "全年支出3,115.50万元" in its conclusion): each later statement against the first. Only figures of the whole (no
   * part, project or other year named before them in the clause); HIGH when both use the same label kind.
   */
  private List<Finding> proseOnly(AuditSubject subject, String text) {
    List<Finding> out = new ArrayList<>();
    for (Column column : COLUMNS) {
      List<Mention> all = mentions(text, column, subject.report().fiscalYear(), subject.report().project() != null);
      // the statement the extraction kept (the one its sentence's rate confirms) is the reference, else the first
      Mention reference = all.stream().filter(x -> kept(subject, column, x.m().group("v"))).findFirst()
          .orElse(all.isEmpty() ? null : all.getFirst());
      MatchResult first = reference == null ? null : reference.m();
      Label firstLabel = reference == null ? null : reference.label();
      for (Mention mention : all) {
        MatchResult m = mention.m();
        if (mention == reference) {
          continue;
        }
        String stated = m.group("v");
        String earlier = first.group("v");
        if (!sameFigure(column, stated, earlier)) {
          out.add(FindingBuilder.of(subject.file(), id())
              .severity(Severity.WARNING)
              .certainty(mention.label().same() && firstLabel.same() ? Certainty.HIGH : Certainty.MEDIUM)
              .indicator(column.label())
              .location(new TextSpan(subject.file(), null, m.start("v"), m.end("v")))
              .alsoAt(List.of(new TextSpan(subject.file(), null, first.start("v"), first.end("v"))))
              .stated(stated.strip())
              .recomputed(earlier.strip())
              .rule("同一数字前后一致")
              .message("正文 “" + m.group().strip() + "”，另处 “" + first.group().strip() + "”"));
          break; // one finding per figure
        }
      }
    }
    return out;
  }

  private record Mention(Label label, MatchResult m) {}

  /** Whether {@code printed} is the figure the extracted budget holds for {@code column}. */
  private static boolean kept(AuditSubject subject, Column column, String printed) {
    var b = subject.report().budget();
    if (b == null) {
      return false;
    }
    BigDecimal value = switch (column) {
      case BUDGET -> b.adjustedBudget();
      case SPEND -> b.expenditure();
      case INITIAL -> b.initialBudget();
      case RATE -> b.executionRate();
    };
    if (value == null) {
      return false;
    }
    if (column == Column.RATE) {
      return Numbers.parsePercent(printed).map(v -> v.compareTo(value) == 0).orElse(false);
    }
    return Money.parse(printed, null).map(m -> m.wanYuan().compareTo(value) == 0).orElse(false);
  }

  /** The statements of one column's figure of the whole, in the order printed. */
  private List<Mention> mentions(String text, Column column, @Nullable Integer year, boolean projectReport) {
    List<Mention> found = new ArrayList<>();
    for (Label label : labels) {
      if (label.column() != column) {
        continue;
      }
      for (MatchResult m : label.pattern().matches(text)) {
        if (!inTable(text, m.start(), m.end()) && ofTheWhole(text, m.start(), year, projectReport)) {
          found.add(new Mention(label, m));
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(x -> x.m().start()));
    return found;
  }

  /** Whether the clause before a label names no part, project, other scope, or a year other than the report's. */
  private boolean ofTheWhole(String text, int labelStart, @Nullable Integer year, boolean projectReport) {
    int clause = labelStart;
    while (clause > 0 && labelStart - clause < CLAUSE_MAX && !clauseBreak(text, clause - 1)) {
      clause--;
    }
    String prefix = ADDED_CARRY_OVER.matcher(text.substring(clause, labelStart)).replaceAll("");
    Matcher y = YEAR.matcher(prefix);
    while (y.find()) {
      if (year == null || Numbers.of(y.group(1)).intValue() != year) {
        return false;
      }
    }
    // a project's report calls its whole "项目…资金": those words name no part of it
    List<String> parts = projectReport ? notTotal.stream().filter(w -> !PROJECT_WHOLE.contains(w)).toList() : notTotal;
    return last(prefix, basic) < 0 && last(prefix, project) < 0 && last(prefix, parts) < 0
        && !OTHER_TIME.matcher(prefix).find();
  }

  private static boolean sameFigure(Column column, String a, String b) {
    if (column == Column.RATE) {
      return sameRate(Numbers.parsePercent(a).orElse(null), Numbers.parsePercent(b).orElse(null));
    }
    return sameAmount(Money.parse(a, null).orElse(null), Money.parse(b, null).orElse(null));
  }

  /** Two rates agree at either's printed precision (99.98% printed 100.0%); an unreadable one cannot disagree. */
  private static boolean sameRate(@Nullable BigDecimal x, @Nullable BigDecimal y) {
    return x == null || y == null || Decimals.agreesAtPrintedPrecision(x, y) || Decimals.agreesAtPrintedPrecision(y, x);
  }

  /** Two amounts agree within half a unit of the coarser printed precision; an unreadable one cannot disagree. */
  private static boolean sameAmount(@Nullable MoneyAmount x, @Nullable MoneyAmount y) {
    return x == null || y == null || x.wanYuan().subtract(y.wanYuan()).abs().compareTo(halfUnit(x).max(halfUnit(y))) <= 0;
  }

  private static String key(String printed) {
    return Names.compact(printed);
  }

  /**
   * Whether the figure stands in a table row rather than in a sentence: its cell (between tabs)
   * holds no clause punctuation, or the figure is followed by another figure (a row whose cells a
   * PDF printed with spaces: "1 预算执行率 100% 95.72% 10 9.57").
   */
  private static boolean inTable(String text, int at, int valueEnd) {
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int lineEnd = text.indexOf('\n', at);
    if (lineEnd >= 0 && lineEnd < valueEnd) {
      return true; // the label ends its line and the figure opens the next: a form's cells, not a sentence
    }
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    Matcher next = NEXT_FIGURE.matcher(text).region(valueEnd, lineEnd < 0 ? text.length() : lineEnd);
    if (next.lookingAt()) {
      return true;
    }
    if (line.indexOf('\t') < 0) {
      return false;
    }
    int cellStart = text.lastIndexOf('\t', at) + 1;
    int cellEnd = text.indexOf('\t', at);
    String cell = text.substring(Math.max(cellStart, lineStart), cellEnd < 0 || cellEnd > lineStart + line.length() ? lineStart + line.length() : cellEnd);
    return !SENTENCE.matcher(cell).find();
  }

  /** The table line a sentence speaks of: the 基本支出 or 项目支出 line when it last named one before the figure, the 合计 when it names nothing, null when it names something else (三公经费, a project). */
  private @Nullable Line lineMeant(BudgetTable table, String text, int labelStart, boolean projectReport) {
    int clause = labelStart;
    while (clause > 0 && labelStart - clause < CLAUSE_MAX && !clauseBreak(text, clause - 1)) {
      clause--;
    }
    String prefix = ADDED_CARRY_OVER.matcher(text.substring(clause, labelStart)).replaceAll("");
    int b = last(prefix, basic);
    int p = last(prefix, project);
    // a project's report calls its whole "项目…资金" (h199: "…补助资金由…主管…，年中追加后全年预算…"): no part of it
    int other = last(prefix, projectReport ? notTotal.stream().filter(w -> !PROJECT_WHOLE.contains(w)).toList() : notTotal);
    if (b < 0 && p < 0 && other < 0) {
      if (clause > 0 && text.charAt(clause - 1) != '\n' && last(sentenceBefore(text, clause - 1), otherAccount) >= 0) {
        return null; // the sentence before named another account, and this one goes on about it
      }
      return table.first(Role.TOTAL).orElse(table.lines().size() == 1 ? table.lines().get(0) : null);
    }
    // the last thing the sentence named before the figure is what the figure is of
    if (b > p && b >= other) {
      return table.first(Role.BASIC).orElse(null);
    }
    if (p > b && p >= other) {
      return table.first(Role.PROJECT).orElse(null);
    }
    return null;
  }

  /** The sentence of the same paragraph that ends at {@code end} (its break). */
  private static String sentenceBefore(String text, int end) {
    int start = end;
    while (start > 0 && end - start < CLAUSE_MAX && !clauseBreak(text, start - 1)) {
      start--;
    }
    return text.substring(start, end);
  }

  private static int last(String text, List<String> words) {
    return words.stream().mapToInt(text::lastIndexOf).max().orElse(-1);
  }

  /** A sentence ends at 。；; and line ends. */
  private static boolean clauseBreak(String text, int at) {
    return CLAUSE_BREAKS.indexOf(text.charAt(at)) >= 0;
  }

  /**
   * A rate the prose states that the table's own line gives (its 执行数 ÷ 全年预算数) while the rate printed on the line
   * does not (h328): the line's rate is the wrong figure, ExecutionRateCheck's finding, and the prose is right.
   */
  private static boolean rightByTheLine(String printed, Line line) {
    BigDecimal stated = Numbers.parsePercent(printed).orElse(null);
    BigDecimal computed = TableRates.recomputed(line).orElse(null);
    return stated != null && computed != null && !TableRates.agrees(line) && Decimals.agreesAtPrintedPrecision(stated, computed);
  }

  /**
   * Whether the figure is another line's in the same column: the sentence speaks of that line, whatever it named last
   * ("全年执行2,200.57万元，其中基本支出851.20万元、项目支出1,349.37万元，预算执行率95.71%": the 合计's rate after its parts, h397).
   */
  private static boolean anotherLinesFigure(Column column, String printed, Line meant, BudgetTable table) {
    for (Line other : table.lines()) {
      Cell cell = other == meant ? null : other.cell(column).orElse(null);
      if (cell != null && cell.value() != null && agrees(column, printed, cell, table)) {
        return true;
      }
    }
    return false;
  }

  private static boolean agrees(Column column, String printed, Cell cell, BudgetTable table) {
    if (column == Column.RATE) {
      return sameRate(Numbers.parsePercent(printed).orElse(null), cell.value());
    }
    // no unit for the table: the two cannot be compared
    MoneyAmount stated = table.unit() == null ? null : Money.parse(cell.text(), table.unit()).orElse(null);
    return sameAmount(Money.parse(printed, null).orElse(null), stated);
  }

  /** Half the last printed place of an amount, in 万元. */
  private static BigDecimal halfUnit(MoneyAmount amount) {
    BigDecimal place = BigDecimal.ONE.movePointLeft(Decimals.printedScale(amount.printed()));
    BigDecimal inWan = Money.toWanYuan(place, amount.unit()).orElseThrow();
    return inWan.multiply(BigDecimal.valueOf(5, 1));
  }

  private Finding finding(AuditSubject subject, BudgetTable table, Label label, Line line, Cell cell, MatchResult m) {
    String clause = m.group().strip();
    String shown = label.column() == Column.RATE ? cell.text() : cell.shown(table.unit());
    return FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(label.same() ? Certainty.HIGH : Certainty.MEDIUM)
        .indicator(line.name() + " " + label.column().label())
        .location(new TextSpan(subject.file(), null, m.start("v"), m.end("v")))
        .stated(m.group("v").strip())
        .recomputed(shown)
        .rule("同一数字前后一致")
        .message("正文 “" + clause + "”，预算表 " + line.name() + " " + label.column().label() + " 为 "
            + shown + (label.same() ? "" : "（正文的说法与表头不同）"));
  }
}
