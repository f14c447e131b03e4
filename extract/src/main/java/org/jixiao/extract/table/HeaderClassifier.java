package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.text.words.Lexicon;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.ingest.TableGrid;
import org.jspecify.annotations.Nullable;

/** Maps header cells to {@link ColumnRole}s with the header vocabulary. */
public final class HeaderClassifier {
  /** A 序号 printed in the name column's header cell: the names carry their numbers ("1 预算执行率"). */
  private static final String SEQUENCE_WORD = "序号";
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
  private static final Pattern SLASH = Pattern.compile("\\s*[/／]\\s*");
  private final Map<ColumnRole, List<String>> words = new EnumMap<>(ColumnRole.class);
  // the vocabulary indexed once: match and exactRole ran over every word for every cell
  /** A label equal to a word ("=" marks a word matched only whole): the first role listing it. */
  private final Map<String, ColumnRole> exact = new HashMap<>();
  /** As {@link #exact}, but a word's "=" form also matches as printed (what exactRole compared). */
  private final Map<String, ColumnRole> exactRoles = new HashMap<>();
  /** Words matched inside a label (2+ characters, no "="), longest first, then in vocabulary order. */
  private final List<Map.Entry<String, ColumnRole>> inner = new ArrayList<>();
  /** Indices into {@link #inner} by a word's first character. */
  private final Map<Character, int[]> innerByFirst = new HashMap<>();

  public HeaderClassifier(Lexicon lexicon) {
    lexicon.entries().forEach((k, v) -> words.put(ColumnRole.valueOf(k), v.stream().map(Names::label).toList()));
    words.forEach((role, list) -> {
      for (String w : list) {
        boolean exactOnly = w.startsWith("=");
        String word = exactOnly ? w.substring(1) : w;
        exact.putIfAbsent(word, role);
        exactRoles.putIfAbsent(w, role);
        if (exactOnly) {
          exactRoles.putIfAbsent(word, role);
        } else if (word.length() >= 2) {
          inner.add(Map.entry(word, role));
        }
      }
    });
    inner.sort(Comparator.comparingInt((Map.Entry<String, ColumnRole> e) -> e.getKey().length()).reversed());
    Map<Character, List<Integer>> byFirst = new HashMap<>();
    for (int k = 0; k < inner.size(); k++) {
      byFirst.computeIfAbsent(inner.get(k).getKey().charAt(0), c -> new ArrayList<>()).add(k);
    }
    byFirst.forEach((c, ks) -> innerByFirst.put(c, ks.stream().mapToInt(Integer::intValue).toArray()));
  }

  public static HeaderClassifier standard() {
    return new HeaderClassifier(Lexicon.load(HeaderClassifier.class, "header-keywords.txt"));
  }

  /** The role of one header cell's text, if it is header vocabulary. */
  public Optional<ColumnRole> roleOf(String cellText) {
    return match(cellText).map(RoleMatch::role);
  }

  /** A header cell's role, and whether the whole label is a vocabulary word (an exact match). */
  record RoleMatch(ColumnRole role, boolean exact) {}

  Optional<RoleMatch> match(String cellText) {
    String label = Names.label(cellText);
    if (label.isEmpty() || label.length() > 16) {
      return Optional.empty();
    }
    Optional<RoleMatch> figures = figuresBesideRemarks(cellText);
    if (figures.isPresent()) {
      return figures;
    }
    ColumnRole whole = exact.get(label);
    if (whole != null) {
      return Optional.of(new RoleMatch(whole, true));
    }
    // the longest word the label contains; of equally long ones, the first in the vocabulary: the
    // lowest index into inner among the words starting at some character of the label
    int best = Integer.MAX_VALUE;
    for (int i = 0; i < label.length(); i++) {
      int[] starting = innerByFirst.get(label.charAt(i));
      if (starting == null) {
        continue;
      }
      for (int k : starting) {
        if (k < best && label.startsWith(inner.get(k).getKey(), i)) {
          best = k;
        }
      }
    }
    return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(new RoleMatch(inner.get(best).getValue(), false));
  }

  /**
   * Two header words that a borderless page ran into one cell ("得分 偏差原因"): the column's figures
   * are what it holds under the score or weight word, the remark column beside it is mostly empty.
   */
  private Optional<RoleMatch> figuresBesideRemarks(String cellText) {
    String[] parts = SPACES.split(cellText.strip());
    if (parts.length != 2) {
      return Optional.empty();
    }
    Optional<ColumnRole> first = exactRole(parts[0]);
    Optional<ColumnRole> second = exactRole(parts[1]);
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    for (Optional<ColumnRole> r : List.of(first, second)) {
      Optional<ColumnRole> other = r == first ? second : first;
      if ((r.get() == ColumnRole.SCORE || r.get() == ColumnRole.WEIGHT)
          && (other.get() == ColumnRole.DEVIATION || other.get() == ColumnRole.EXPLANATION)) {
        return Optional.of(new RoleMatch(r.get(), false));
      }
    }
    return Optional.empty();
  }

  /** A header naming a target and an actual on either side of a slash: "计划值/完成值", "指标值／实际值". */
  private boolean targetWithActual(String cellText) {
    String[] parts = SLASH.split(cellText.strip());
    return parts.length == 2 && exactRole(parts[0]).equals(Optional.of(ColumnRole.TARGET))
        && exactRole(parts[1]).equals(Optional.of(ColumnRole.ACTUAL));
  }

  private Optional<ColumnRole> exactRole(String word) {
    return Optional.ofNullable(exactRoles.get(Names.label(word)));
  }

  /**
   * Reads row {@code row} as a header: the first column of each recognised role. Returns empty
   * unless the row names an indicator (三级指标, 指标名称, or 一级指标 in a subtotal table) and a
   * weight or a score column.
   */
  public Optional<HeaderRow> classify(TableGrid grid, int row) {
    Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
    java.util.Set<ColumnRole> exact = java.util.EnumSet.noneOf(ColumnRole.class);
    int recognised = 0;
    int nonEmpty = 0;
    JointScore.Order joint = null;
    for (int c = 0; c < grid.cols(); c++) {
      if (!grid.isOrigin(row, c) && grid.cellAt(row, c).row() == row) {
        continue; // the same horizontally merged cell
      }
      String t = grid.text(row, c);
      if (t.isBlank()) {
        continue;
      }
      if (Numbers.isFigure(t.strip())) {
        return Optional.empty(); // a cell that is a figure (4, 3.5): a row of data whose words happen to be header words
      }
      nonEmpty++;
      Optional<JointScore.Order> together = JointScore.header(t);
      if (together.isPresent() && !columns.containsKey(ColumnRole.WEIGHT) && !columns.containsKey(ColumnRole.SCORE)) {
        recognised++;
        joint = together.get();
        columns.put(ColumnRole.WEIGHT, c);
        columns.put(ColumnRole.SCORE, c);
        continue;
      }
      if (targetWithActual(t) && !columns.containsKey(ColumnRole.TARGET) && !columns.containsKey(ColumnRole.ACTUAL)) {
        recognised++;
        columns.put(ColumnRole.TARGET, c); // "计划值/完成值": each cell prints the target, a slash, the actual (h194)
        columns.put(ColumnRole.ACTUAL, c);
        continue;
      }
      if (misreadLevelWord(t)) {
        continue; // "-级指标": which level it is depends on the others (misreadLevel)
      }
      Optional<RoleMatch> role = match(t);
      if (role.isEmpty()) {
        continue;
      }
      recognised++;
      ColumnRole r = role.get().role();
      if (r == ColumnRole.NAME && Names.label(t).startsWith(SEQUENCE_WORD) && !columns.containsKey(ColumnRole.SEQ)) {
        columns.put(ColumnRole.SEQ, c); // "序号 指标名称" in one cell: each name is printed after its number
      }
      if ((r == ColumnRole.WEIGHT || r == ColumnRole.SCORE) && joint != null) {
        continue; // the joint column holds both already
      }
      if (r == ColumnRole.UNIT && columns.containsKey(ColumnRole.UNIT) && columns.containsKey(ColumnRole.ACTUAL)
          && columns.get(ColumnRole.ACTUAL) > columns.get(ColumnRole.UNIT) && c > columns.get(ColumnRole.ACTUAL)) {
        columns.put(ColumnRole.ACTUAL_UNIT, c); // 指标值 | 计量单位 | 完成值 | 计量单位: each value its own unit (h324)
      } else if (r == ColumnRole.WEIGHT && columns.containsKey(ColumnRole.WEIGHT) && columns.containsKey(ColumnRole.SCORE)
          && c > columns.get(ColumnRole.SCORE)) {
        continue; // 分值 | 得分 | … | 满分 | 自评总分: a weight after the score is the report's full mark, a flat export repeating it (h398)
      } else if (r == ColumnRole.WEIGHT && columns.containsKey(ColumnRole.WEIGHT)) {
        // 一级指标 | 权重 | … | 分值: the first weight column belongs to the first level
        columns.put(ColumnRole.LEVEL1_WEIGHT, columns.get(ColumnRole.WEIGHT));
        columns.put(ColumnRole.WEIGHT, c);
      } else if (!columns.containsKey(r) || (role.get().exact() && !exact.contains(r))) {
        columns.put(r, c); // an exact header word (得分) outranks one only containing it (评分说明)
        if (role.get().exact()) {
          exact.add(r);
        }
      }
    }
    if (misreadLevel(grid, row, columns)) {
      recognised++;
    }
    bareName(grid, row, columns);
    boolean names = columns.containsKey(ColumnRole.LEVEL3) || columns.containsKey(ColumnRole.NAME)
        || columns.containsKey(ColumnRole.LEVEL1) || columns.containsKey(ColumnRole.GOAL);
    if (names && columns.containsKey(ColumnRole.NAME) && !exact.contains(ColumnRole.NAME)
        && Names.label(grid.text(row, columns.get(ColumnRole.NAME))).equals(BARE_NAME)) {
      recognised++;
    }
    boolean scores = columns.containsKey(ColumnRole.WEIGHT) || columns.containsKey(ColumnRole.SCORE);
    Integer item = itemColumn(grid, row);
    if (!names && item != null && columns.containsKey(ColumnRole.WEIGHT) && columns.containsKey(ColumnRole.SCORE)) {
      // "项目 | 分值 | 得分 | 自评等级" (h263's closing 合计 table): a scored table whose label column says only 项目
      columns.put(ColumnRole.NAME, item);
      names = true;
      recognised++;
    }
    if (!names && groupColumn(grid, row, columns)) {
      columns.put(ColumnRole.LEVEL1, 0);
      names = true;
    }
    if (!names || !scores || recognised * 2 < nonEmpty) {
      return Optional.empty();
    }
    scoredFourthLevel(columns);
    diagonalFirstLevel(grid, row, columns);
    dutyAsGoal(grid, row, columns);
    secondGroupLevel(grid, row, columns);
    fixLevel1Weight(columns);
    scoredSecondLevel(columns);
    resultBesideTarget(columns);
    resultBesideRule(columns);
    scoringNotesAsRules(grid, row, columns);
    thisYearsColumns(grid, row, columns);
    unreadWeightHeader(grid, row, columns);
    Integer w = columns.get(ColumnRole.WEIGHT);
    boolean share = w != null && Names.compact(grid.text(row, w)).contains("权重");
    HeaderRow.WeightForm form = !share ? HeaderRow.WeightForm.POINTS
        : fractions(grid, row, w, columns.get(ColumnRole.SCORE)) ? HeaderRow.WeightForm.FRACTION
        : groupShares(grid, row, w, columns.get(ColumnRole.LEVEL1_WEIGHT)) ? HeaderRow.WeightForm.GROUP_SHARE
        : HeaderRow.WeightForm.PERCENT;
    return Optional.of(new HeaderRow(row, columns, form, joint));
  }
  /** Rows under a header whose figures must show a column to be the weights its header does not name. */
  private static final int MIN_WEIGHT_ROWS = 3;
  /** The longest header text that is no word at all: a recognizer's reading of a header cell ("人" for 分值). */
  private static final int MAX_GARBLED_HEADER = 2;

  /**
   * A scan's weight column whose header OCR could not read ("人" for 分值, h514): with a score column and no weight, the
   * column right before the score whose header is no known word of two characters or fewer is the weights when every
   * row below prints a figure there no smaller than its score, {@value #MIN_WEIGHT_ROWS} rows or more.
   */
  private void unreadWeightHeader(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    Integer score = columns.get(ColumnRole.SCORE);
    if (score == null || score == 0 || columns.containsKey(ColumnRole.WEIGHT) || columns.containsValue(score - 1)) {
      return;
    }
    int c = score - 1;
    String header = Names.compact(grid.text(row, c));
    if (header.isEmpty() || header.length() > MAX_GARBLED_HEADER || match(header).isPresent()) {
      return;
    }
    int pairs = 0;
    for (int r = row + 1; r < grid.rows(); r++) {
      java.math.BigDecimal w = Numbers.parsePoints(grid.text(r, c).strip()).orElse(null);
      java.math.BigDecimal s = Numbers.parsePoints(grid.text(r, score).strip()).orElse(null);
      if (w != null && s != null) {
        if (w.compareTo(s) < 0) {
          return;
        }
        pairs++;
      }
    }
    if (pairs >= MIN_WEIGHT_ROWS) {
      columns.put(ColumnRole.WEIGHT, c);
    }
  }

  /** A year group label over a header's columns: "2024年度（本年）", "2023年". */
  private static final Pattern GROUP_YEAR = Numbers.compile("({Y})\\s*年");
  /** The roles a table printing two years side by side repeats under each year. */
  private static final List<ColumnRole> YEARLY = List.of(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.SCORE, ColumnRole.WEIGHT,
      ColumnRole.SCORE_RATE);

  /**
   * Two years side by side (h291: "2023年度（上年） | 2024年度（本年）" over 年度指标值 | 实际完成值 | 得分 each): a role
   * repeated in the header row is read from the columns under the latest year's label in the row above (or under
   * 本年/当年 rather than 上年), since a report scores its own year and prints earlier ones to compare; the first
   * columns otherwise, as before.
   */
  private void thisYearsColumns(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    for (ColumnRole role : YEARLY) {
      Integer first = columns.get(role);
      if (first == null) {
        continue;
      }
      int best = first;
      int bestRank = yearRank(grid, row, first);
      for (int c = first + 1; c < grid.cols(); c++) {
        if (!grid.isOrigin(row, c) && grid.cellAt(row, c).row() == row) {
          continue;
        }
        Optional<RoleMatch> m = match(grid.text(row, c));
        int rank = yearRank(grid, row, c);
        if (m.isPresent() && m.get().role() == role && rank > bestRank) {
          best = c;
          bestRank = rank;
        }
      }
      if (best != first && bestRank > Integer.MIN_VALUE) {
        columns.put(role, best);
      }
    }
  }

  /**
   * How late column {@code c}'s year is: by its group label in the row above, else by its own label ("上年实际完成值 |
   * 本年实际完成值", h486).
   */
  private static int yearRank(TableGrid grid, int row, int c) {
    int above = row > 0 ? yearRank(grid.text(row - 1, c)) : Integer.MIN_VALUE;
    return above > Integer.MIN_VALUE ? above : yearRank(grid.text(row, c));
  }

  /** How late a group label's year is: the year printed, 本年/当年 above any printed year, 上年 below; none at all lowest. */
  private static int yearRank(String label) {
    String t = Names.compact(label);
    if (t.contains("本年") || t.contains("当年")) {
      return Integer.MAX_VALUE;
    }
    java.util.regex.Matcher y = GROUP_YEAR.matcher(t);
    if (y.find()) {
      return Numbers.of(y.group(1)).intValue();
    }
    return t.contains("上年") ? 0 : Integer.MIN_VALUE;
  }

  /** A level header whose ordinal did not read ("-级指标", "=级指标" on a scan): one character, then 级指标. */
  private static final Pattern SOME_LEVEL = Pattern.compile(".级指标(名称)?");
  private static final List<ColumnRole> LEVELS = List.of(ColumnRole.LEVEL1, ColumnRole.LEVEL2, ColumnRole.LEVEL3);

  /**
   * A level header with its ordinal misread (OCR reads the 二 of 二级指标 as "-" or "="): it is the one level the
   * row lacks that fits between the levels beside it (left of 三级指标 and right of 一级指标 is 二级). Taken only when
   * exactly one level fits, so a header that names no level order stays unread.
   */
  private boolean misreadLevel(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    for (int c = 0; c < grid.cols(); c++) {
      if (!grid.isOrigin(row, c) || columns.containsValue(c)) {
        continue;
      }
      if (!misreadLevelWord(grid.text(row, c))) {
        continue;
      }
      ColumnRole fits = null;
      int fitting = 0;
      for (int k = 0; k < LEVELS.size(); k++) {
        if (columns.containsKey(LEVELS.get(k)) || !inOrder(columns, k, c)) {
          continue;
        }
        fits = LEVELS.get(k);
        fitting++;
      }
      if (fitting == 1 && columns.keySet().stream().filter(LEVELS::contains).count() == 2) {
        columns.put(fits, c);
        return true;
      }
    }
    return false;
  }

  private boolean misreadLevelWord(String text) {
    String label = Names.label(text);
    return SOME_LEVEL.matcher(label).matches() && !exact.containsKey(label);
  }

  /** Whether level {@code k} at column {@code c} keeps the row's other level columns in their order. */
  private static boolean inOrder(Map<ColumnRole, Integer> columns, int k, int c) {
    for (int j = 0; j < LEVELS.size(); j++) {
      Integer at = columns.get(LEVELS.get(j));
      if (at != null && (j < k && at >= c || j > k && at <= c)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> ITEM_WORDS = java.util.Set.of("项目", "内容", "类别");

  /** The first non-empty cell of the row when it only says 项目 (or 内容, 类别): a label column of no kind. */
  private static final TotalLabels TOTALS = TotalLabels.standard();

  /**
   * "　| 分值 | 得分" above rows each naming a framework group (预算执行, 产出指标, 满意度指标 …) or the total: a table of
   * the 一级 subtotals whose blank corner heads the groups (h380's chart of 一级指标得分, read as its cached values).
   */
  private static boolean groupColumn(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    if (!grid.text(row, 0).isBlank() || columns.size() != 2 || !columns.containsKey(ColumnRole.WEIGHT)
        || !columns.containsKey(ColumnRole.SCORE) || columns.containsValue(0)) {
      return false;
    }
    int groups = 0;
    for (int r = row + 1; r < grid.rows(); r++) {
      String label = Names.label(grid.text(r, 0));
      String bare = label.endsWith("指标") ? label.substring(0, label.length() - 2) : label;
      if (FrameworkLevels.LEVEL1.contains(bare) || FrameworkLevels.LEVEL2.contains(bare)) {
        groups++;
      } else if (!TOTALS.isTotal(label)) {
        return false;
      }
    }
    return groups >= 2;
  }

  private static @org.jspecify.annotations.Nullable Integer itemColumn(TableGrid grid, int row) {
    for (int c = 0; c < grid.cols(); c++) {
      String t = Names.compact(grid.text(row, c));
      if (!t.isEmpty()) {
        return ITEM_WORDS.contains(t) ? c : null;
      }
    }
    return null;
  }


  /**
   * A header cell reading only 名称, or an empty first cell beside three labelled columns or more: the name column where
   * the row names no level and no 指标名称 (h188, h225).
   */
  private static final String BARE_NAME = "名称";

  /**
   * "名称 | 年度指标值 | 实际完成值 | 分值 | 得分" (labelled records made a table, h188): the one 名称 cell is the name column
   * when nothing else names the rows. Not a vocabulary word: under 编码 | 名称 pairs (h204) each level has its own.
   */
  private static void bareName(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    if (columns.containsKey(ColumnRole.LEVEL3) || columns.containsKey(ColumnRole.NAME) || columns.containsKey(ColumnRole.CODE)) {
      return;
    }
    Integer found = null;
    boolean levels = columns.containsKey(ColumnRole.LEVEL1) || columns.containsKey(ColumnRole.LEVEL2);
    for (int c = 0; !levels && c < grid.cols(); c++) {
      if (grid.isOrigin(row, c) && Names.label(grid.text(row, c)).equals(BARE_NAME)) {
        if (found != null) {
          return;
        }
        found = c;
      }
    }
    // an empty first column below too is an indent, not names: a summary block set one column in (h541)
    boolean namesBelow = row + 1 < grid.rows() && !grid.text(row + 1, 0).isBlank();
    if (found == null && (!levels || namesBelow) && grid.text(row, 0).isBlank() && columns.size() >= 3) {
      found = 0; // a list's terms under a header that heads every other column (h225's <dl> records)
    }
    if (found != null) {
      columns.put(ColumnRole.NAME, found);
    }
  }

  /**
   * Whether a 权重 column below header row {@code row} prints fractions of the whole: three or more figures, none
   * above 1, beside scores of which some exceed 1 (0.10 | 9: a score can never exceed its weight on one scale).
   */
  private static boolean fractions(TableGrid grid, int row, int weightCol, @Nullable Integer scoreCol) {
    if (scoreCol == null || scoreCol == weightCol) {
      return false;
    }
    int weights = 0;
    boolean scoreAboveOne = false;
    for (int r = row + 1; r < grid.rows(); r++) {
      var w = Numbers.parse(grid.text(r, weightCol).strip());
      if (w.isPresent()) {
        if (w.get().compareTo(BigDecimal.ONE) > 0 || w.get().signum() < 0) {
          return false;
        }
        weights++;
      }
      var sc = Numbers.parsePoints(grid.text(r, scoreCol).strip());
      scoreAboveOne |= sc.isPresent() && sc.get().compareTo(BigDecimal.ONE) > 0;
    }
    return weights >= 3 && scoreAboveOne;
  }

  /**
   * Whether a 权重 column below header row {@code row} prints shares of each 一级's points (h350): under two or more
   * 一级 points cells merged down their groups, each group's weights add up to 100 (%).
   */
  private static boolean groupShares(TableGrid grid, int row, int weightCol, @Nullable Integer groupCol) {
    if (groupCol == null || groupCol == weightCol) {
      return false;
    }
    int groups = 0;
    BigDecimal sum = BigDecimal.ZERO;
    int shares = 0;
    for (int r = row + 1; r <= grid.rows(); r++) {
      if (r == grid.rows() || grid.cellAt(r, groupCol).row() == r) {
        if (shares > 0 && sum.compareTo(HUNDRED) != 0) {
          return false; // a group whose shares do not make its whole
        }
        groups += shares > 0 ? 1 : 0;
        sum = BigDecimal.ZERO;
        shares = 0;
        if (r == grid.rows() || Numbers.parse(grid.text(r, groupCol).strip()).isEmpty()) {
          continue; // a group without its points (a 合计 line's dash, a note) holds no shares to count
        }
      }
      var share = Numbers.parsePercent(grid.text(r, weightCol).strip());
      if (share.isPresent()) {
        sum = sum.add(share.get());
        shares++;
      }
    }
    return groups >= 2;
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * 一级指标 | 二级指标 | 权重分 | 年度目标值 | 全年实际值 | 自评得分: a two-level system whose second level is
   * the scored indicator (targets and actuals beside it), so its column holds the indicators' names.
   */
  private static void scoredSecondLevel(Map<ColumnRole, Integer> columns) {
    boolean named = columns.containsKey(ColumnRole.LEVEL3) || columns.containsKey(ColumnRole.NAME);
    // measured against a target, or scored by points each row explains (an ex-ante assessment's 评估要点, h226)
    boolean measured = columns.containsKey(ColumnRole.TARGET) || columns.containsKey(ColumnRole.ACTUAL)
        || columns.containsKey(ColumnRole.EXPLANATION) && columns.containsKey(ColumnRole.SCORE);
    if (!named && measured && columns.containsKey(ColumnRole.LEVEL1) && columns.containsKey(ColumnRole.LEVEL2)) {
      columns.put(ColumnRole.NAME, columns.remove(ColumnRole.LEVEL2));
    }
  }

  /**
   * 一级 | 二级 | 三级 | 四级指标 | 分值 | … | 得分: a four-level system scores its fourth level, so the rows take
   * its names as their indicator names (level 3 of the model, which has three); the 三级 names above them are
   * groups the model has no level for, and stay in the table the rows cite.
   */
  private static void scoredFourthLevel(Map<ColumnRole, Integer> columns) {
    Integer fourth = columns.remove(ColumnRole.LEVEL4);
    if (fourth != null) {
      columns.put(ColumnRole.LEVEL3, fourth);
      columns.remove(ColumnRole.NAME);
    }
  }

  /**
   * 三级指标 | 分值 | 目标值 | 评分标准 | 评价结果 | 得分: beside a target and with no actual column, the
   * 评价结果 (result) column holds what each indicator achieved, not a grade.
   */
  private static void resultBesideTarget(Map<ColumnRole, Integer> columns) {
    boolean named = columns.containsKey(ColumnRole.LEVEL3) || columns.containsKey(ColumnRole.NAME);
    if (named && columns.containsKey(ColumnRole.TARGET) && !columns.containsKey(ColumnRole.ACTUAL)
        && columns.containsKey(ColumnRole.GRADE)) {
      columns.put(ColumnRole.ACTUAL, columns.remove(ColumnRole.GRADE));
    }
  }

  /**
   * 三级指标 | 分值 | 评分标准 | 评价结果 | 得分 with neither a target nor an actual column (h161): the 评价结果 column
   * says what the evaluator found for each row ("预算调整率16.00%"), the row's own remark, not a grade.
   */
  private static void resultBesideRule(Map<ColumnRole, Integer> columns) {
    boolean named = columns.containsKey(ColumnRole.LEVEL3) || columns.containsKey(ColumnRole.NAME);
    if (named && columns.containsKey(ColumnRole.RULE) && !columns.containsKey(ColumnRole.TARGET)
        && !columns.containsKey(ColumnRole.ACTUAL) && !columns.containsKey(ColumnRole.DEVIATION)
        && columns.containsKey(ColumnRole.GRADE)) {
      columns.put(ColumnRole.DEVIATION, columns.remove(ColumnRole.GRADE));
    }
  }

  /** An explanation column that explains the scoring (评分说明, 得分说明), not the indicator (指标解释). */
  private static final java.util.regex.Pattern SCORING_NOTE = java.util.regex.Pattern.compile("评分说明|得分说明|扣分说明|得分依据");

  /**
   * 三级指标 | … | 评价分 | 评分说明: with no rule column, the column explaining each score holds the rules where a
   * report prints them ("≥98%得满分，每低1个百分点扣1分", h177), beside remarks ("档案不全扣2分") the audit reads as
   * judgements: it is the rows' rule column.
   */
  private static void scoringNotesAsRules(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    Integer note = columns.get(ColumnRole.EXPLANATION);
    if (note != null && !columns.containsKey(ColumnRole.RULE)
        && SCORING_NOTE.matcher(Names.compact(grid.text(row, note))).find()) {
      columns.put(ColumnRole.RULE, columns.remove(ColumnRole.EXPLANATION));
    } else if (note != null && !columns.containsKey(ColumnRole.DEVIATION)
        && SCORING_NOTE.matcher(Names.compact(grid.text(row, note))).find()) {
      // beside a rule column, what each score's note says is what was found ("完成3990户", "扣1分"): the row's reason (h202)
      columns.put(ColumnRole.DEVIATION, columns.remove(ColumnRole.EXPLANATION));
    }
  }

  /**
   * A 斜线表头 (h366): the top-left cell split by a diagonal into two labels ("指标名称 指标层级"), over the column of 一级
   * groups beside 二级指标 | 三级指标. With both lower levels named and no 一级 column, the column right before 二级指标, headed
   * by no value's word, holds the 一级 names.
   */
  private static void diagonalFirstLevel(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    Integer l2 = columns.get(ColumnRole.LEVEL2);
    if (l2 == null || l2 == 0 || !columns.containsKey(ColumnRole.LEVEL3) || columns.containsKey(ColumnRole.LEVEL1)) {
      return;
    }
    int before = grid.cellAt(row, l2 - 1).col();
    if (grid.text(row, before).isBlank() || !SPACES.matcher(grid.text(row, before).strip()).find()) {
      return; // not two labels in one cell
    }
    for (Map.Entry<ColumnRole, Integer> e : new ArrayList<>(columns.entrySet())) {
      if (e.getValue() == before) {
        if (e.getKey() != ColumnRole.NAME && e.getKey() != ColumnRole.LEVEL_MARK) {
          return; // a value's column
        }
        columns.remove(e.getKey());
      }
    }
    columns.put(ColumnRole.LEVEL1, before);
  }

  /** A duty's column: the 部门职责 a department's 履职 indicators are grouped by. */
  private static final Pattern DUTY = Pattern.compile("^(?:部门)?职责(?:领域)?$|^履职领域$");

  /**
   * 部门职责 | 工作活动 | 指标类型 | 指标名称 (h493): the duty column is what the indicators serve, the row's goal, when a
   * column of 一级 words (指标类型: 产出指标, 效益指标) follows it before the names; without one (h323) the duty is the 一级.
   */
  private void dutyAsGoal(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    Integer duty = columns.get(ColumnRole.LEVEL1);
    Integer names = firstOf(columns, ColumnRole.LEVEL3, ColumnRole.NAME);
    if (duty == null || names == null || columns.containsKey(ColumnRole.GOAL)
        || !DUTY.matcher(Names.compact(grid.text(row, duty))).matches()) {
      return;
    }
    for (int c = duty + 1; c < names; c++) {
      if (!columns.containsValue(c) && match(grid.text(row, c)).map(m -> m.role() == ColumnRole.LEVEL1).orElse(false)
          && !DUTY.matcher(Names.compact(grid.text(row, c))).matches()) {
        columns.put(ColumnRole.GOAL, duty);
        columns.put(ColumnRole.LEVEL1, c);
        return;
      }
    }
  }

  /**
   * 指标类型 | 指标类别 | 具体指标 (h149, a 项目支出 template): two columns of group words before the names, no 二级 column
   * named; the second, right after the first, holds the 二级 groups (数量指标 under 产出指标).
   */
  private void secondGroupLevel(TableGrid grid, int row, Map<ColumnRole, Integer> columns) {
    Integer l1 = columns.get(ColumnRole.LEVEL1);
    Integer l3 = firstOf(columns, ColumnRole.LEVEL3, ColumnRole.NAME);
    if (l1 == null || l3 == null || columns.containsKey(ColumnRole.LEVEL2)) {
      return;
    }
    int next = grid.cellAt(row, l1).col() + grid.cellAt(row, l1).colSpan();
    if (next < l3 && !columns.containsValue(next)
        && match(grid.text(row, next)).map(m -> m.role() == ColumnRole.LEVEL1).orElse(false)) {
      columns.put(ColumnRole.LEVEL2, next);
    }
  }

  /** 一级指标 | 权重 | 二级指标 | 三级指标 | … | 分值 | 得分 with a single 权重 right after level 1. */
  private static void fixLevel1Weight(Map<ColumnRole, Integer> columns) {
    Integer w = columns.get(ColumnRole.WEIGHT);
    Integer l3 = firstOf(columns, ColumnRole.LEVEL3, ColumnRole.NAME);
    Integer l1 = columns.get(ColumnRole.LEVEL1);
    if (w != null && l3 != null && l1 != null && w < l3 && w > l1 && !columns.containsKey(ColumnRole.LEVEL1_WEIGHT)) {
      columns.put(ColumnRole.LEVEL1_WEIGHT, w);
      columns.remove(ColumnRole.WEIGHT);
    }
  }

  private static @Nullable Integer firstOf(Map<ColumnRole, Integer> columns, ColumnRole... roles) {
    for (ColumnRole r : roles) {
      if (columns.containsKey(r)) {
        return columns.get(r);
      }
    }
    return null;
  }
}
