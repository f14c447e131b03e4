package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.text.name.Names;
import org.jixiao.schema.ValueKind;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;
import org.jixiao.text.number.ValueParser;
import org.jixiao.text.words.Lexicon;

/**
 * 得分率 tables: a table of the linear text (a line of tab-joined cells per row, merged cells
 * resolved) whose header names a full-mark column (分值, 权重 …), a score column (得分 …) and a 得分率
 * column, one each (words in {@code score-rate-table.txt}); the summary of 一级指标 (h34 "一级指标 | 分值
 * | 得分 | 得分率"), an indicator table with a 得分率 column (h63), a 表5-2 of 二级指标. The lines under the
 * header are read while they have the header's number of cells.
 *
 * <p>A table is trusted only when most of its lines agree (得分 ÷ 分值 gives the printed rate): a
 * table whose rates mostly disagree is one whose columns were misread, and it says nothing.
 */
final class ScoreRateTables {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_LINES = 80;

  /**
   * One line: its name (the nearest cell left of the full mark that is no value), the three figures, where they stand,
   * and the most decimals the table prints a score with.
   */
  record Line(String name, BigDecimal weight, BigDecimal score, BigDecimal rate, String rateText,
      int start, int end, int rateStart, int rateEnd, int tableScoreScale, boolean tier) {
    Line withTableScoreScale(int scale) {
      return new Line(name, weight, score, rate, rateText, start, end, rateStart, rateEnd, scale, tier);
    }

    /** 分值 × the rate: the score a 计分档位 gives. */
    BigDecimal tierScore() {
      return weight.multiply(rate).divide(HUNDRED, MathContext.DECIMAL64);
    }

    /** 得分 ÷ 分值 × 100. */
    BigDecimal recomputed() {
      return score.multiply(HUNDRED).divide(weight, MathContext.DECIMAL64);
    }

    /**
     * The printed rate is 得分 ÷ 分值 at its precision, or the rate of a score the printed one rounds
     * (8.727 printed 8.73 with 87.27%): a score printed with decimals may be rounded, a whole one is exact, and one
     * printed with fewer decimals than the table's others is exact at theirs (14.5 beside 18.31 is 14.50, h497).
     */
    boolean agrees() {
      if (Decimals.agreesAtPrintedPrecision(rate, recomputed())) {
        return true;
      }
      int scale = Decimals.printedScale(score);
      if (scale == 0) {
        return false;
      }
      scale = Math.max(scale, tableScoreScale);
      BigDecimal implied = rate.multiply(weight).divide(HUNDRED, MathContext.DECIMAL64);
      BigDecimal slack = BigDecimal.valueOf(5, scale + 1)
          .add(BigDecimal.valueOf(5, Decimals.printedScale(rate) + 1).multiply(weight).divide(HUNDRED, MathContext.DECIMAL64));
      return implied.subtract(score).abs().compareTo(slack) <= 0;
    }
  }

  private final List<String> weightWords;
  private final List<String> scoreWords;
  private final List<String> rateWords;
  private final List<String> tierWords;

  private ScoreRateTables(Lexicon words) {
    weightWords = words.words("WEIGHT").stream().map(Names::label).toList();
    scoreWords = words.words("SCORE").stream().map(Names::label).toList();
    rateWords = words.words("RATE").stream().map(Names::label).toList();
    tierWords = words.words("TIER").stream().map(Names::label).toList();
  }

  static ScoreRateTables standard() {
    return new ScoreRateTables(Lexicon.load(ScoreRateTables.class, "score-rate-table.txt"));
  }

  /** The lines of every trusted 得分率 table of {@code text}, in text order. */
  List<Line> lines(String text) {
    List<TabLine> all = TabLine.of(text);
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Optional<Header> header = header(all.get(i));
      if (header.isEmpty()) {
        continue;
      }
      List<Line> table = new ArrayList<>();
      String group = null; // the 一级 the lines are under: printed on its first line only (a merged cell)
      int j = i + 1;
      for (; j < all.size() && j <= i + MAX_LINES; j++) {
        TabLine c = all.get(j);
        if (c.texts().size() != all.get(i).texts().size()) {
          break;
        }
        if (header(c).isPresent()) {
          break;
        }
        String first = Names.clean(c.texts().get(0));
        group = first != null ? first : group;
        line(c, header.get(), group).ifPresent(table::add);
      }
      int scale = table.stream().mapToInt(l -> Decimals.printedScale(l.score())).max().orElse(0);
      table.replaceAll(l -> l.withTableScoreScale(scale));
      long agreeing = table.stream().filter(Line::agrees).count();
      if (agreeing * 2 > table.size() && agreeing >= 1) {
        out.addAll(table);
      }
      i = j - 1;
    }
    return out;
  }

  private record Header(int weight, int score, int rate, boolean percent, boolean tier) {}

  private Optional<Header> header(TabLine c) {
    int weight = -1;
    int score = -1;
    int rate = -1;
    boolean percent = false;
    boolean tier = false;
    for (int k = 0; k < c.texts().size(); k++) {
      String label = Names.label(c.texts().get(k));
      if (weightWords.contains(label)) {
        if (weight >= 0) {
          return Optional.empty();
        }
        weight = k;
      } else if (scoreWords.contains(label)) {
        if (score >= 0) {
          return Optional.empty();
        }
        score = k;
      } else if (rateWords.contains(label) || tierWords.contains(label)) {
        if (rate >= 0) {
          return Optional.empty();
        }
        rate = k;
        tier = tierWords.contains(label);
        percent = c.texts().get(k).contains("%") || c.texts().get(k).contains("％");
      }
    }
    // no 得分率 column: the rate may stand on subtotal lines that say so ("小计（得分率%） | 40 | 38.5 | 95.25", h207)
    return weight >= 0 && score >= 0 ? Optional.of(new Header(weight, score, rate, percent, tier)) : Optional.empty();
  }

  /** A subtotal line's label saying its last figure is the group's 得分率: "小计（得分率%）". */
  private static final Pattern RATE_LABEL = Pattern.compile("(?:小计|合计).*得分率");

  /** A subtotal line's cell after the score that states the group's rate with its own label: "得分率 82.80%" (h239). */
  private static final Pattern LABELLED_RATE = Numbers.compile("^得分率\\s*[:：]?\\s*(?:为)?\\s*({N}\\s*[%％])$");
  private static final Pattern SUBTOTAL_LABEL = Pattern.compile("小计|合计");

  /**
   * The cell of a line under a header with no 得分率 column that holds the rate its label announces: the one figure after
   * the score, or on a 小计 line the one cell after the score labelled 得分率; -1 when the line announces none.
   */
  private static int announcedRate(TabLine c, Header h) {
    List<String> before = c.texts().subList(0, h.weight());
    boolean announced = before.stream().anyMatch(t -> RATE_LABEL.matcher(Names.compact(t)).find());
    boolean subtotal = before.stream().anyMatch(t -> SUBTOTAL_LABEL.matcher(Names.compact(t)).find());
    int found = -1;
    for (int k = h.score() + 1; (announced || subtotal) && k < c.texts().size(); k++) {
      String t = c.texts().get(k).strip();
      if (announced ? Numbers.parse(t).isPresent() : LABELLED_RATE.matcher(t).matches()) {
        if (found >= 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }

  private static Optional<Line> line(TabLine c, Header h, @Nullable String group) {
    int rateCell = h.rate() >= 0 ? h.rate() : announcedRate(c, h);
    if (rateCell < 0) {
      return Optional.empty();
    }
    Optional<BigDecimal> weight = Numbers.parsePoints(c.texts().get(h.weight()));
    Optional<BigDecimal> score = Numbers.parsePoints(c.texts().get(h.score()));
    String cell = c.texts().get(rateCell);
    String rateText = cell.strip();
    int rateStart = c.cellStart(rateCell);
    int rateEnd = rateStart + cell.length();
    Matcher labelled = LABELLED_RATE.matcher(rateText);
    if (labelled.matches()) { // the figure alone, where it stands in its cell
      rateStart += cell.indexOf(rateText) + labelled.start(1);
      rateEnd = rateStart + labelled.group(1).length();
      rateText = labelled.group(1);
    }
    Optional<BigDecimal> rate = Numbers.parsePercent(rateText);
    if (rate.isEmpty() && (h.percent() || h.rate() < 0)) {
      rate = Numbers.parse(rateText); // 得分率（%） | 93.33; 小计（得分率%） | … | 95.25
    }
    if (weight.isEmpty() || score.isEmpty() || rate.isEmpty() || weight.get().signum() <= 0
        || score.get().signum() < 0) {
      return Optional.empty();
    }
    String name = null;
    for (int k = h.weight() - 1; k >= 0 && name == null; k--) {
      String t = Names.clean(c.texts().get(k));
      // the name, not the target or actual beside it ("≥90%", "91.5%", "12场")
      if (t != null && !Numbers.isFigure(t) && ValueParser.parse(t).kind() != ValueKind.QUANTITY) {
        name = t;
      }
    }
    if (h.rate() < 0) {
      name = group; // a subtotal line names its group
    }
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(new Line(name, weight.get(), score.get(), rate.get(), rateText, c.start(), c.end(),
        rateStart, rateEnd, 0, h.tier()));
  }
}
