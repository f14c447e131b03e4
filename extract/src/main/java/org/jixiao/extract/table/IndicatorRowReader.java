package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.extract.table.CellValue.NumberCell;
import org.jixiao.ingest.GridCell;
import org.jixiao.schema.Comparator;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Section;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Names;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads one data row of an indicator table (三级指标 / 指标名称) under its header: re-reads a
 * shifted row with {@link RowRepair}, takes group rows (A1部门职能, 一、决策) as the groups of the
 * rows below, and emits the rest as indicator rows with the place of each field. Rows that cannot
 * be indicators are counted as {@link org.jixiao.schema.WarningCode}s.
 */
final class IndicatorRowReader {
  private static final Pattern SEQUENCE_CODE = Pattern.compile(Outline.NUMBERED_CODE);
  private static final Pattern COMPARISON = Pattern.compile("\\s*(?:≥|≤|>|<|＞|＜|>=|<=)\\s*");
  /** A figure with nothing after it, perhaps after its comparison ("≥42" over 公里 in a 计量单位 column, h324). */
  private static final Pattern BARE_FIGURE = Numbers.compile("\\s*(?:[≥≤<>＞＜=]\\s*)?{N}\\s*");
  private static final Pattern LEADING_SEQUENCE = Numbers.compile("\\s*" + Outline.DIGITS + "[\\s\u3000]+(?=\\S)");
  private static final Pattern CHINESE_ORDINAL = Pattern.compile("^[一二三四五六七八九十]+[、.．]?$");
  private static final Pattern CHINESE_ORDINAL_PREFIX = Pattern.compile("^" + Outline.CHINESE);
  /** Three levels in one name cell, slash-separated, the first a 一级 group: "产出指标/数量指标/培训人次". */
  private static final Pattern LEVEL_PATH = Pattern.compile("^(\\p{IsHan}{2,6}指标)\\s*[/／]\\s*([^/／]{2,12}?)\\s*[/／]\\s*([^/／]{2,})$");
  /** A name ending in a bracket: "老旧小区改造（数量指标）". */
  private static final Pattern CATEGORY_AFTER = Pattern.compile("^(.{2,}?)\\s*[（(]([^（）()]{2,12})[)）]$");
  /** The common 二级 names of the national frameworks (the prose strategy's list). */
  private static final Set<String> LEVEL2_NAMES = FrameworkLevels.LEVEL2;
  /** The 一级 names of the national frameworks: a row named so in a table without a 一级 column is that group. */
  private static final Set<String> LEVEL1_NAMES = FrameworkLevels.LEVEL1;
  private static final Pattern ONE_LINE_CLAUSES = Pattern.compile(".*[；;%].*");

  /** The table numbers its levels by dotted codes set off by a blank (1 / 1.1 / 1.1.1, h332). */
  private boolean dottedOutline;
  private final ReportDraft draft;
  private final GroupTrail groups;
  private final int table;
  private final Consumer<RowCandidate> out;
  private final DottedCodes dottedCodes = new DottedCodes();

  IndicatorRowReader(ReportDraft draft, GroupTrail groups, int table, Consumer<RowCandidate> out) {
    this.draft = draft;
    this.groups = groups;
    this.table = table;
    this.out = out;
  }

  /**
   * Reads {@code row} under {@code standard}, the header above it; {@code maxCodeDepth} is the
   * deepest code (A11 = 3) in the table's 指标名称 column, 0 when it has none.
   */
  void read(TableRow row, HeaderRow standard, int maxCodeDepth) {
    HeaderRow h = standard;
    if (needsRepair(row, standard)) {
      h = RowRepair.candidates(row, standard).stream()
          .filter(m -> row.readsAsIndicator(m) && !RowRepair.looksLikeValue(row.text(m.nameColumn())))
          .findFirst()
          .orElse(standard);
    }
    Integer nameCol = h.nameColumn();
    GridCell nameCell = row.cellAt(nameCol);
    if (spansInto(nameCell, h.column(ColumnRole.WEIGHT)) || spansInto(nameCell, h.column(ColumnRole.SCORE))) {
      mergedGroupHeading(row, h, nameCell);
      return; // a note or caption merged across the row, or a group heading
    }
    Integer level1Col = h.column(ColumnRole.LEVEL1);
    if (level1Col != null && !level1Col.equals(nameCol) && nameCell.colSpan() > 1 && nameCell.col() <= level1Col
        && level1Col < nameCell.col() + nameCell.colSpan() && row.startsHere(nameCol)
        && row.value(h.column(ColumnRole.TARGET)) == null && row.value(h.column(ColumnRole.ACTUAL)) == null) {
      // no target, no actual: a group's subtotal, not an indicator named across the levels ("预算执行率 | ← | ← | 10 | — | 93%")
      levelColumnsHeading(row, h, nameCell);
      return; // "预算管理 | ← | ← | 20 | 19.7": a 一级 group's own row across the level columns (h179)
    }
    LevelName name = LevelName.parse(numberedName(h, nameCol, nameCell.text()));
    NumberCell weight = row.weight(h);
    NumberCell score = row.score(h);
    boolean scored = weight.value() != null || score.value() != null;
    if (!row.startsHere(nameCol)) {
      if (scored) {
        draft.reject(WarningCode.CONTINUATION_ROW, "name cell continues from row " + nameCell.row(), row.ref(nameCol));
      }
      return;
    }
    if (name.name().isEmpty()) {
      if (scored) {
        draft.reject(WarningCode.ROW_WITHOUT_NAME, "scored row without an indicator name", row.ref(nameCol));
      }
      return;
    }
    if (isGroupRow(h, name, maxCodeDepth)) {
      return;
    }
    if (Outline.dottedDepth(name.code()) > 1) {
      dottedOutline = true; // codes "1.1.1" set off by a blank: a lone "3 " before a name is the first level's number
    }
    if (isNumberedGroup(row, h, nameCell) || dottedOutline && LevelName.opensWithSpacedNumber(nameCell.text())) {
      // "一 | 决策 | 20 | … | 17.5": a first-level group with its subtotal, above its indicators; or its weight and
      // score in a note after its name ("（二）过程指标（分值20分，得分18.35分）", h188)
      Optional<GroupHeading> heading = GroupHeading.parse(nameCell.text());
      String group = heading.map(GroupHeading::name).orElse(LevelName.withoutOrdinal(name.name()));
      BigDecimal w = weight.value() != null ? weight.value() : heading.map(GroupHeading::weight).orElse(null);
      BigDecimal sc = score.value() != null ? score.value() : heading.map(GroupHeading::score).orElse(null);
      groups.set(GroupTrail.Field.LEVEL1, group);
      if (w != null || sc != null) {
        draft.section(new Section(group, w, sc, row.ref(nameCol), ExtractionMethod.TABLE));
      }
      return;
    }
    for (NumberCell n : List.of(weight, score)) {
      if (n.unparsed()) {
        draft.reject(WarningCode.UNPARSED_NUMBER, "not a number: '" + n.raw() + "'", row.ref(nameCol));
      }
    }
    if (!scored) {
      draft.reject(WarningCode.ROW_WITHOUT_SCORES, "row '" + name.name() + "' has neither weight nor score", row.ref(nameCol));
      return;
    }
    // "开展技术培训（人次）（6分）" under "三级指标（分值）" (h321): with no 分值 column the weight is the name's note
    BigDecimal w = weight.value() == null && !h.has(ColumnRole.WEIGHT) ? name.weight() : weight.value();
    emit(row, h, standard, name, w, score.value());
  }

  private void emit(TableRow row, HeaderRow h, HeaderRow standard, LevelName name, @Nullable BigDecimal weight,
      @Nullable BigDecimal score) {
    Integer nameCol = h.nameColumn();
    GridCell nameCell = row.cellAt(nameCol);
    Map<IndicatorField, SourceRef> sources = new LinkedHashMap<>();
    // a name cell merged across the group columns states no group of its own; a blank group cell
    // continues the group above (a merge the format did not keep), and the value keeps its place
    Integer goalCol = h.column(ColumnRole.GOAL);
    if (goalCol != null && row.startsHere(goalCol) && row.value(goalCol) == null && !row.text(goalCol).isEmpty()) {
      groups.none(GroupTrail.Field.GOAL); // "—" in the goal column: a row serving no goal (满意度, h359), not the one above
    }
    String goal = groups.resolve(GroupTrail.Field.GOAL, row.value(goalCol), row.refOrNull(goalCol),
        standard.has(ColumnRole.GOAL), sources);
    String level1 = groups.resolve(GroupTrail.Field.LEVEL1, groupCell(row, nameCell, h.column(ColumnRole.LEVEL1)),
        row.refOrNull(h.column(ColumnRole.LEVEL1)), standard.has(ColumnRole.LEVEL1), sources);
    String level2 = groups.resolve(GroupTrail.Field.LEVEL2, groupCell(row, nameCell, h.column(ColumnRole.LEVEL2)),
        row.refOrNull(h.column(ColumnRole.LEVEL2)), standard.has(ColumnRole.LEVEL2), sources);
    level1Weight(row, h, level1);
    String code = name.code() != null ? name.code() : row.value(h.column(ColumnRole.CODE));
    if (code == null) {
      code = codeInSequenceColumn(row.value(h.column(ColumnRole.SEQ)));
    }
    String unit = row.value(h.column(ColumnRole.UNIT));
    // an adjusted target where one is printed, else the one first set (h335)
    Integer targetCol = h.has(ColumnRole.ORIGINAL_TARGET) && row.value(h.column(ColumnRole.TARGET)) == null
        ? h.column(ColumnRole.ORIGINAL_TARGET) : h.column(ColumnRole.TARGET);
    String target = withSign(withUnit(row.statement(targetCol), unit), row.value(h.column(ColumnRole.TARGET_SIGN)));
    // "指标值 | 计量单位 | 完成值 | 计量单位" (h324): the actual in its own unit, 43260 米 against ≥42 公里
    String actualUnit = h.has(ColumnRole.ACTUAL_UNIT) ? row.value(h.column(ColumnRole.ACTUAL_UNIT)) : unit;
    String actual = withUnit(row.statement(h.column(ColumnRole.ACTUAL)), actualUnit);
    if (h.column(ColumnRole.TARGET) != null && h.column(ColumnRole.TARGET).equals(h.column(ColumnRole.ACTUAL))) {
      // a "计划值/完成值" column: "≥600人次/540人次" is the target, then the actual, or the two stacked on two lines of
      // the cell (h214); a cell with no one slash and not two lines is the target
      String[] halves = target == null ? new String[0] : target.split("\\s*[/／]\\s*", -1);
      String[] lines = row.printed(h.column(ColumnRole.TARGET)).strip().split("\\s*\\n\\s*", -1);
      if (halves.length != 2 && lines.length == 2 && unit == null) {
        halves = lines;
      }
      boolean split = halves.length == 2 && !halves[0].isBlank() && !halves[1].isBlank();
      actual = split ? halves[1].strip() : null;
      target = split ? halves[0].strip() : target;
    }
    sources.put(IndicatorField.level3, row.ref(nameCol));
    put(sources, IndicatorField.target, row, targetCol);
    put(sources, IndicatorField.actual, row, h.column(ColumnRole.ACTUAL));
    Matcher both = target == null || actual != null ? null : TARGET_AND_ACTUAL.matcher(target);
    if (both != null && both.matches()) {
      // "指标值及完成值" | "目标≥30座/完成28座": one cell states both, each keeps the cell as its source
      target = both.group(1).strip();
      actual = both.group(2).strip();
      put(sources, IndicatorField.actual, row, h.column(ColumnRole.TARGET));
    }
    put(sources, IndicatorField.weight, row, h.has(ColumnRole.WEIGHT) || weight == null ? h.column(ColumnRole.WEIGHT) : nameCol);
    // a score that is the weight less the row's 扣分 cites that cell
    put(sources, IndicatorField.score, row, h.has(ColumnRole.SCORE) ? h.column(ColumnRole.SCORE) : h.column(ColumnRole.DEDUCTION));
    put(sources, IndicatorField.rule, row, h.column(ColumnRole.RULE));
    String level3 = name.name();
    Matcher path = level1 == null && level2 == null && !h.has(ColumnRole.LEVEL1) && !h.has(ColumnRole.LEVEL2)
        ? LEVEL_PATH.matcher(level3) : null;
    if (path != null && path.matches()) {
      // "产出指标/数量指标/职业技能培训人次（人次）" in one cell (h229): the three levels, 一级 first
      level1 = path.group(1).strip();
      level2 = path.group(2).strip();
      level3 = path.group(3).strip();
      sources.put(IndicatorField.level1, row.ref(nameCol));
      sources.put(IndicatorField.level2, row.ref(nameCol));
    }
    Matcher category = level2 == null && !h.has(ColumnRole.LEVEL2) ? CATEGORY_AFTER.matcher(level3) : null;
    if (category != null && category.matches() && LEVEL2_NAMES.contains(category.group(2))) {
      // "预算执行率（预算执行）" in a table with no 二级 column (h188): the bracket names the row's 二级, not part of its name
      level2 = category.group(2);
      level3 = category.group(1).strip();
      sources.put(IndicatorField.level2, row.ref(nameCol));
    }
    DottedCodes.Split dotted = code == null ? dottedCodes.split(level3) : null;
    if (dotted != null) {
      code = dotted.code(); // "1.265岁及以上…": 1.2 by the sequence, the name keeps its 65
      level3 = dotted.name();
    }
    IndicatorRow indicator = new IndicatorRow(
        goal, code, level1, level2, level3,
        target, actual, weight, score,
        target == null ? null : directed(ValueParser.parse(target), row.value(h.column(ColumnRole.TARGET_SIGN))),
        actual == null ? null : ValueParser.parse(actual),
        row.value(h.column(ColumnRole.RULE)), row.value(h.column(ColumnRole.DEVIATION)),
        null, row.ref(nameCol), ExtractionMethod.TABLE, sources, List.of());
    out.accept(RowCandidate.ofTable(indicator, h.columns().size(), table));
  }

  /** "目标≥30座/完成28座", "计划：120口；实际：120口": a target and an actual in one cell. */
  private static final Pattern TARGET_AND_ACTUAL = Pattern.compile(
      "^\\s*(?:目标值?|指标值|计划值?|年度目标)[:：]?\\s*(.+?)\\s*[/／;；]\\s*(?:完成值?|实际完成值?|实际值?|实际)[:：]?\\s*(.+?)\\s*$");

  /**
   * A target whose 指标性质 column says which way it points: 正向 (more is better) reads "180个" as at least 180, 反向
   * (less is better) "20件" as at most 20 (h195). The printed text stays as it is; only a target printing no comparison
   * of its own takes the direction.
   */
  private static ParsedValue directed(ParsedValue target, @Nullable String sign) {
    if (sign == null || target.comparator() != null || target.number() == null) {
      return target;
    }
    String s = sign.strip();
    Comparator way = s.equals("正向") ? Comparator.GE : s.equals("反向") ? Comparator.LE : null;
    return way == null ? target
        : new ParsedValue(target.kind(), target.text(), way, target.number(), target.scale(), target.unit());
  }

  /** "≥" | "1600": the target with its comparison; "=" and a qualitative mark (定性) add nothing. */
  private static @Nullable String withSign(@Nullable String value, @Nullable String sign) {
    return value == null || sign == null || !COMPARISON.matcher(sign).matches() ? value : sign.strip() + value;
  }

  /** "1600" | "批次": a bare figure with the unit its column prints; a value already carrying a unit stays as it is. */
  private static @Nullable String withUnit(@Nullable String value, @Nullable String unit) {
    return value == null || unit == null || !BARE_FIGURE.matcher(value).matches() ? value : value + unit.strip();
  }

  /**
   * A row to re-read with {@link RowRepair}: it does not read as an indicator, its name looks like
   * a value (≤400万元), or it has only one of weight and score while a full pair stands elsewhere.
   */
  private static boolean needsRepair(TableRow row, HeaderRow h) {
    if (!row.readsAsIndicator(h) || RowRepair.looksLikeValue(row.text(h.nameColumn()))) {
      return true;
    }
    if ((row.weight(h).value() == null) == (row.score(h).value() == null)) {
      return false;
    }
    return RowRepair.realign(row, h)
        .filter(m -> !m.column(ColumnRole.SCORE).equals(h.column(ColumnRole.SCORE)))
        .isPresent();
  }

  /**
   * A first-level group row of a flat numbered table: its 序号 is a Chinese numeral (一, 二) where
   * the indicators are numbered 1, 2…, or its name starts with one (一、决策), or its name is a framework
   * 一级 name itself ("决策", "产出指标": no indicator is called so; on a scan the 一 of its 序号 is often
   * read as "—", 至 or nothing). Only in tables without a 一级指标 column, where nothing else states the group.
   */
  private static boolean isNumberedGroup(TableRow row, HeaderRow h, GridCell nameCell) {
    if (h.has(ColumnRole.LEVEL1)) {
      return false;
    }
    Integer seq = h.column(ColumnRole.SEQ);
    if (seq != null && CHINESE_ORDINAL.matcher(row.text(seq)).matches()) {
      return true;
    }
    String bare = LevelName.parse(nameCell.text()).name(); // "1 产出指标" (h332): the name after its outline number
    if (LEVEL1_NAMES.contains(bare.endsWith("指标") ? bare.substring(0, bare.length() - 2) : bare)) {
      return true;
    }
    return CHINESE_ORDINAL_PREFIX.matcher(nameCell.text().strip()).find();
  }

  /** A 一级 group's name is short: a longer line merged across a table is a note. */
  private static final int MAX_GROUP_NAME = 10;

  /**
   * "一、产出指标（分值45分，得分45分）" merged across a table without a 一级指标 column: the first level of
   * the rows below, and a section where its note states a weight or score.
   */
  private void mergedGroupHeading(TableRow row, HeaderRow h, GridCell cell) {
    if (h.has(ColumnRole.LEVEL1) || !row.startsHere(cell.col())) {
      return;
    }
    LevelName coded = LevelName.parse(cell.text());
    if (Outline.dottedDepth(coded.code()) == 2 && !coded.name().isEmpty()
        && !h.has(ColumnRole.LEVEL2)) {
      groups.set(GroupTrail.Field.LEVEL2, coded.name()); // "1.1 数量指标" across the table under "1 产出指标" (h332)
      return;
    }
    Optional<GroupHeading> heading = GroupHeading.parse(cell.text());
    if (heading.isEmpty() && h.has(ColumnRole.LEVEL2) && cell.colSpan() >= row.cols()) {
      // "产出指标" merged across a table whose header starts at 二级指标 (h423, a table narrowed for a newspaper column):
      // the level the header leaves out, named without an ordinal
      String name = Names.clean(cell.text());
      if (name != null && name.length() <= MAX_GROUP_NAME && name.codePoints().allMatch(c -> Character.isIdeographic(c))) {
        groups.set(GroupTrail.Field.LEVEL1, name);
      }
      return;
    }
    heading.ifPresent(g -> {
      groups.set(GroupTrail.Field.LEVEL1, g.name());
      // "一、投入（12分） | 本项得分 | 12": a figure in a weight or score column the heading leaves free is the group's
      BigDecimal weight = g.weight() != null ? g.weight() : besides(row, cell, h.column(ColumnRole.WEIGHT)) ? row.weight(h).value() : null;
      BigDecimal score = g.score() != null ? g.score() : besides(row, cell, h.column(ColumnRole.SCORE)) ? row.score(h).value() : null;
      if (weight != null || score != null) {
        draft.section(new Section(g.name(), weight, score, row.ref(cell.col()), ExtractionMethod.TABLE));
      }
    });
  }

  /** A 一级 group printed across the level columns, its weight and score beside it: the group of the rows below. */
  private void levelColumnsHeading(TableRow row, HeaderRow h, GridCell cell) {
    String group = LevelName.withoutOrdinal(LevelName.parse(cell.text()).name());
    if (group.isEmpty()) {
      return;
    }
    groups.set(GroupTrail.Field.LEVEL1, group);
    BigDecimal weight = row.weight(h).value();
    BigDecimal score = row.score(h).value();
    if (weight != null || score != null) {
      draft.section(new Section(group, weight, score, row.ref(cell.col()), ExtractionMethod.TABLE));
    }
  }

  /** Column {@code col} has a cell of its own on this row, apart from the heading's merged cell. */
  private static boolean besides(TableRow row, GridCell heading, @Nullable Integer col) {
    return col != null && row.cellAt(col) != heading;
  }

  /** 指标名称 tables list groups (A1部门职能) above their indicators (A11…): remember, don't emit. */
  private boolean isGroupRow(HeaderRow h, LevelName name, int maxCodeDepth) {
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

  /** The group name this row's own cell in {@code col} states, or null (also when the name cell spans it). */
  private static @Nullable String groupCell(TableRow row, GridCell nameCell, @Nullable Integer col) {
    if (col == null || row.cellAt(col) == nameCell) {
      return null;
    }
    String t = row.value(col);
    if (t == null || row.isFigure(col) || ONE_LINE_CLAUSES.matcher(TableRow.withoutUnitNote(t)).matches()) {
      return null; // a figure, a percentage or a list of clauses is a shifted cell, not a group name
    }
    String n = LevelName.withoutOrdinal(LevelName.parse(t).name());
    return n.isEmpty() ? null : n;
  }

  /** 一级指标 "A部门决策(10分)" or a 权重 column beside it states the first-level weight; a 得分 column beside it, its score. */
  private void level1Weight(TableRow row, HeaderRow h, @Nullable String level1) {
    Integer col = h.column(ColumnRole.LEVEL1);
    if (level1 == null || col == null || !row.startsHere(col)) {
      return; // stated once, on the first row of the merge
    }
    BigDecimal w = LevelName.parse(row.printed(col)).weight();
    SourceRef where = row.ref(col);
    Integer weightCol = h.column(ColumnRole.LEVEL1_WEIGHT);
    if (w == null && weightCol != null) {
      w = row.number(weightCol).value();
      where = row.ref(weightCol);
    }
    Integer scoreCol = h.column(ColumnRole.LEVEL1_SCORE);
    BigDecimal score = scoreCol == null ? null : row.number(scoreCol).value();
    if (w != null) {
      draft.section(new Section(level1, w, score, where, ExtractionMethod.TABLE));
    }
  }

  /** Keeps the place of {@code field} where the row states it. */
  private static void put(Map<IndicatorField, SourceRef> sources, IndicatorField field, TableRow row, @Nullable Integer col) {
    if (col != null && !row.text(col).isEmpty()) {
      sources.put(field, row.ref(col));
    }
  }

  private static boolean spansInto(GridCell cell, @Nullable Integer col) {
    return col != null && col != cell.col() && cell.covers(cell.row(), col);
  }

  /** "1 预算执行率" under a "序号 指标名称" header: the number before the space is the row's 序号, not its name. */
  private static String numberedName(HeaderRow h, @Nullable Integer nameCol, String text) {
    if (nameCol == null || !nameCol.equals(h.column(ColumnRole.SEQ))) {
      return text;
    }
    Matcher m = LEADING_SEQUENCE.matcher(text);
    return m.lookingAt() ? text.substring(m.end()) : text;
  }

  /** A 序号 column that numbers its rows by indicator code (A1, B12) holds their codes; 1, 2, 3 are only positions. */
  private static @Nullable String codeInSequenceColumn(@Nullable String seq) {
    return seq != null && SEQUENCE_CODE.matcher(seq).matches() ? seq : null;
  }
}
