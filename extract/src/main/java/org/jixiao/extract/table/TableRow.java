package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.extract.table.CellValue.NumberCell;
import org.jixiao.ingest.GridCell;
import org.jixiao.schema.SourceRef;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * 表格行: one grid row read once: per column, the cell covering it, that cell's {@link CellValue}
 * and the place it stands; and, where the row is one, the header it states. Every reader of the
 * row works on this value, as Lucene's filters work on one {@code CharTermAttribute}, so that a
 * 得分 cell is parsed once however many header layouts are tried on it.
 *
 * @param header the row read as a header, or null when it is not one
 */
record TableRow(int index, List<Slot> slots, @Nullable HeaderRow header) {
  private static final Pattern CLAUSE_OR_PERCENT = Pattern.compile("[；;%]");
  private static final Pattern UNIT_NOTE = Pattern.compile("[(（]\\s*[%‰％]\\s*[)）]");
  /** One column of the row: the (possibly merged) cell covering it, its value, and its place. */
  record Slot(GridCell cell, CellValue value, SourceRef ref) {}

  TableRow {
    slots = List.copyOf(slots);
  }

  int cols() {
    return slots.size();
  }

  GridCell cellAt(int col) {
    return slots.get(col).cell();
  }

  /** The text as printed, unstripped (a grade or label as the report prints it). */
  String printed(int col) {
    return cellAt(col).text();
  }

  /** The stripped text; "" for a role the header has no column for. */
  String text(@Nullable Integer col) {
    return col == null ? "" : slots.get(col).value().text();
  }

  /** The cleaned text, or null when blank, a placeholder ("/", "-"), or a role without a column. */
  @Nullable String value(@Nullable Integer col) {
    return col == null ? null : slots.get(col).value().value();
  }

  /**
   * A target or actual cell: its value, "无" kept (a target of none, "对周边群众生产生活的不利影响 | 无 | 无", h450), where
   * {@link #value} takes it for a cell left unstated.
   */
  @Nullable String statement(@Nullable Integer col) {
    if (col == null) {
      return null;
    }
    String v = slots.get(col).value().value();
    return v == null && "无".equals(Names.clean(slots.get(col).value().text())) ? "无" : v;
  }

  NumberCell number(@Nullable Integer col) {
    return col == null ? NumberCell.EMPTY : slots.get(col).value().number();
  }

  /** The 分值 cell under {@code h}, a share of 100 read as points where the header says so. */
  NumberCell weight(HeaderRow h) {
    Integer col = h.column(ColumnRole.WEIGHT);
    if (col == null) {
      return NumberCell.EMPTY;
    }
    if (h.joint() != null) {
      return joint(col, h.joint(), true);
    }
    CellValue v = slots.get(col).value();
    return switch (h.weights()) {
      case POINTS -> v.number();
      case PERCENT -> v.percentWeight();
      case FRACTION -> v.number().value() == null ? v.number() : new NumberCell(points(v.number().value()), v.number().raw());
      case GROUP_SHARE -> ofGroup(v.percentWeight(), h);
    };
  }

  /** A share of the row's 一级 points in points: 9.8% of 40 is 3.92; nothing where either is missing. */
  private NumberCell ofGroup(NumberCell share, HeaderRow h) {
    BigDecimal group = number(h.column(ColumnRole.LEVEL1_WEIGHT)).value();
    if (share.value() == null || group == null) {
      return share.value() == null ? share : new NumberCell(null, share.raw());
    }
    BigDecimal p = group.multiply(share.value()).movePointLeft(2).stripTrailingZeros();
    return new NumberCell(p.scale() < 0 ? p.setScale(0) : p, share.raw());
  }

  /** A fraction of the whole in points of 100: 0.10 is 10, 0.055 is 5.5. */
  static java.math.BigDecimal points(java.math.BigDecimal fraction) {
    java.math.BigDecimal p = fraction.movePointRight(2);
    p = p.scale() > 0 ? p.stripTrailingZeros() : p;
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  /** The 得分 cell under {@code h}. */
  NumberCell score(HeaderRow h) {
    Integer col = h.column(ColumnRole.SCORE);
    Integer lost = h.column(ColumnRole.DEDUCTION);
    if (col == null && lost != null && h.column(ColumnRole.WEIGHT) != null) {
      // a 评分表 printing only what each row lost (扣分, h281): its score is its 分值 less that, nothing lost where the
      // cell is blank or a dash (which CellValue reads as no figure)
      BigDecimal w = weight(h).value();
      NumberCell d = number(lost);
      if (w == null || d.unparsed()) {
        return NumberCell.EMPTY;
      }
      return new NumberCell(w.subtract(d.value() == null ? BigDecimal.ZERO : d.value()), d.raw());
    }
    NumberCell s = col != null && h.joint() != null ? joint(col, h.joint(), false)
        : col != null && h.weights() == HeaderRow.WeightForm.GROUP_SHARE ? ofGroup(slots.get(col).value().percentWeight(), h)
        : number(col);
    NumberCell d = lost == null ? NumberCell.EMPTY : number(lost);
    BigDecimal w = weight(h).value();
    if (s.value() == null && !s.unparsed() && d.value() != null && w != null) {
      // 扣分 | 得分 with the 得分 left blank where points were lost (h333: "得分＝分值－扣分"): the weight less what was lost
      return new NumberCell(w.subtract(d.value()), d.raw());
    }
    if (s.unparsed()) {
      // a score in words ("满分", "扣1分", h223): what the words mean for this row's weight
      BigDecimal inWords = w == null ? null : ScoreWords.score(s.raw(), w);
      return inWords == null ? s : new NumberCell(inWords, s.raw());
    }
    return s;
  }

  /** One figure of a cell printing the weight and the score together; a lone figure is read as it stands. */
  private NumberCell joint(int col, JointScore.Order order, boolean weight) {
    CellValue v = slots.get(col).value();
    return JointScore.value(v.value(), order)
        .map(p -> new NumberCell(weight ? p.weight() : p.score(), v.value()))
        .orElse(v.number());
  }

  boolean isPoints(int col) {
    return slots.get(col).value().points();
  }

  boolean isFigure(int col) {
    return slots.get(col).value().figure();
  }

  /** The slot's cell starts on this row (it is not the continuation of a vertical merge). */
  boolean startsHere(int col) {
    return cellAt(col).row() == index;
  }

  /** The slot is its cell's top-left corner. */
  boolean isOrigin(int col) {
    GridCell c = cellAt(col);
    return c.row() == index && c.col() == col;
  }

  /** A bracketed unit alone in a cell: "（万元）", "（分）", "（%）". */
  private static final Pattern UNIT_ONLY = Pattern.compile("[(（][^()（）]{1,6}[)）]");

  /**
   * A header's second line that only prints each column's unit ("↑ | （万元） | （万元） | （分） | （%） | （分）", h232): no
   * figure of its own, every cell it starts blank or a bracketed unit, one at least.
   */
  boolean isUnitNotes() {
    boolean any = false;
    for (int col = 0; col < cols(); col++) {
      if (!isOrigin(col)) {
        continue;
      }
      String t = text(col);
      if (UNIT_ONLY.matcher(t).matches()) {
        any = true;
      } else if (!t.isEmpty()) {
        return false;
      }
    }
    return any;
  }

  boolean isBlank() {
    return slots.stream().allMatch(s -> s.value().text().isEmpty());
  }

  /** Where the slot stands; a role without a column points at the row's first cell. */
  SourceRef ref(@Nullable Integer col) {
    return slots.get(col == null ? 0 : col).ref();
  }

  @Nullable SourceRef refOrNull(@Nullable Integer col) {
    return col == null ? null : ref(col);
  }

  /** Whether the row reads as an indicator under {@code h}: a name, and a weight or a score. */
  boolean readsAsIndicator(HeaderRow h) {
    Integer nameCol = h.nameColumn();
    if (nameCol == null) {
      return false;
    }
    String name = text(nameCol);
    if (name.isEmpty() || isFigure(nameCol) || CLAUSE_OR_PERCENT.matcher(withoutUnitNote(name)).find()) {
      return false; // a figure or a rule's clauses, not an indicator's name (a unit in brackets, "（%）", aside)
    }
    NumberCell w = weight(h);
    NumberCell s = score(h);
    return !w.unparsed() && !s.unparsed() && (w.value() != null || s.value() != null);
  }

  /** A name without the unit it prints in brackets: "工程验收合格率（%）" is a name, not a figure with a per cent. */
  static String withoutUnitNote(String name) {
    return UNIT_NOTE.matcher(name).replaceAll("");
  }
}
