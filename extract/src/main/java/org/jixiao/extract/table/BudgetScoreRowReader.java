package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.schema.IndicatorField;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.ValueParser;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The scored budget-execution line of a table's head block (部门预算金额 / 年度资金总额 with its own
 * 分值 and 得分 beside 预算数, 执行数 and 执行率). Per FORMAT.md it is an indicator row: level3 is its
 * label as printed (without a unit note such as (万元)), actual the execution rate as printed. Three
 * layouts: a labelled line under the fund header; a strip whose only line has no label (年初预算数 |
 * … | 预算执行率 | 分值 | 得分 over one line of figures), named by its rate column; and label/value
 * pairs ("预算执行分值 | 10 | 预算执行得分 | 9.63"), named by what the two labels share.
 */
final class BudgetScoreRowReader {
  private static final List<String> BUDGET_WORDS = List.of("预算", "执行数", "支出数", "执行率");
  /** What the stem of a scored pair names when it scores the budget (预算执行, 资金执行). */
  private static final List<String> PAIR_WORDS = List.of("预算", "资金", "执行");
  private static final List<String> RATE_WORDS = List.of("执行率", "完成率");

  private final TableRows table;
  private final HeaderClassifier classifier;
  private final Consumer<RowCandidate> out;

  BudgetScoreRowReader(TableRows table, HeaderClassifier classifier, Consumer<RowCandidate> out) {
    this.table = table;
    this.classifier = classifier;
    this.out = out;
  }

  void read() {
    int end = table.firstHeader() < 0 ? table.size() : table.firstHeader();
    List<TableRow> block = table.rows().subList(0, end); // budget lines precede the indicator table
    for (TableRow row : block) {
      if (readPairs(row, block) || readRateLine(row)) {
        continue;
      }
      Integer joint = jointColumn(row);
      if (joint != null && mentionsBudget(row)) {
        readJoint(row, joint, JointScore.header(row.printed(joint)).orElseThrow(), block);
        continue;
      }
      boolean weighed = isFundHeader(row, classifier);
      if (!weighed && !isFundHeaderWeighingInLabels(row, classifier)) {
        continue;
      }
      Integer weightCol = column(row, ColumnRole.WEIGHT).orElse(null);
      Optional<Integer> scoreCol = column(row, ColumnRole.SCORE);
      Integer rateCol = rateColumn(row);
      for (TableRow line : table.rows().subList(row.index() + 1, table.size())) {
        if (line.isUnitNotes() || line.isBlank()) {
          continue; // the head's own second line of units; another project's line left blank (h535)
        }
        int labelCol = labelColumn(line);
        // "年度资金总额（10分）" under a head with 得分 and no 分值 (h321): the line's weight is in its label
        BigDecimal weight = weightCol != null ? line.number(weightCol).value()
            : labelCol < 0 ? null : LevelName.parse(line.printed(labelCol)).weight();
        BigDecimal score = line.number(scoreCol.get()).value();
        if (weight == null) {
          if (score == null) {
            break;
          }
          continue; // a sub-line (资金来源, 资金结构) without its own weight
        }
        emit(row, line, weightCol != null ? weightCol : labelCol, scoreCol.get(), rateCol, weight, score);
      }
    }
  }

  /** The line's label: its last text cell before its first figure, or -1. */
  private static int labelColumn(TableRow line) {
    int labelCol = -1;
    for (int c = 0; c < line.cols(); c++) {
      if (line.isFigure(c)) {
        break;
      }
      if (!line.text(c).isEmpty()) {
        labelCol = c;
      }
    }
    return labelCol;
  }

  private void emit(TableRow fundHeader, TableRow line, int weightCol, int scoreCol, @Nullable Integer rateCol, BigDecimal weight, @Nullable BigDecimal score) {
    int labelCol = labelColumn(line);
    // a strip of figures with no label of its own is named by the column of its rate
    TableRow named = labelCol < 0 && rateCol != null ? fundHeader : line;
    int nameCol = labelCol < 0 && rateCol != null ? rateCol : labelCol;
    if (nameCol < 0 || (labelCol < 0 && !line.isFigure(0))) {
      return;
    }
    Cell rate = rateCol == null ? null : rateCell(fundHeader, line, rateCol);
    // a project's own line, labelled by its project and unit: named by its block's heading, where the name is printed
    FundHeading heading = labelCol >= 0 && OwnerHeads.is(fundHeader.printed(labelCol)) ? fundHeading(fundHeader) : null;
    emit(heading != null ? heading.name() : withoutUnit(named.printed(nameCol)),
        heading != null ? heading.row().ref(heading.col()) : named.ref(nameCol),
        new Cell(line.text(weightCol), line.ref(weightCol)), weight,
        new Cell(line.text(scoreCol), line.ref(scoreCol)), score, rate, null, null, code(fundHeader, line, labelCol));
  }

  /**
   * The line's 编号 when the head has a code column left of the label ("ZJ-1 | 年度资金总额 | …", h495): the key a
   * rules sheet uses for the line.
   */
  private @Nullable Cell code(TableRow fundHeader, TableRow line, int labelCol) {
    Integer col = column(fundHeader, ColumnRole.CODE).orElse(null);
    if (col == null || col >= labelCol || !line.isOrigin(col) || line.isFigure(col)) {
      return null;
    }
    String code = line.value(col);
    return code == null ? null : new Cell(code, line.ref(col));
  }

  /**
   * "分值/得分" (or "得分/分值") heading one column whose cells print both ("10/9.35"), in the header's order, on each
   * line that prints such a pair.
   */
  private void readJoint(TableRow header, int col, JointScore.Order order, List<TableRow> block) {
    Integer rateCol = rateColumn(header);
    // within the budget block: the indicator table below may print pairs in the same column
    for (TableRow line : block.subList(block.indexOf(header) + 1, block.size())) {
      Optional<JointScore.Pair> pair = JointScore.value(line.text(col), order);
      if (pair.isEmpty()) {
        if (line.text(col).isEmpty() || line.isFigure(col)) {
          break;
        }
        continue; // a sub-line (资金来源) prints "—" there
      }
      BigDecimal weight = pair.get().weight();
      BigDecimal score = pair.get().score();
      int labelCol = -1;
      for (int c = 0; c < line.cols() && !line.isFigure(c); c++) {
        labelCol = line.text(c).isEmpty() ? labelCol : c;
      }
      if (labelCol < 0 && rateCol == null) {
        return;
      }
      Cell rate = rateCol == null ? null : rateCell(header, line, rateCol);
      Cell both = new Cell(line.text(col), line.ref(col));
      // a strip of figures with no label of its own is named by the column of its rate, as emit() names it
      TableRow named = labelCol < 0 ? header : line;
      int nameCol = labelCol < 0 ? rateCol : labelCol;
      emit(withoutUnit(named.printed(nameCol)), named.ref(nameCol), both, weight, both, score, rate);
    }
  }

  /**
   * The rate as printed under the rate column; under a header naming two measures with a slash ("全年执行数/执行率" over
   * "816.34/96.04%", h297) the half of the cell in the rate's place.
   */
  private static Cell rateCell(TableRow header, TableRow line, int rateCol) {
    String value = line.value(rateCol);
    String[] heads = header.printed(rateCol).split("[/／]", -1);
    if (value != null && heads.length == 2) {
      String[] halves = value.split("[/／]", -1);
      int at = RATE_WORDS.stream().anyMatch(heads[1]::contains) ? 1 : 0;
      if (halves.length == 2 && !halves[at].isBlank()) {
        return new Cell(halves[at].strip(), line.ref(rateCol));
      }
    }
    return new Cell(value, line.ref(rateCol));
  }

  /** The column whose header names the weight and the score together ("分值/得分", "分值及得分"), or null. */
  private static @Nullable Integer jointColumn(TableRow row) {
    for (int c = 0; c < row.cols(); c++) {
      if (row.isOrigin(c) && JointScore.header(row.printed(c)).isPresent()) {
        return c;
      }
    }
    return null;
  }

  /** A printed value and where it stands. */
  private record Cell(@Nullable String text, SourceRef ref) {}

  private void emit(@Nullable String label, SourceRef labelRef, Cell weightCell, BigDecimal weight, Cell scoreCell,
      @Nullable BigDecimal score, @Nullable Cell rate) {
    emit(label, labelRef, weightCell, weight, scoreCell, score, rate, null, null, null);
  }

  private void emit(@Nullable String label, SourceRef labelRef, Cell weightCell, BigDecimal weight, Cell scoreCell,
      @Nullable BigDecimal score, @Nullable Cell rate, @Nullable Cell targetCell, @Nullable Cell ruleCell,
      @Nullable Cell codeCell) {
    if (label == null) {
      return;
    }
    String actual = rate == null ? null : rate.text();
    String target = targetCell == null ? null : targetCell.text();
    Map<IndicatorField, SourceRef> sources = new LinkedHashMap<>();
    sources.put(IndicatorField.level3, labelRef);
    sources.put(IndicatorField.weight, weightCell.ref());
    sources.put(IndicatorField.score, scoreCell.ref());
    if (actual != null) {
      sources.put(IndicatorField.actual, rate.ref());
    }
    if (target != null) {
      sources.put(IndicatorField.target, targetCell.ref());
    }
    String rule = ruleCell == null ? null : ruleCell.text();
    if (rule != null) {
      sources.put(IndicatorField.rule, ruleCell.ref());
    }
    if (codeCell != null) {
      sources.put(IndicatorField.code, codeCell.ref());
    }
    String code = codeCell == null ? null : codeCell.text();
    IndicatorRow row = new IndicatorRow(null, code, null, null, label, target, actual, weight, score,
        target == null ? null : ValueParser.parse(target), actual == null ? null : ValueParser.parse(actual), rule, null, null,
        labelRef, ExtractionMethod.TABLE, sources, List.of());
    out.accept(RowCandidate.ofTable(row, 3, table.tableIndex()));
  }

  /** The label without a unit note ((万元)) or a weight note ((10分)). */
  private static @Nullable String withoutUnit(String printed) {
    String clean = Names.clean(printed.replaceAll("[(（][^()（）]*元[^()（）]*[)）]", ""));
    if (clean == null) {
      return null;
    }
    LevelName name = LevelName.parse(clean);
    return name.weight() != null ? name.name() : clean;
  }

  /**
   * "预算执行分值 | 10 | 预算执行得分 | 9.63": a fund block printed as label/value pairs scores its
   * execution on one line; the indicator is what the two labels share (预算执行), its actual the
   * block's 执行率 pair. True when {@code row} was that line.
   */
  private boolean readPairs(TableRow row, List<TableRow> block) {
    Integer w = pairLabel(row, ColumnRole.WEIGHT, false);
    Integer s = pairLabel(row, ColumnRole.SCORE, false);
    boolean bare = false;
    if ((w == null || s == null) && fundBlock(row)) {
      // "资金执行情况（万元） | 分值 | 10 | 得分 | 9.6": bare words in a fund block, the row named by its rate label
      w = pairLabel(row, ColumnRole.WEIGHT, true);
      s = pairLabel(row, ColumnRole.SCORE, true);
      bare = true;
    }
    if (w == null || s == null) {
      return false;
    }
    Cell rate = null;
    String rateLabel = null;
    for (TableRow line : block) {
      for (int c = 0; c < line.cols() && rate == null; c++) {
        String label = Names.compact(line.printed(c));
        Integer v = line.isOrigin(c) && RATE_WORDS.stream().anyMatch(label::contains) ? valueOf(line, c) : null;
        if (v != null && line.text(v).endsWith("%")) {
          rate = new Cell(line.value(v), line.ref(v));
          rateLabel = Names.label(line.printed(c));
        }
      }
    }
    String name = bare ? bareName(row, rateLabel) : sharedStem(Names.label(row.printed(w)), Names.label(row.printed(s)));
    BigDecimal weight = row.number(valueOf(row, w)).value();
    if (name == null || PAIR_WORDS.stream().noneMatch(name::contains) || weight == null) {
      return false;
    }
    int wv = valueOf(row, w);
    int sv = valueOf(row, s);
    emit(name, row.ref(w), new Cell(row.text(wv), row.ref(wv)), weight, new Cell(row.text(sv), row.ref(sv)),
        row.number(sv).value(), rate);
    return true;
  }

  /**
   * A line naming the budget's rate with its target and actual, then a bare 分值 and two figures, its weight and its
   * score ("预算执行 | 基金支出预算执行率 | ≥95% | 99.46% | 分值 | 10 | 9.95 | 得分＝执行率×10", a 社会保险基金's form, h476), and
   * the rule after them when it states how the score is got.
   */
  private boolean readRateLine(TableRow row) {
    Integer w = pairLabel(row, ColumnRole.WEIGHT, true);
    Integer wv = w == null ? null : valueOf(row, w);
    Integer sv = wv == null ? null : valueOf(row, wv);
    if (sv == null || !row.isFigure(sv)) {
      return false;
    }
    Integer name = null;
    List<Integer> rates = new ArrayList<>();
    for (int c = 0; c < w; c++) {
      if (!row.isOrigin(c)) {
        continue;
      }
      if (!row.isFigure(c) && RATE_WORDS.stream().anyMatch(Names.compact(row.printed(c))::contains) && !row.text(c).contains("%")) {
        name = c;
        rates.clear();
      } else if (name != null && row.text(c).endsWith("%")) {
        rates.add(c);
      }
    }
    BigDecimal weight = row.number(wv).value();
    if (name == null || rates.isEmpty() || weight == null) {
      return false;
    }
    int actual = rates.getLast();
    Cell target = rates.size() > 1 ? new Cell(row.text(rates.get(rates.size() - 2)), row.ref(rates.get(rates.size() - 2))) : null;
    Integer after = valueOf(row, sv);
    String rule = after != null && row.text(after).contains("得分") ? row.text(after) : null; // "得分＝执行率×10"
    emit(withoutUnit(row.printed(name)), row.ref(name), new Cell(row.text(wv), row.ref(wv)), weight,
        new Cell(row.text(sv), row.ref(sv)), row.number(sv).value(), new Cell(row.text(actual), row.ref(actual)), target,
        rule == null ? null : new Cell(rule, row.ref(after)), null);
    return true;
  }

  /**
   * The column of a label cell of {@code role} followed by a figure: "预算执行分值", not the bare header word, unless
   * {@code bare} (inside a fund block, where 分值 | 10 | 得分 | 9.6 is the block's own score).
   */
  private @Nullable Integer pairLabel(TableRow row, ColumnRole role, boolean bare) {
    for (int c = 0; c < row.cols(); c++) {
      if (row.isOrigin(c) && !row.isFigure(c)) {
        var match = classifier.match(row.printed(c));
        Integer v = valueOf(row, c);
        if (match.isPresent() && match.get().role() == role && (bare || !match.get().exact()) && v != null && row.isFigure(v)) {
          return c;
        }
      }
    }
    return null;
  }

  /** "一、年度资金总额执行情况": a fund block's heading, its outline number and 执行情况 aside. */
  private static final Pattern FUND_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])?\\s*"
      + "(?<name>[\\p{IsHan}]{2,12}?(?:资金总额|资金|预算))(?:执行情况|使用情况|情况)?[:：]?$");

  /** A fund block's heading: the row and column it is printed in, and the fund line's name it gives. */
  private record FundHeading(TableRow row, int col, String name) {}

  /**
   * The heading of a project's own fund block (项目名称 | 实施单位 | … over one project's line, h535) in the two rows above
   * its head ("一、年度资金总额执行情况" → 年度资金总额); null when none is printed there.
   */
  private @Nullable FundHeading fundHeading(TableRow fundHeader) {
    for (int i = fundHeader.index() - 1; i >= 0 && i >= fundHeader.index() - 2; i--) {
      TableRow above = table.rows().get(i);
      for (int c = 0; c < above.cols(); c++) {
        Matcher m = FUND_HEADING.matcher(Names.compact(above.printed(c)));
        if (above.isOrigin(c) && m.matches()) {
          return new FundHeading(above, c, m.group("name"));
        }
      }
    }
    return null;
  }

  /**
   * The name of a fund block's scored line: the block's own label where it names the fund line (年度资金总额), the
   * rate's label where the block's label is a heading (资金执行情况（万元） → 预算执行率).
   */
  private static @Nullable String bareName(TableRow row, @Nullable String rateLabel) {
    String block = Names.label(row.printed(0));
    return block.contains("情况") || block.isEmpty() ? rateLabel : block;
  }

  /** Whether the row sits in a fund block: its first cell, merged down the block, names funds (资金执行情况（万元）). */
  private static boolean fundBlock(TableRow row) {
    String first = Names.compact(row.printed(0));
    return !row.isFigure(0) && (first.contains("资金") || first.contains("预算"));
  }

  /** The column of the first cell right of the (possibly merged) cell at {@code col}, or null at the row's end. */
  private static @Nullable Integer valueOf(TableRow row, int col) {
    int next = row.cellAt(col).col() + row.cellAt(col).colSpan();
    return next < row.cols() ? next : null;
  }

  /** The common beginning of two labels, when it is at least two characters (预算执行分值 / 预算执行得分 → 预算执行). */
  private static @Nullable String sharedStem(String a, String b) {
    int n = 0;
    while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n >= 2 ? a.substring(0, n) : null;
  }

  /**
   * 资金情况 head: a row naming budget figures (预算数, 执行数, 执行率) beside their own 分值 and 得分
   * columns, that is no indicator header itself.
   */
  /** A money block's heading below the indicators ({@link MoneyHeading}). */
  static boolean isMoneyHeader(TableRow row, HeaderClassifier classifier) {
    List<String> cells = new java.util.ArrayList<>();
    for (int c = 0; c < row.cols(); c++) {
      if (row.isOrigin(c) && !row.text(c).isEmpty()) {
        cells.add(row.printed(c));
      }
    }
    return MoneyHeading.is(cells, row.header() != null, classifier);
  }

  static boolean isFundHeader(TableRow row, HeaderClassifier classifier) {
    return row.header() == null && column(row, classifier, ColumnRole.WEIGHT).isPresent()
        && column(row, classifier, ColumnRole.SCORE).isPresent() && mentionsBudget(row);
  }

  /** A 资金情况 head with its own 得分 column and no 分值: each line's weight is a note in its label ("年度资金总额（10分）"). */
  private static boolean isFundHeaderWeighingInLabels(TableRow row, HeaderClassifier classifier) {
    return row.header() == null && column(row, classifier, ColumnRole.WEIGHT).isEmpty()
        && column(row, classifier, ColumnRole.SCORE).isPresent() && mentionsBudget(row);
  }

  private Optional<Integer> column(TableRow row, ColumnRole role) {
    return column(row, classifier, role);
  }

  private static Optional<Integer> column(TableRow row, HeaderClassifier classifier, ColumnRole role) {
    for (int c = 0; c < row.cols(); c++) {
      if (row.isOrigin(c) && classifier.roleOf(row.printed(c)).orElse(null) == role) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean mentionsBudget(TableRow row) {
    for (int c = 0; c < row.cols(); c++) {
      String t = Names.compact(row.printed(c));
      if (BUDGET_WORDS.stream().anyMatch(t::contains)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Integer rateColumn(TableRow row) {
    for (int c = 0; c < row.cols(); c++) {
      String t = Names.compact(row.printed(c));
      if (row.isOrigin(c) && RATE_WORDS.stream().anyMatch(t::contains)) {
        return c;
      }
    }
    return null;
  }
}
