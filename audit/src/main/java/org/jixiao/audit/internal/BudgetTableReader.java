package org.jixiao.audit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.internal.BudgetTable.Cell;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.BudgetTable.Role;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Report;
import org.jixiao.text.name.Names;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Money;
import org.jixiao.text.number.MoneyUnit;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * Finds the budget tables ({@link BudgetTable}) in a document's linear text, where a table row is a
 * line of tab-joined cells with merged cells resolved, so a figure stands under its header cell.
 * A header line names at least a 预算数 and an 执行数 column (words in {@code budget-table.txt});
 * the lines under it are read while they print a figure or a dash under one of those two columns.
 * A line with a figure left of the first named column is misaligned and ends the table: reading
 * its figures under the wrong headers would be a misreading.
 */
public final class BudgetTableReader {
  private static final Pattern LEAD =
      Numbers.compile("^(?:其中|资金来源|资金结构|含)?[:：]?(?:[(（](?:{N}|[一二三四五六七八九十]+)[)）]|{N}[.、]|[一二三四五六七八九十]+[、.．])?");
  private static final Pattern DASH = Pattern.compile("[-—–－/无]+|");
  private static final Pattern FIGURE = Numbers.compile("\\s*({SN})\\s*");
  private static final int MAX_LINES = 30;
  private static final Set<String> UNIT_HEADERS = Set.of("单位", "计量单位", "金额单位");
  private static final int MAX_HEADINGS = 2;

  private final Map<Column, List<String>> headers = new EnumMap<>(Column.class);
  private final Map<Role, List<String>> labels = new EnumMap<>(Role.class);
  private final List<String> notHeader;
  private final List<String> thisYear;

  private BudgetTableReader(Lexicon words) {
    for (Column c : Column.values()) {
      headers.put(c, words.words(c.name()).stream().map(Names::label).toList());
    }
    for (Role r : List.of(Role.TOTAL, Role.BASIC, Role.PROJECT)) {
      labels.put(r, words.words(r.name()).stream().map(Names::key).toList());
    }
    notHeader = words.words("NOT_HEADER");
    thisYear = words.words("THIS_YEAR").stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** One reader for all checks, so that they share its {@link #last} reading. */
  public static BudgetTableReader standard() {
    return Standard.READER;
  }

  private static final class Standard {
    static final BudgetTableReader READER = new BudgetTableReader(Lexicon.load(BudgetTableReader.class, "budget-table.txt"));
  }

  /** A text and its tables: the last read on a thread. */
  private record Reading(String text, List<BudgetTable> tables) {}

  // seven checks read the tables of the same subject's text in turn, on the thread auditing it
  private final ThreadLocal<Reading> last = new ThreadLocal<>();

  /**
   * The budget tables of {@code report}: all those of the text for a file that holds one report;
   * for one of several reports in a file, only a table whose 合计 line prints the report's own
   * 全年预算数 and 执行数 (a subject given the whole file's text holds the other reports' tables too), else none.
   */
  public List<BudgetTable> read(Report report, @Nullable String text) {
    if (text == null) {
      return List.of();
    }
    List<BudgetTable> all = read(text);
    if (report.part() == null) {
      return all;
    }
    Budget budget = report.budget();
    if (budget == null) {
      return List.of();
    }
    Evidence planned = budget.evidence().get(BudgetField.adjustedBudget);
    Evidence spent = budget.evidence().get(BudgetField.expenditure);
    if (planned == null || spent == null) {
      return List.of();
    }
    return all.stream()
        .filter(t -> t.first(Role.TOTAL).filter(l -> printed(l, Column.BUDGET, planned) && printed(l, Column.SPEND, spent)).isPresent())
        .limit(1)
        .toList();
  }

  /** Whether the line's cell is the evidence's text, or one half of it (a two-measure cell, "321.56/97.44%", h297). */
  private static boolean printed(Line line, Column column, Evidence evidence) {
    String cited = Names.compact(evidence.text());
    return line.cell(column).map(c -> Names.compact(c.text()))
        .filter(t -> t.equals(cited) || List.of(cited.split("[/／]", -1)).contains(t)).isPresent();
  }

  /** Every budget table of the text, in text order. */
  public List<BudgetTable> read(String text) {
    Reading r = last.get();
    if (r != null && r.text().equals(text)) {
      return r.tables();
    }
    List<BudgetTable> tables = List.copyOf(readAnew(text));
    last.set(new Reading(text, tables));
    return tables;
  }

  private List<BudgetTable> readAnew(String text) {
    List<int[]> spans = lines(text);
    List<BudgetTable> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      List<Cell> raw = cells(text, spans.get(i));
      Set<Integer> pairs = pairedHeaders(raw);
      List<Cell> head = split(raw, pairs);
      Map<Column, Integer> columns = columns(head);
      if (columns == null) {
        continue;
      }
      int firstColumn = columns.values().stream().min(Integer::compare).orElseThrow();
      int unitColumn = i + 1 < spans.size() ? unitColumn(head, split(cells(text, spans.get(i + 1)), pairs)) : -1;
      String headerLabel = lastText(withoutUnit(head, unitColumn), firstColumn);
      List<Line> rows = new ArrayList<>();
      int j = i + 1;
      int headings = 0;
      for (; j < spans.size() && j <= i + MAX_LINES; j++) {
        Line line = line(text, spans.get(j), pairs, columns, firstColumn, headerLabel, unitColumn, namesOtherFigures(head, firstColumn));
        if (line == null && headings < MAX_HEADINGS && heading(text, spans.get(j), firstColumn)) {
          headings++; // 按收入性质分: a group heading between the lines, no figures of its own
          continue;
        }
        if (line == null) {
          break;
        }
        headings = 0;
        rows.add(line);
      }
      if (!rows.isEmpty()) {
        // a line's own unit (its 单位 cell) has put its amounts in 万元
        MoneyUnit unit = unitColumn >= 0 ? MoneyUnit.WAN_YUAN : unit(text, spans, i, rows.get(0));
        out.add(new BudgetTable(spans.get(i)[0], unit, rows));
      }
      i = j - 1;
    }
    return out;
  }

  /** "本年全年预算数" → "全年预算数": this year's column of a table that also prints a project's whole span. */
  private String withoutThisYear(String label) {
    for (String prefix : thisYear) {
      if (label.startsWith(prefix) && label.length() > prefix.length() + 1) {
        return label.substring(prefix.length());
      }
    }
    return label;
  }

  private @Nullable Map<Column, Integer> columns(List<Cell> head) {
    if (head.size() < 3 || head.stream().anyMatch(c -> notHeader.stream().anyMatch(w -> c.text().contains(w)))) {
      return null;
    }
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    for (int k = 0; k < head.size(); k++) {
      String label = withoutThisYear(Names.label(head.get(k).text()));
      for (Column c : Column.values()) {
        if (headers.get(c).contains(label) && found.put(c, k) != null) {
          return null; // two 预算数 columns: which one is meant is a guess
        }
      }
    }
    return found.containsKey(Column.BUDGET) && found.containsKey(Column.SPEND) ? found : null;
  }

  /**
   * Whether the header names a column of other figures just left of the first budget column ("项目总投资 | 截至上年累计执行数 |
   * 本年年初预算数 …", h330): a figure there is that column's, not a shifted line's. The first header cell names the labels.
   */
  private static boolean namesOtherFigures(List<Cell> head, int firstColumn) {
    int labels = 0;
    while (labels < head.size() && head.get(labels).text().isBlank()) {
      labels++;
    }
    return firstColumn - 1 > labels && firstColumn - 1 < head.size() && !head.get(firstColumn - 1).text().isBlank();
  }

  private @Nullable Line line(String text, int[] span, Set<Integer> pairs, Map<Column, Integer> columns, int firstColumn,
      String headerLabel, int unitColumn, boolean otherFiguresBefore) {
    List<Cell> printed = split(cells(text, span), pairs);
    MoneyUnit own = unitColumn >= 0 && unitColumn < printed.size()
        ? MoneyUnit.ofSymbol(printed.get(unitColumn).text().strip()).orElse(null) : null;
    if (unitColumn >= 0 && own == null) {
      return null; // a line of a table whose lines name their units, naming none: its amounts cannot be read
    }
    List<Cell> cells = withoutUnit(printed, unitColumn);
    if (cells.size() <= firstColumn) {
      return null;
    }
    if (firstColumn > 0 && cells.get(firstColumn - 1).value() != null && !otherFiguresBefore) {
      return null; // a figure just left of the first figure column: the row is shifted
    }
    Map<Column, Cell> read = new EnumMap<>(Column.class);
    for (Map.Entry<Column, Integer> e : columns.entrySet()) {
      if (e.getValue() < cells.size()) {
        read.put(e.getKey(), cells.get(e.getValue()));
      }
    }
    if (!figureOrDash(read.get(Column.BUDGET)) || !figureOrDash(read.get(Column.SPEND))) {
      return null;
    }
    if (own != null) {
      for (Column money : List.of(Column.INITIAL, Column.BUDGET, Column.SPEND)) {
        Cell c = read.get(money);
        if (c != null && c.value() != null) {
          read.put(money, new Cell(c.text() + own.symbol(), Money.toWanYuan(c.value(), own).orElseThrow(), c.start(), c.end()));
        }
      }
    }
    if (read.values().stream().noneMatch(c -> c.value() != null)) {
      return null;
    }
    String label = lastText(cells, firstColumn); // a text, never the figures of the columns before
    if (label.isEmpty()) {
      label = headerLabel;
    }
    String name = LEAD.matcher(Names.compact(label)).replaceFirst("");
    String code = firstColumn > 1 ? cells.get(0).text().strip() : "";
    return new Line(label, name.isEmpty() ? label : name, Outline.subjectCodeLevel(code) > 0 ? code : null, role(name),
        span[0], span[1], read);
  }

  /**
   * The column of a header cell 单位 (or 计量单位, 金额单位) whose lines name their own units (万元, 亿元, h309), told by the
   * first line's cell there being a unit (a 单位 column may name organisations instead); -1 when none.
   */
  private static int unitColumn(List<Cell> head, List<Cell> firstLine) {
    for (int k = 0; k < head.size() && k < firstLine.size(); k++) {
      if (UNIT_HEADERS.contains(Names.label(head.get(k).text())) && MoneyUnit.ofSymbol(firstLine.get(k).text().strip()).isPresent()) {
        return k;
      }
    }
    return -1;
  }

  /** The cells with the unit column's blanked: a unit is no line's label. */
  private static List<Cell> withoutUnit(List<Cell> cells, int unitColumn) {
    if (unitColumn < 0 || unitColumn >= cells.size()) {
      return cells;
    }
    List<Cell> out = new ArrayList<>(cells);
    Cell u = out.get(unitColumn);
    out.set(unitColumn, new Cell("", null, u.start(), u.start()));
    return out;
  }

  /** A header naming two measures in one cell ("全年执行数/执行率", h297): each half a column's own label. */
  private Set<Integer> pairedHeaders(List<Cell> head) {
    Set<Integer> out = new java.util.HashSet<>();
    for (int k = 0; k < head.size(); k++) {
      String[] halves = head.get(k).text().split("[/／]", -1);
      if (halves.length == 2 && isColumnLabel(halves[0]) && isColumnLabel(halves[1])) {
        out.add(k);
      }
    }
    return out;
  }

  private boolean isColumnLabel(String text) {
    String label = Names.label(text);
    return headers.values().stream().anyMatch(words -> words.contains(label));
  }

  /**
   * The cells with each one under a two-measure header cut in two at its slash ("816.34/96.04%"), each half with its own
   * span; a cell without one slash gives two cells of its text that are no figures (which half it is, is a guess).
   */
  private static List<Cell> split(List<Cell> cells, Set<Integer> pairs) {
    if (pairs.isEmpty()) {
      return cells;
    }
    List<Cell> out = new ArrayList<>(cells.size() + pairs.size());
    for (int k = 0; k < cells.size(); k++) {
      Cell c = cells.get(k);
      if (!pairs.contains(k)) {
        out.add(c);
        continue;
      }
      String[] halves = c.text().split("[/／]", -1);
      if (halves.length != 2) {
        out.add(new Cell(c.text(), null, c.start(), c.end()));
        out.add(new Cell(c.text(), null, c.start(), c.end()));
        continue;
      }
      int cut = c.start() + halves[0].length();
      String a = halves[0].strip();
      String b = halves[1].strip();
      int aStart = c.start() + halves[0].indexOf(a.isEmpty() ? halves[0] : a);
      int bStart = cut + 1 + halves[1].indexOf(b.isEmpty() ? halves[1] : b);
      out.add(new Cell(a, figure(a), aStart, aStart + a.length()));
      out.add(new Cell(b, figure(b), bStart, bStart + b.length()));
    }
    return out;
  }

  /** A line of tab-joined cells with text left of the figure columns and nothing right of them. */
  private static boolean heading(String text, int[] span, int firstColumn) {
    List<Cell> cells = cells(text, span); // (a two-measure cell cut in two is as blank as it was whole)
    if (cells.isEmpty() || lastText(cells, firstColumn).isEmpty()) {
      return false;
    }
    return cells.stream().skip(firstColumn).allMatch(c -> c.text().isBlank());
  }

  private Role role(String name) {
    String key = Names.key(Names.label(name));
    for (Role r : List.of(Role.TOTAL, Role.BASIC, Role.PROJECT)) {
      if (labels.get(r).contains(key)) {
        return r;
      }
    }
    // "部门支出合计", "部门预算支出总计": a whole's line by its last words, unless it names a part (项目支出合计)
    boolean whole = key.endsWith("合计") || key.endsWith("总计");
    return whole && labels.get(Role.BASIC).stream().noneMatch(key::contains) && labels.get(Role.PROJECT).stream().noneMatch(key::contains)
        ? Role.TOTAL : Role.OTHER;
  }

  private static boolean figureOrDash(@Nullable Cell cell) {
    return cell != null && (cell.value() != null || DASH.matcher(Names.compact(cell.text())).matches());
  }

  /** The last non-blank cell left of {@code end} that is not a figure: the line's label. */
  private static String lastText(List<Cell> cells, int end) {
    for (int k = Math.min(end, cells.size()) - 1; k >= 0; k--) {
      Cell c = cells.get(k);
      if (!c.text().isBlank() && c.value() == null) {
        return c.text().strip();
      }
    }
    return "";
  }

  /**
   * The unit declared by the header, the two lines above it, or the first line's label cells
   * ("整体支出规模(万元)" merged down the label column).
   */
  private static @Nullable MoneyUnit unit(String text, List<int[]> spans, int header, Line first) {
    for (int k = header; k >= Math.max(0, header - 2); k--) {
      Optional<MoneyUnit> u = MoneyUnit.declaredIn(text.substring(spans.get(k)[0], spans.get(k)[1]));
      if (u.isPresent()) {
        return u.get();
      }
    }
    int firstFigure = first.cells().values().stream().mapToInt(Cell::start).min().orElse(first.start());
    return MoneyUnit.declaredIn(text.substring(first.start(), firstFigure)).orElse(null);
  }

  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      out.add(new int[] {start, end});
      start = end + 1;
    }
    return out;
  }

  /** The tab-separated cells of a line, each with its number when it is exactly one figure. */
  private static List<Cell> cells(String text, int[] span) {
    List<Cell> out = new ArrayList<>();
    if (text.substring(span[0], span[1]).indexOf('\t') < 0) {
      return out;
    }
    int start = span[0];
    while (start <= span[1]) {
      int end = text.indexOf('\t', start);
      if (end < 0 || end > span[1]) {
        end = span[1];
      }
      String raw = text.substring(start, end);
      int lead = raw.length() - raw.stripLeading().length();
      String cell = raw.strip();
      out.add(new Cell(cell, figure(cell), start + lead, start + lead + cell.length()));
      start = end + 1;
    }
    return out;
  }

  /** A cell that is exactly one number or one percentage (9,617.67 / 87.3% / 117.84%, full-width too: ９２．７４％, h339). */
  private static @Nullable BigDecimal figure(String printed) {
    if (printed.isEmpty()) {
      return null;
    }
    String cell = Numbers.normalize(printed);
    Optional<BigDecimal> percent = Numbers.parsePercent(cell);
    if (percent.isPresent()) {
      return percent.get();
    }
    Matcher m = FIGURE.matcher(cell);
    return m.matches() ? Numbers.of(m.group(1)) : null;
  }
}
