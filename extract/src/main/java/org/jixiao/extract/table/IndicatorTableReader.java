package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import org.jixiao.extract.draft.GradeWords;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import java.util.List;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Names;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.GroupSubtotal;
import org.jixiao.schema.Section;
import org.jspecify.annotations.Nullable;

/**
 * Reads one table: finds its header rows and reads each data row under the header above it, as an
 * indicator row (tables with 三级指标 / 指标名称, through {@link IndicatorRowReader}) or as a
 * first-level subtotal (tables of 一级指标 with 权重 and 得分). Totals (合计, 总分) and grades
 * (绩效等级) found on the way are reported too.
 */
final class IndicatorTableReader {
  private final TableRows table;
  private final ReportDraft draft;
  private final TableContext previous;
  private static final Pattern LEADING_SUBTOTAL = Pattern.compile("(\\p{IsHan}{1,12}?)[（(]小计[）)]");
  private final SummaryRowReader summaries;
  private final LabelledTotalReader labelledTotals;
  private final GroupTrail groups = new GroupTrail();
  private final IndicatorRowReader rows;
  private final TotalLabels labels;
  private final HeaderClassifier classifier;
  private @Nullable HeaderRow header;
  private SubtotalGroups subtotalGroups = SubtotalGroups.NONE;
  private int maxCodeDepth;
  private @Nullable String captionGroup;

  IndicatorTableReader(TableRows table, ReportDraft draft, TotalLabels labels, GradeWords gradeWords,
      HeaderClassifier classifier, TableContext previous, Consumer<RowCandidate> out) {
    this.table = table;
    this.draft = draft;
    this.previous = previous;
    this.summaries = new SummaryRowReader(draft, labels, gradeWords);
    this.labels = labels;
    this.classifier = classifier;
    this.labelledTotals = new LabelledTotalReader(draft, labels, classifier);
    this.rows = new IndicatorRowReader(draft, groups, table.tableIndex(), out);
  }

  /** The 一级 group the caption above the table names ({@link CaptionGroup}), for a table without a 一级指标 column. */
  /** The 二级 the outline headings above the table name (h224), for a table with no 二级 column. */
  private @Nullable String outlineLevel2;

  IndicatorTableReader outlineLevel2(@Nullable String group) {
    this.outlineLevel2 = group;
    return this;
  }

  IndicatorTableReader captionGroup(@Nullable String group) {
    this.captionGroup = group;
    return this;
  }

  /** Reads the table; returns what the next table may continue. */
  TableContext read() {
    int firstHeader = table.firstHeader();
    if (firstHeader == 0 && previous.header() != null && table.row(0).header().sameLayout(previous.header())) {
      // the header repeated after a page break: the merged group cells above continue here
      groups.continueFrom(previous);
    }
    HeaderInheritance.adopt(table, previous, firstHeader).ifPresent(h -> {
      header = h;
      subtotalGroups = SubtotalGroups.of(table.rows(), h, labels, groupOfCaption(h));
      groups.continueFrom(previous);
    });
    List<TableRow> all = table.rows();
    for (int i = 0; i < all.size(); i++) {
      TableRow row = all.get(i);
      int totalRows = header == null ? 0 : labelledTotals.read(all, i);
      if (totalRows > 0) {
        i += totalRows - 1;
        continue;
      }
      HeaderRow h = row.header();
      if (h != null) {
        if (header != null && h.sameLayout(header)) {
          draft.reject(WarningCode.HEADER_REPEATED, "header row repeated", row.ref(0));
        } else {
          header = h;
          maxCodeDepth = maxCodeDepthBelow(h);
          subtotalGroups = SubtotalGroups.of(table.rows(), h, labels, groupOfCaption(h));
          groups.newHeader();
          if (groupOfCaption(h) != null) {
            groups.set(GroupTrail.Field.LEVEL1, groupOfCaption(h));
          }
          if (outlineLevel2 != null && !h.has(ColumnRole.LEVEL2)) {
            groups.set(GroupTrail.Field.LEVEL2, outlineLevel2);
          }
        }
        continue;
      }
      if (header != null && (BudgetScoreRowReader.isFundHeader(row, classifier) || BudgetScoreRowReader.isMoneyHeader(row, classifier))) {
        // another form's 资金情况 block (forms stacked in one table), or a money block below the indicators: its
        // lines are money, not indicators
        header = null;
        continue;
      }
      if (header != null && header.isIndicatorTable()) {
        subtotalGroup(row, header);
      }
      if (header == null) {
        // a closing 评价结论 table: "自评总分 | 87.58分", "自评等级 | 优"
        summaries.readPair(row, previous.header() != null && previous.header().isIndicatorTable());
        continue;
      }
      if (summaries.read(row, header)) {
        continue;
      }
      if (header.isIndicatorTable() && (levelMarked(row, header) || leadingSubtotal(row, header) || groupSubtotal(row, header)
          || groupLine(row, header))) {
        continue;
      }
      if (header.isIndicatorTable()) {
        rows.read(row, header, maxCodeDepth);
      } else {
        sectionRow(row, header);
      }
    }
    if (header == null || !header.isIndicatorTable()) {
      return previous.header() == null ? TableContext.NONE : previous;
    }
    return groups.context(header, table.cols());
  }

  /** The caption's group when header {@code h} has no 一级指标 column of its own. */
  private @Nullable String groupOfCaption(HeaderRow h) {
    return h.has(ColumnRole.LEVEL1) ? null : captionGroup;
  }

  /**
   * A 二级 group's 小计 (kept as its {@link GroupSubtotal}), or inside a group closed by a 小计 row: its label for blank
   * 一级指标 cells, and the 小计 row as its section.
   */
  private void subtotalGroup(TableRow row, HeaderRow h) {
    boolean subtotal = SubtotalGroups.isSubtotal(row, labels);
    Integer at = row.score(h).value() != null ? h.column(ColumnRole.SCORE) : h.column(ColumnRole.WEIGHT);
    if (subtotal && secondLevelSubtotal(row, h)) {
      // "决策 | 目标设定 | …" … "↑ | 小计 | …": the 一级 cell goes on through the 小计, which closes a 二级 group (h314)
      String group = LevelName.withoutOrdinal(row.cellAt(h.column(ColumnRole.LEVEL1)).text());
      draft.reject(WarningCode.SECOND_LEVEL_SUBTOTAL, "a 二级 group's 小计 under '" + group + "', not its section", row.ref(h.column(ColumnRole.LEVEL2)));
      groupSubtotal(group, row, h, at);
      return;
    }
    String group = subtotalGroups.label(row.index());
    if (group == null) {
      return;
    }
    if (!group.equals(groups.set(GroupTrail.Field.LEVEL1))) {
      groups.set(GroupTrail.Field.LEVEL1, group);
    }
    if (subtotal) {
      scoredSection(LevelName.withoutOrdinal(group), row, h, at);
    }
  }

  /** The 一级 merge in which a 二级 group's 小计 was seen (h314), if any. */
  private org.jixiao.ingest.@Nullable GridCell secondLevelGroup;

  /**
   * A 小计 printed in the 二级指标 column while the row's 一级指标 cell is merged on past it: the 一级 goes on below, so the
   * 小计 closes one of its 二级 groups (h314). A 一级 merge that ends on the 小计 row is the 一级's own subtotal.
   */
  private boolean secondLevelSubtotal(TableRow row, HeaderRow h) {
    Integer one = h.column(ColumnRole.LEVEL1);
    Integer two = h.column(ColumnRole.LEVEL2);
    if (one == null || two == null || row.isOrigin(one) || !row.isOrigin(two) || !labels.isSubtotal(row.printed(two))) {
      return false;
    }
    org.jixiao.ingest.GridCell group = row.cellAt(one);
    if (group.row() + group.rowSpan() - 1 > row.index()) {
      secondLevelGroup = group;
      return true;
    }
    // the last 二级 group's 小计 ends the 一级's merge too: after one 二级 小计 in a merge, every 小计 in it is a 二级's
    return group.equals(secondLevelGroup);
  }

  /** The 二级 group the rows above closed, with the weight and score 小计 {@code row} states for it, when it states either. */
  private void groupSubtotal(String level1, TableRow row, HeaderRow h, @Nullable Integer at) {
    String level2 = groups.last(GroupTrail.Field.LEVEL2);
    BigDecimal weight = row.weight(h).value();
    BigDecimal score = row.score(h).value();
    if (level2 != null && (weight != null || score != null)) {
      draft.groupSubtotal(new GroupSubtotal(level1, level2, weight, score, row.ref(at), ExtractionMethod.TABLE));
    }
  }

  /** The group {@code name}'s section from the weight and score of {@code row}, sourced at column {@code at}, when it prints either. */
  private void scoredSection(String name, TableRow row, HeaderRow h, @Nullable Integer at) {
    BigDecimal weight = row.weight(h).value();
    BigDecimal score = row.score(h).value();
    if (weight != null || score != null) {
      draft.section(new Section(name, weight, score, row.ref(at), ExtractionMethod.TABLE));
    }
  }

  /**
   * A row whose 指标级次 cell marks it 一级 or 二级: no indicator, but the group of the rows below it; a 一级 row with its
   * weight or score is that group's section. True when the row was such a group row; a 三级 (or unmarked) row is read
   * as an indicator.
   */
  private boolean levelMarked(TableRow row, HeaderRow h) {
    Integer markCol = h.column(ColumnRole.LEVEL_MARK);
    if (markCol == null) {
      return false;
    }
    String mark = Names.compact(row.text(markCol));
    int level = mark.startsWith("一") || mark.equals("1") ? 1 : mark.startsWith("二") || mark.equals("2") ? 2 : 0;
    String name = row.value(h.nameColumn());
    if (level == 0 || name == null) {
      return false;
    }
    if (level == 1) {
      groups.set(GroupTrail.Field.LEVEL1, name);
      scoredSection(name, row, h, h.nameColumn());
    } else {
      groups.set(GroupTrail.Field.LEVEL2, name);
    }
    return true;
  }

  /**
   * "决策（小计） | | | 15 | 11.5" above its rows: the group's subtotal printed first, naming the group of the rows below it.
   * True when the row was one.
   */
  private boolean leadingSubtotal(TableRow row, HeaderRow h) {
    Integer nameCol = h.nameColumn();
    String name = nameCol == null ? null : row.value(nameCol);
    Matcher m = name == null ? null : LEADING_SUBTOTAL.matcher(Names.compact(name));
    if (m == null || !m.matches()) {
      return false;
    }
    String group = m.group(1);
    groups.set(GroupTrail.Field.LEVEL1, group);
    scoredSection(group, row, h, nameCol);
    return true;
  }

  /**
   * A group's own line in a tree laid out as level columns (h283: "决策 | | | | | 15 | 14.5" above its 二级 and 三级 lines):
   * a 一级 or 二级 name starting on this row, no 三级 name, no target, actual or rule, and the group's 分值 or 得分. A 一级 line is that group's
   * section; either names the group of the lines below. True when the row was one.
   */
  private boolean groupLine(TableRow row, HeaderRow h) {
    Integer nameCol = h.nameColumn();
    Integer l1 = h.column(ColumnRole.LEVEL1);
    Integer l2 = h.column(ColumnRole.LEVEL2);
    if (nameCol == null || row.value(nameCol) != null || !h.has(ColumnRole.LEVEL3)
        || row.weight(h).value() == null && row.score(h).value() == null) {
      return false;
    }
    for (ColumnRole blank : new ColumnRole[] {ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.RULE}) {
      Integer c = h.column(blank);
      if (c != null && row.value(c) != null) {
        return false; // an indicator whose name was set in a group's column (a drifted line): its own values say so
      }
    }
    String one = l1 != null && !l1.equals(nameCol) && row.startsHere(l1) ? row.value(l1) : null;
    String two = l2 != null && !l2.equals(nameCol) && row.startsHere(l2) ? row.value(l2) : null;
    if (one != null && two == null) {
      String name = LevelName.withoutOrdinal(LevelName.parse(one).name());
      groups.set(GroupTrail.Field.LEVEL1, name);
      scoredSection(name, row, h, row.score(h).value() != null ? h.column(ColumnRole.SCORE) : h.column(ColumnRole.WEIGHT));
      return true;
    }
    if (two != null && one == null) {
      groups.set(GroupTrail.Field.LEVEL2, LevelName.parse(two).name());
      return true;
    }
    return false;
  }

  /**
   * "A | 投入 | 一级指标小计 (merged over the lower levels) | 10 | 9" (h204): a row whose name column holds a 小计 label
   * and whose 一级 column names its group: that group's section, no indicator. True when the row was one.
   */
  private boolean groupSubtotal(TableRow row, HeaderRow h) {
    Integer nameCol = h.nameColumn();
    Integer level1Col = h.column(ColumnRole.LEVEL1);
    if (nameCol == null || level1Col == null || level1Col.equals(nameCol) || !labels.isSubtotal(row.printed(nameCol))) {
      return false;
    }
    String group = row.value(level1Col);
    if (group == null || labels.isSubtotal(group)) {
      return false;
    }
    String name = LevelName.withoutOrdinal(LevelName.parse(group).name());
    groups.set(GroupTrail.Field.LEVEL1, name);
    Integer at = row.score(h).value() != null ? h.column(ColumnRole.SCORE) : h.column(ColumnRole.WEIGHT);
    scoredSection(name, row, h, at);
    return true;
  }

  /** The deepest code (A11 = 3) in the 指标名称 column below header {@code h}; 0 without one. */
  private int maxCodeDepthBelow(HeaderRow h) {
    Integer nameCol = h.column(ColumnRole.NAME);
    if (nameCol == null || h.has(ColumnRole.LEVEL3)) {
      return 0;
    }
    int max = 0;
    for (TableRow row : table.rows().subList(h.row() + 1, table.size())) {
      String code = LevelName.parse(row.printed(nameCol)).code();
      if (code != null) {
        max = Math.max(max, code.length());
      }
    }
    return max;
  }

  /** A row of a subtotal table: 一级指标 (or 绩效目标) with its weight, score and perhaps its grade. */
  private void sectionRow(TableRow row, HeaderRow h) {
    Integer nameCol = h.has(ColumnRole.LEVEL1) ? h.column(ColumnRole.LEVEL1) : h.column(ColumnRole.GOAL);
    String label = row.value(nameCol);
    if (label == null || !row.startsHere(nameCol)) {
      return;
    }
    BigDecimal weight = row.weight(h).value();
    BigDecimal score = row.score(h).value();
    if (weight == null && score == null) {
      return;
    }
    String name = LevelName.withoutOrdinal(LevelName.parse(label).name());
    draft.section(new Section(name, weight, score, row.ref(nameCol), ExtractionMethod.TABLE));
    Integer gradeCol = h.column(ColumnRole.GRADE);
    if (gradeCol != null && row.startsHere(gradeCol) && !row.text(gradeCol).isEmpty()) {
      summaries.grade(row.printed(gradeCol), row.ref(gradeCol));
    }
  }
}
