package org.jixiao.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.schema.BudgetField;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.Money;
import org.jixiao.text.number.MoneyUnit;
import org.jixiao.extract.table.HeaderClassifier;
import org.jixiao.extract.table.OwnerHeads;
import org.jixiao.extract.table.MoneyHeading;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.ExtractionMethod;

/**
 * Budget figures in tables: every numeric cell is classified by the labels to its left (its row)
 * and above it (its column). The measure is read from the column first, the scope from the row
 * first, so that both layouts work: measures across the top (全年预算数 | 实际支出数) or down the side
 * (年初预算数 / 调整预算数 / 决算数).
 */
final class TableBudgetReader {
  private static final int MAX_LABEL = 30;
  private static final Pattern UNIT_NOTE = Pattern.compile("单位[:：]\\s*(百万元|千元|万元|亿元|元)|[(（](百万元|千元|万元|亿元|元)[)）]");

  private final BudgetVocabulary vocabulary;
  private final HeaderClassifier headers;

  TableBudgetReader(BudgetVocabulary vocabulary, HeaderClassifier headers) {
    this.vocabulary = vocabulary;
    this.headers = headers;
  }

  /**
   * A money line printed among the indicator rows ("项目资金 | 年初预算数 | 1,150.00", h167): labelled by a fund scope
   * and a budget measure, one figure on the line and no weight or score beside it.
   */
  private boolean moneyLine(TableGrid grid, GridCell cell) {
    List<String> labels = rowLabels(grid, cell);
    if (first(labels, true).isEmpty() || first(labels, false).isEmpty()) {
      return false;
    }
    int figures = 0;
    for (int c = 0; c < grid.cols(); c++) {
      GridCell other = grid.cellAt(cell.row(), c);
      if (other.col() == c && Numbers.isFigure(other.text().strip())) {
        figures++;
      }
    }
    return figures == 1;
  }

  /** {@code captionUnit}: the unit a caption paragraph just above the table declares ("单位：元"), if any. */
  List<BudgetFact> read(TableGrid grid, ReportDraft draft, Optional<String> captionUnit) {
    List<BudgetFact> out = new ArrayList<>();
    String tableUnit = unitOf(allText(grid)).or(() -> unitCell(grid)).or(() -> captionUnit).orElse("万元");
    int latest = latestYearLabel(grid);
    int indicatorHeader = firstIndicatorHeader(grid);
    int moneyBelow = moneyHeaderBelow(grid, indicatorHeader);
    for (GridCell cell : grid.cells()) {
      if (cell.row() >= indicatorHeader && cell.row() < moneyBelow && !moneyLine(grid, cell)) {
        continue; // the indicator table below a budget block: its figures are rows' values, not the budget
      }
      String text = Names.compact(cell.text());
      if (text.isEmpty()) {
        continue;
      }
      Matcher pair = FIGURE_PAIR.matcher(text);
      boolean isPair = pair.matches();
      boolean percent = text.endsWith("%");
      Optional<BigDecimal> number = isPair ? Optional.empty()
          : Numbers.parse(percent ? text.substring(0, text.length() - 1) : text);
      if (!isPair && number.isEmpty() || latest > 0 && earlierYear(grid, cell, latest)) {
        continue; // no figure; or the year before, printed beside this year's figures to compare (h291)
      }
      List<String> rowLabels = rowLabels(grid, cell);
      // a money block below the indicators is labelled from its own heading row down, never by the indicators' header
      List<String> colLabels = colLabels(grid, cell, cell.row() >= moneyBelow ? moneyBelow : 0);
      if (isPair) {
        pairUnderPairedHeader(pair, cell, rowLabels, colLabels, tableUnit, grid, draft, out);
        continue;
      }
      fact(number.get(), percent, cell, rowLabels, colLabels, tableUnit, grid, draft).ifPresent(out::add);
    }
    return out;
  }

  private Optional<BudgetFact> fact(BigDecimal n, boolean percent, GridCell cell, List<String> rowLabels,
      List<String> colLabels, String tableUnit, TableGrid grid, ReportDraft draft) {
    List<String> all = new ArrayList<>(rowLabels);
    all.addAll(colLabels);
    if (all.stream().anyMatch(vocabulary::excluded) && !totalOfItsBlock(rowLabels)) {
      return Optional.empty();
    }
    Optional<String> measureFromCol = first(colLabels, true);
    Optional<String> measure = measureFromCol.or(() -> first(rowLabels, true))
        .or(() -> first(rowLabels, false).isPresent() ? measureAbove(grid, cell) : Optional.empty());
    Optional<String> scopeFromRow = first(rowLabels, false);
    Optional<String> scopeFromCol = first(colLabels, false);
    boolean scopeAssumed = scopeFromRow.isEmpty() && scopeFromCol.isEmpty();
    // 合计 | 基本支出 | 项目支出 as columns under a block heading (部门预算资金执行情况): the column names the part
    Optional<String> scope = (scopeFromCol.filter(c -> c.equals("BASIC") || c.equals("PROJECT")).isPresent()
        && scopeFromRow.filter("TOTAL"::equals).isPresent() ? scopeFromCol : scopeFromRow).or(() -> scopeFromCol)
        .or(() -> labelValuePair(measureFromCol, rowLabels) || unlabelledStrip(measureFromCol, rowLabels)
            ? Optional.of("TOTAL") : Optional.empty())
        .or(() -> measureFromCol.isPresent() && ownProjectLine(grid, cell) ? Optional.of("TOTAL") : Optional.empty());
    if (measure.isEmpty() || scope.isEmpty()) {
      return Optional.empty();
    }
    BudgetField field = BudgetVocabulary.field(measure.get(), scope.get());
    if (field == null) {
      return Optional.empty();
    }
    boolean rate = field == BudgetField.executionRate;
    if (rate == false && percent) {
      return Optional.empty();
    }
    // a line naming its own unit in a cell of its own (a 单位 column, 亿元 and 万元 mixed, h309) before any note or caption
    Optional<String> lineUnit = rowLabels.stream().map(Names::compact).filter(l -> MoneyUnit.ofSymbol(l).isPresent()).findFirst();
    BigDecimal value = rate ? n : toWanYuan(n, lineUnit.or(() -> unitOf(String.join(" ", all))).orElse(tableUnit));
    int quality = scopeAssumed ? 1 : (measureFromCol.isPresent() == scopeFromRow.isPresent()) ? 2 : 1;
    return Optional.of(new BudgetFact(field, value, cell.text().strip(),
        draft.cell(cell.page(), grid.tableIndex(), cell.row(), cell.col()), ExtractionMethod.TABLE, quality));
  }

  /**
   * A project's own fund line: the one line of figures under a head whose label columns name the project and its unit
   * ("项目名称 | 实施单位 | 年初预算数 | …" over one project's line, the other projects' lines of the sheet left to their
   * own reports, h535). Several lines there are a list of projects, no one budget.
   */
  private static boolean ownProjectLine(TableGrid grid, GridCell cell) {
    int head = -1;
    boolean labelled = false;
    for (int r = cell.row() - 1; r >= 0 && head < 0; r--) {
      for (int c = 0; c < cell.col(); c++) {
        if (grid.isOrigin(r, c) && OwnerHeads.is(grid.text(r, c))) {
          head = r;
        }
      }
    }
    if (head < 0) {
      return false;
    }
    for (int c = 0; c < cell.col(); c++) {
      String t = Names.clean(grid.text(cell.row(), c));
      if (t != null && !Numbers.isFigure(t)) {
        if (!OwnerHeads.is(grid.text(head, c))) {
          return false; // a label under no owner's head: a line of the budget's parts
        }
        labelled = true;
      }
    }
    return labelled && OwnerHeads.onlyLineBelow(grid, head) == cell.row();
  }

  /**
   * A part's line under its whole in a list of measures ("全年预算数 | 486,532,100.00" then "其中：基本支出 | …",
   * "项目支出 | …"): the measure of the nearest line above in the label column that names one, over the part lines
   * between them.
   */
  private Optional<String> measureAbove(TableGrid grid, GridCell cell) {
    for (int r = cell.row() - 1; r >= 0; r--) {
      String label = Names.compact(grid.cellAt(r, 0).text());
      Optional<String> measure = vocabulary.measure(label);
      Optional<String> scope = vocabulary.scope(label);
      if (measure.isPresent()) {
        return scope.isEmpty() || scope.get().equals("TOTAL") ? measure : Optional.empty();
      }
      if (scope.isEmpty() || scope.get().equals("TOTAL")) {
        return Optional.empty(); // a line of something else between: no longer that list
      }
    }
    return Optional.empty();
  }

  /**
   * "资金来源（元） | 合计 | 12,000,000.00 …": the 合计 line of a funding-source block is the whole budget;
   * the block's heading excludes its source lines (中央财政资金 …), not their total.
   */
  private boolean totalOfItsBlock(List<String> rowLabels) {
    return !rowLabels.isEmpty() && !vocabulary.excluded(rowLabels.get(0))
        && vocabulary.scope(rowLabels.get(0)).filter("TOTAL"::equals).isPresent();
  }

  /**
   * "年初预算数 | 6,842.17 | 全年预算数 | 7,306.55 | …": a head block of label–value pairs, each figure
   * right of its measure and no scope named anywhere, is the whole budget's (a 部门整体 form).
   */
  private boolean labelValuePair(Optional<String> measureFromCol, List<String> rowLabels) {
    return measureFromCol.isEmpty() && !rowLabels.isEmpty() && vocabulary.measure(rowLabels.get(0)).isPresent();
  }

  /**
   * "年初预算数（万元） | 全年预算数（万元） | … over one line of figures": a figure under its measure with
   * nothing printed left of it and no scope anywhere is the whole budget's (a budget strip).
   */
  private static boolean unlabelledStrip(Optional<String> measureFromCol, List<String> rowLabels) {
    return measureFromCol.isPresent() && rowLabels.isEmpty();
  }

  private int firstIndicatorHeader(TableGrid grid) {
    for (int r = 0; r < grid.rows(); r++) {
      if (headers.classify(grid, r).isPresent()) {
        return r;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The heading row of a money block printed below the indicators ({@link MoneyHeading}, h170): the rows from it on are
   * budget again. {@code Integer.MAX_VALUE} when there is none.
   */
  private int moneyHeaderBelow(TableGrid grid, int indicatorHeader) {
    for (int r = indicatorHeader == Integer.MAX_VALUE ? grid.rows() : indicatorHeader + 1; r < grid.rows(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < grid.cols(); c++) {
        GridCell cell = grid.cellAt(r, c);
        if (cell.col() == c && cell.row() == r && !cell.text().isBlank()) {
          cells.add(cell.text());
        }
      }
      if (MoneyHeading.is(cells, headers.classify(grid, r).isPresent(), headers)) {
        return r; // the same test that ends the indicator rows there
      }
    }
    return Integer.MAX_VALUE;
  }

  private Optional<String> first(List<String> labels, boolean measure) {
    for (String l : labels) {
      Optional<String> k = measure ? vocabulary.measure(l) : vocabulary.scope(l);
      if (k.isPresent()) {
        return k;
      }
    }
    return Optional.empty();
  }

  /** Two figures in one cell, "816.34/96.04%", under a header naming two measures, "全年执行数/执行率" (h297). */
  private static final Pattern FIGURE_PAIR = Numbers.compile("^({N})[/／]({N})(%?)$");
  private static final Pattern SLASH = Pattern.compile("[/／]");

  /**
   * A cell holding two figures under a column header that names two measures with a slash: each figure is read under
   * its own measure (the first the amount, the second the rate), citing the same cell. Nothing when the header names
   * no such pair.
   */
  private void pairUnderPairedHeader(Matcher pair, GridCell cell, List<String> rowLabels, List<String> colLabels,
      String tableUnit, TableGrid grid, ReportDraft draft, List<BudgetFact> out) {
    if (colLabels.isEmpty()) {
      return;
    }
    String[] measures = SLASH.split(Names.compact(colLabels.getFirst()));
    if (measures.length != 2 || vocabulary.measure(measures[0]).isEmpty() || vocabulary.measure(measures[1]).isEmpty()) {
      return;
    }
    List<String> rest = colLabels.subList(1, colLabels.size());
    for (int k = 0; k < 2; k++) {
      List<String> labels = new ArrayList<>(rest);
      labels.addFirst(measures[k]);
      boolean percent = k == 1 && !pair.group(3).isEmpty();
      fact(Numbers.of(pair.group(k + 1)), percent, cell, rowLabels, labels, tableUnit, grid, draft).ifPresent(out::add);
    }
  }

  /** A column label that is only a year: "2024年度", "2023年度（上年）", "2024年". */
  private static final Pattern YEAR_LABEL = Numbers.compile("^({Y})年度?(?:[（(][^（）()]{1,6}[）)])?$");

  /** The latest year a column of the table is labelled with, or 0 when none is. */
  private static int latestYearLabel(TableGrid grid) {
    int latest = 0;
    for (GridCell c : grid.cells()) {
      Matcher m = YEAR_LABEL.matcher(Names.compact(c.text()));
      if (m.matches()) {
        latest = Math.max(latest, Numbers.of(m.group(1)).intValue());
      }
    }
    return latest;
  }

  /** Whether a cell above it in its column labels it with a year before the table's latest, or with 上年. */
  private static boolean earlierYear(TableGrid grid, GridCell cell, int latest) {
    for (int r = cell.row() - 1; r >= 0; r--) {
      String t = Names.compact(grid.cellAt(r, cell.col()).text());
      Matcher m = YEAR_LABEL.matcher(t);
      if (m.matches() && Numbers.of(m.group(1)).intValue() < latest || t.startsWith("上年") && t.length() <= 4) {
        return true;
      }
    }
    return false;
  }

  /** A cell's label in Chinese (a bilingual form's), a scanned table's with a measure's word misread put right. */
  private String label(TableGrid grid, String text) {
    String t = Names.withoutTranslation(text).strip();
    return grid.method() == org.jixiao.schema.TableMethod.OCR ? vocabulary.spelled(t) : t;
  }

  /** Texts left of the cell in its row, nearest first. */
  private List<String> rowLabels(TableGrid grid, GridCell cell) {
    Set<String> out = new LinkedHashSet<>();
    for (int c = cell.col() - 1; c >= 0; c--) {
      String t = label(grid, grid.text(cell.row(), c)); // a bilingual form's label, in Chinese
      if (t.isEmpty() || Numbers.isFigure(t)) {
        continue;
      }
      if (t.length() <= MAX_LABEL) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Texts above the cell in its column, nearest first, up to the first paragraph-like cell, and
   * above the column's header only while the cells are budget words (a header over two rows): the
   * identity rows above a project's 资金 block ("生均公用经费补助" as its 项目名称) label no column.
   */
  private List<String> colLabels(TableGrid grid, GridCell cell, int top) {
    Set<String> out = new LinkedHashSet<>();
    boolean header = false;
    for (int r = cell.row() - 1; r >= top; r--) {
      GridCell above = grid.cellAt(r, cell.col());
      String t = label(grid, above.text());
      if (t.isEmpty() || above == cell || isDivider(grid, r, above)) {
        continue;
      }
      if (t.length() > MAX_LABEL) {
        break; // a paragraph-like cell: the table's head block, not a column label
      }
      if (Numbers.isFigure(t)) {
        if (header) {
          break; // figures above the column's label are another block's (收入 above 支出, h504): its label is not this one's
        }
        continue;
      }
      boolean budgetWord = vocabulary.measure(t).isPresent() || vocabulary.scope(t).isPresent() || vocabulary.excluded(t);
      if (header && !budgetWord) {
        break;
      }
      header |= budgetWord;
      out.add(t);
    }
    return List.copyOf(out);
  }

  /**
   * "按收入性质分" / "按支出性质分": a row holding one label across the rest of the table divides the
   * block's lines into groups; it labels no column (its words must not exclude the figures below it).
   */
  private static boolean isDivider(TableGrid grid, int r, GridCell label) {
    if (label.row() != r || label.colSpan() < 2 || label.col() + label.colSpan() < grid.cols()) {
      return false;
    }
    for (int c = 0; c < label.col(); c++) {
      GridCell other = grid.cellAt(r, c);
      if (other.row() == r && !other.text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String allText(TableGrid grid) {
    StringBuilder sb = new StringBuilder();
    grid.cells().stream().filter(c -> c.text().length() <= MAX_LABEL).forEach(c -> sb.append(c.text()).append(' '));
    return sb.toString();
  }

  /** A unit printed in the cell after a "金额单位" label cell ("金额单位 | 元", a form exported cell by cell). */
  static Optional<String> unitCell(TableGrid grid) {
    for (GridCell c : grid.cells()) {
      if (Names.compact(c.text()).endsWith("单位") && c.col() + c.colSpan() < grid.cols()) {
        String next = Names.compact(grid.cellAt(c.row(), c.col() + c.colSpan()).text());
        if (next.equals("元") || next.equals("万元") || next.equals("亿元")) {
          return Optional.of(next);
        }
      }
    }
    return Optional.empty();
  }

  static Optional<String> unitOf(String text) {
    Matcher m = UNIT_NOTE.matcher(Names.compact(text));
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** {@code n} printed in {@code unit} (元, 千元, 万元, 百万元, 亿元, or 万 for 万元), in 万元: exact, no rounding. */
  static BigDecimal toWanYuan(BigDecimal n, String unit) {
    return MoneyUnit.ofSymbol(unit.equals("万") ? "万元" : unit)
        .filter(u -> u != MoneyUnit.WAN_YUAN)
        .map(u -> Money.toWanYuan(n, u).orElseThrow().stripTrailingZeros())
        .orElse(n);
  }
}
