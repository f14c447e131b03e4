package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.GradeWords;
import org.jixiao.extract.ReportDraft;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.ValueParser;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * Reads one table: finds its header rows and reads each data row under the header above it, as an
 * indicator row (tables with 三级指标 / 指标名称) or as a first-level subtotal (tables of 一级指标 with
 * 权重 and 得分). Totals (合计, 总分) and grades (绩效等级) found on the way are reported too.
 */
final class IndicatorTableReader {
  private final TableGrid grid;
  private final ReportDraft draft;
  private final HeaderClassifier classifier;
  private final TotalLabels labels;
  private final GradeWords gradeWords;
  private @Nullable HeaderRow header;
  private int maxCodeDepth;
  private final GroupTrail groups = new GroupTrail();
  private final TableContext previous;
  private final SummaryRowReader summaries;

  IndicatorTableReader(TableGrid grid, ReportDraft draft, HeaderClassifier classifier, TotalLabels labels,
      GradeWords gradeWords, TableContext previous) {
    this.grid = grid;
    this.draft = draft;
    this.classifier = classifier;
    this.labels = labels;
    this.gradeWords = gradeWords;
    this.previous = previous;
    this.summaries = new SummaryRowReader(grid, draft, labels, gradeWords);
  }

  /** Reads the table; returns what the next table may continue. */
  TableContext read() {
    int firstHeader = -1;
    for (int r = 0; r < grid.rows() && firstHeader < 0; r++) {
      if (classifier.classify(grid, r).isPresent()) {
        firstHeader = r;
      }
    }
    if (firstHeader == 0 && previous.header() != null
        && classifier.classify(grid, 0).map(h -> h.sameLayout(previous.header())).orElse(false)) {
      // the header repeated after a page break: the merged group cells above continue here
      groups.continueFrom(previous);
    }
    HeaderInheritance.adopt(grid, previous, firstHeader).ifPresent(h -> {
      header = h;
      groups.continueFrom(previous);
    });
    for (int r = 0; r < grid.rows(); r++) {
      var h = classifier.classify(grid, r);
      if (h.isPresent()) {
        if (header != null && h.get().sameLayout(header)) {
          draft.reject(WarningCode.HEADER_REPEATED, "header row repeated", ref(r, 0));
        } else {
          header = h.get();
          maxCodeDepth = maxCodeDepthBelow(r);
          groups.newHeader();
        }
        continue;
      }
      if (header == null) {
        continue;
      }
      if (summaries.read(r, header)) {
        continue;
      }
      if (header.isIndicatorTable()) {
        indicatorRow(r, header);
      } else {
        sectionRow(r, header);
      }
    }
    if (header == null || !header.isIndicatorTable()) {
      return previous.header() == null ? TableContext.NONE : previous;
    }
    return groups.context(header, grid.cols());
  }

  /**
   * A row to re-read with {@link RowRepair}: it does not read as an indicator, its name looks like
   * a value (≤400万元), or it has only one of weight and score while a full pair stands elsewhere.
   */
  private boolean needsRepair(int r, HeaderRow h) {
    if (!readsAsIndicator(grid, r, h) || RowRepair.looksLikeValue(nameText(r, h))) {
      return true;
    }
    var w = TableCells.weight(grid, r, h.column(ColumnRole.WEIGHT), h.percentWeights()).value();
    var s = TableCells.number(grid, r, h.column(ColumnRole.SCORE)).value();
    if ((w == null) == (s == null)) {
      return false;
    }
    return RowRepair.realign(grid, r, h)
        .filter(m -> !m.column(ColumnRole.SCORE).equals(h.column(ColumnRole.SCORE)))
        .isPresent();
  }

  private String nameText(int r, HeaderRow h) {
    Integer nameCol = h.has(ColumnRole.LEVEL3) ? h.column(ColumnRole.LEVEL3) : h.column(ColumnRole.NAME);
    return nameCol == null ? "" : grid.text(r, nameCol);
  }

  /** Whether row {@code r} reads as an indicator under {@code h}: a name, and a weight or a score. */
  static boolean readsAsIndicator(TableGrid grid, int r, HeaderRow h) {
    Integer nameCol = h.has(ColumnRole.LEVEL3) ? h.column(ColumnRole.LEVEL3) : h.column(ColumnRole.NAME);
    if (nameCol == null) {
      return false;
    }
    String name = grid.text(r, nameCol).strip();
    if (name.isEmpty() || TableCells.isNumeric(name) || name.matches("(?s).*[；;%].*")) {
      return false; // a figure or a rule's clauses, not an indicator's name
    }
    var w = TableCells.weight(grid, r, h.column(ColumnRole.WEIGHT), h.percentWeights());
    var s = TableCells.number(grid, r, h.column(ColumnRole.SCORE));
    return !w.unparsed() && !s.unparsed() && (w.value() != null || s.value() != null);
  }

  private void gradeStatement(String printed, int r, int c) {
    summaries.grade(printed, r, c);
  }

  private void indicatorRow(int r, HeaderRow standard) {
    HeaderRow h = standard;
    if (needsRepair(r, standard)) {
      h = RowRepair.candidates(grid, r, standard).stream()
          .filter(m -> readsAsIndicator(grid, r, m) && !RowRepair.looksLikeValue(nameText(r, m)))
          .findFirst()
          .orElse(standard);
    }
    Integer nameCol = h.has(ColumnRole.LEVEL3) ? h.column(ColumnRole.LEVEL3) : h.column(ColumnRole.NAME);
    GridCell nameCell = grid.cellAt(r, nameCol);
    if (spansInto(nameCell, h.column(ColumnRole.WEIGHT)) || spansInto(nameCell, h.column(ColumnRole.SCORE))) {
      return; // a note or caption merged across the row
    }
    LevelName name = LevelName.parse(nameCell.text());
    var weight = TableCells.weight(grid, r, h.column(ColumnRole.WEIGHT), h.percentWeights());
    var score = TableCells.number(grid, r, h.column(ColumnRole.SCORE));
    if (nameCell.row() != r) {
      if (weight.value() != null || score.value() != null) {
        draft.reject(WarningCode.CONTINUATION_ROW, "name cell continues from row " + nameCell.row(), ref(r, nameCol));
      }
      return;
    }
    if (name.name().isEmpty()) {
      if (weight.value() != null || score.value() != null) {
        draft.reject(WarningCode.ROW_WITHOUT_NAME, "scored row without an indicator name", ref(r, nameCol));
      }
      return;
    }
    if (isGroupRow(h, name)) {
      return;
    }
    if (isNumberedGroup(r, h, nameCell)) {
      // "一 | 决策 | 20 | … | 17.5": a first-level group with its subtotal, above its indicators
      String group = LevelName.withoutOrdinal(name.name());
      groups.set(GroupTrail.Field.LEVEL1, group);
      draft.section(new Section(group, weight.value(), score.value(), ref(r, nameCol), ExtractionMethod.TABLE));
      return;
    }
    for (var n : List.of(weight, score)) {
      if (n.unparsed()) {
        draft.reject(WarningCode.UNPARSED_NUMBER, "not a number: '" + n.raw() + "'", ref(r, nameCol));
      }
    }
    if (weight.value() == null && score.value() == null) {
      draft.reject(WarningCode.ROW_WITHOUT_SCORES, "row '" + name.name() + "' has neither weight nor score", ref(r, nameCol));
      return;
    }
    Map<IndicatorField, SourceRef> sources = new LinkedHashMap<>();
    String goalCell = TableCells.value(grid, r, h.column(ColumnRole.GOAL));
    // a name cell merged across the group columns states no group of its own
    String level1Cell = sameCell(nameCell, r, h.column(ColumnRole.LEVEL1)) ? null : groupName(r, h.column(ColumnRole.LEVEL1));
    String level2Cell = sameCell(nameCell, r, h.column(ColumnRole.LEVEL2)) ? null : groupName(r, h.column(ColumnRole.LEVEL2));
    // a blank group cell continues the group above (a merge the format did not keep); the value keeps
    // the place it was read from
    String goal = groups.resolve(GroupTrail.Field.GOAL, goalCell, cellRef(r, h.column(ColumnRole.GOAL)),
        standard.has(ColumnRole.GOAL), sources);
    String level1 = groups.resolve(GroupTrail.Field.LEVEL1, level1Cell, cellRef(r, h.column(ColumnRole.LEVEL1)),
        standard.has(ColumnRole.LEVEL1), sources);
    String level2 = groups.resolve(GroupTrail.Field.LEVEL2, level2Cell, cellRef(r, h.column(ColumnRole.LEVEL2)),
        standard.has(ColumnRole.LEVEL2), sources);
    level1Weight(r, h, level1);
    String code = name.code() != null ? name.code() : TableCells.value(grid, r, h.column(ColumnRole.CODE));
    String target = TableCells.value(grid, r, h.column(ColumnRole.TARGET));
    String actual = TableCells.value(grid, r, h.column(ColumnRole.ACTUAL));
    sources.put(IndicatorField.level3, ref(r, nameCol));
    put(sources, IndicatorField.target, r, h.column(ColumnRole.TARGET));
    put(sources, IndicatorField.actual, r, h.column(ColumnRole.ACTUAL));
    put(sources, IndicatorField.weight, r, h.column(ColumnRole.WEIGHT));
    put(sources, IndicatorField.score, r, h.column(ColumnRole.SCORE));
    put(sources, IndicatorField.rule, r, h.column(ColumnRole.RULE));
    IndicatorRow row = new IndicatorRow(
        goal, code, level1, level2, name.name(),
        target, actual, weight.value(), score.value(),
        target == null ? null : ValueParser.parse(target), actual == null ? null : ValueParser.parse(actual),
        TableCells.value(grid, r, h.column(ColumnRole.RULE)), TableCells.value(grid, r, h.column(ColumnRole.DEVIATION)),
        null, ref(r, nameCol), ExtractionMethod.TABLE, sources, List.of());
    draft.row(row, h.columns().size(), grid.tableIndex());
  }

  private static final java.util.regex.Pattern CHINESE_ORDINAL = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+[、.．]?$");
  private static final java.util.regex.Pattern CHINESE_ORDINAL_PREFIX = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+[、.．]");

  /**
   * A first-level group row of a flat numbered table: its 序号 is a Chinese numeral (一, 二) where
   * the indicators are numbered 1, 2…, or its name starts with one (一、决策). Only in tables
   * without a 一级指标 column, where nothing else states the group.
   */
  private boolean isNumberedGroup(int r, HeaderRow h, GridCell nameCell) {
    if (h.has(ColumnRole.LEVEL1)) {
      return false;
    }
    Integer seq = h.column(ColumnRole.SEQ);
    if (seq != null && CHINESE_ORDINAL.matcher(grid.text(r, seq).strip()).matches()) {
      return true;
    }
    return CHINESE_ORDINAL_PREFIX.matcher(nameCell.text().strip()).find();
  }

  /** 指标名称 tables list groups (A1部门职能) above their indicators (A11…): remember, don't emit. */
  private boolean isGroupRow(HeaderRow h, LevelName name) {
    if (h.has(ColumnRole.LEVEL3) || name.code() == null || maxCodeDepth < 2 || name.code().length() >= maxCodeDepth) {
      return false;
    }
    if (name.code().length() == maxCodeDepth - 1) {
      groups.set(GroupTrail.Field.LEVEL2, name.name());
    } else if (name.code().length() == maxCodeDepth - 2) {
      groups.set(GroupTrail.Field.LEVEL1, name.name());
    }
    return true;
  }

  private int maxCodeDepthBelow(int headerRow) {
    Integer nameCol = header.column(ColumnRole.NAME);
    if (nameCol == null || header.has(ColumnRole.LEVEL3)) {
      return 0;
    }
    int max = 0;
    for (int r = headerRow + 1; r < grid.rows(); r++) {
      String code = LevelName.parse(grid.text(r, nameCol)).code();
      if (code != null) {
        max = Math.max(max, code.length());
      }
    }
    return max;
  }

  /** The group name this row's own cell states, or null. */
  private @Nullable String groupName(int r, @Nullable Integer col) {
    String t = TableCells.value(grid, r, col);
    if (t == null || !looksLikeGroupName(t)) {
      return null;
    }
    String n = LevelName.withoutOrdinal(LevelName.parse(t).name());
    return n.isEmpty() ? null : n;
  }

  /** A figure, a percentage or a list of clauses in a group column is a shifted cell, not a group name. */
  private static boolean looksLikeGroupName(String t) {
    return !TableCells.isNumeric(t) && !t.matches(".*[；;%].*");
  }

  /** 一级指标 "A部门决策(10分)" or a 权重 column beside it states the first-level weight. */
  private void level1Weight(int r, HeaderRow h, @Nullable String level1) {
    if (level1 == null || h.column(ColumnRole.LEVEL1) == null) {
      return;
    }
    GridCell cell = grid.cellAt(r, h.column(ColumnRole.LEVEL1));
    if (cell.row() != r) {
      return; // stated once, on the first row of the merge
    }
    BigDecimal w = LevelName.parse(cell.text()).weight();
    SourceRef where = ref(r, h.column(ColumnRole.LEVEL1));
    if (w == null && h.column(ColumnRole.LEVEL1_WEIGHT) != null) {
      w = TableCells.number(grid, r, h.column(ColumnRole.LEVEL1_WEIGHT)).value();
      where = ref(r, h.column(ColumnRole.LEVEL1_WEIGHT));
    }
    if (w != null) {
      draft.section(new Section(level1, w, null, where, ExtractionMethod.TABLE));
    }
  }

  private void sectionRow(int r, HeaderRow h) {
    Integer nameCol = h.has(ColumnRole.LEVEL1) ? h.column(ColumnRole.LEVEL1) : h.column(ColumnRole.GOAL);
    String label = TableCells.value(grid, r, nameCol);
    if (label == null || grid.cellAt(r, nameCol).row() != r) {
      return;
    }
    var weight = TableCells.weight(grid, r, h.column(ColumnRole.WEIGHT), h.percentWeights()).value();
    var score = TableCells.number(grid, r, h.column(ColumnRole.SCORE)).value();
    if (weight == null && score == null) {
      return;
    }
    String name = LevelName.withoutOrdinal(LevelName.parse(label).name());
    draft.section(new Section(name, weight, score, ref(r, nameCol), ExtractionMethod.TABLE));
    Integer gradeCol = h.column(ColumnRole.GRADE);
    if (gradeCol != null && grid.cellAt(r, gradeCol).row() == r && !grid.text(r, gradeCol).isBlank()) {
      gradeStatement(grid.text(r, gradeCol), r, gradeCol);
    }
  }

  private boolean sameCell(GridCell cell, int r, @Nullable Integer col) {
    return col != null && grid.cellAt(r, col) == cell;
  }

  private static boolean spansInto(GridCell cell, @Nullable Integer col) {
    return col != null && col != cell.col() && cell.covers(cell.row(), col);
  }

  private void put(Map<IndicatorField, SourceRef> sources, IndicatorField field, int r, @Nullable Integer col) {
    if (col != null && !grid.text(r, col).isBlank()) {
      sources.put(field, ref(r, col));
    }
  }

  private @Nullable SourceRef cellRef(int r, @Nullable Integer col) {
    return col == null ? null : ref(r, col);
  }

  private SourceRef ref(int r, @Nullable Integer col) {
    int c = col == null ? 0 : col;
    return draft.cell(grid.pageOfRow(r), grid.tableIndex(), r, c);
  }

}
