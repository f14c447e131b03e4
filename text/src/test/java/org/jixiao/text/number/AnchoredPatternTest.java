package org.jixiao.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * An anchored pattern finds exactly what a scan from every character finds, on text made of the pieces the audit's
 * sentence patterns read (names, figures, units, operators, line breaks, tabs, brackets), wherever the anchors fall.
 */
class AnchoredPatternTest {
  /** A named ratio as the audit reads it: the operator is the anchor, names and units before it. */
  private static final AnchoredPattern RATIO = AnchoredPattern.compile(
      "(?m)(?:[=＝]|(?<=[\\t：:，,；;（(])|^)\\s*(?<body>(?<w1>\\p{IsHan}{1,12})?(?<a>{N})\\s*(?<u>\\p{IsHan}{1,3}?)\\s*[÷/]"
          + "\\s*(?<w2>\\p{IsHan}{1,12})?(?<b>{N})\\s*\\k<u>\\s*[=＝]\\s*(?<r>{N})\\s*[%％])", 120, "÷", "/");
  /** A count and its parts in brackets, the label lazy before the figure (two anchors, either bracket). */
  private static final AnchoredPattern BRACKETED = AnchoredPattern.compile(
      "(?<label>\\p{IsHan}{2,10}?)(?<total>{N})(?<unit>人|个|家)[（(](?<body>[^（）()]{4,40})[)）]", 60, "（", "(");
  /** A labelled cell opening its line or after a tab: the anchor is the label, after the line start and blanks. */
  private static final AnchoredPattern CELL = AnchoredPattern.compile(
      "(?m)(?:^|\\t)\\s*(?:全年预算数|预算数)\\s*[（(](?<unit>万元|元)[)）]\\s*(?:\\t\\s*)+(?<v>{N})\\s*(?=\\t|$)", 40, "全年预算数", "预算数");

  /** An amount and its unit, as {@link Money#find} reads it: the anchor ends the match. */
  private static final AnchoredPattern MONEY =
      AnchoredPattern.of(Pattern.compile("(" + Numbers.PATTERN + ")\\s*(百万元|千元|万元|亿元|元)"), 40, List.of("元"));

  @Property(tries = 400)
  void findsWhatAFullScanFinds(@ForAll("texts") String text) {
    for (AnchoredPattern p : List.of(RATIO, BRACKETED, CELL, MONEY)) {
      assertEquals(spans(p.pattern().matcher(text).results().toList()), spans(p.matches(text)), p.pattern() + " in " + text);
    }
  }

  @Test
  void readsTheSentencesItWasMadeFor() {
    String text = "签约率＝已签约重点人群21.36万人÷重点人群总数27.42万人＝78.90%；日期2024/6/3\n"
        + "核定编制48人（行政编制21人、事业编制27人）\t全年预算数（万元）\t2,400.00\n预算数(元)\t12";
    assertEquals(List.of("已签约重点人群21.36万人÷重点人群总数27.42万人＝78.90%"), RATIO.matches(text).stream().map(m -> m.group("body")).toList());
    assertEquals(List.of("核定编制48人（行政编制21人、事业编制27人）"), BRACKETED.matches(text).stream().map(MatchResult::group).toList());
    assertEquals(List.of("2,400.00", "12"), CELL.matches(text).stream().map(m -> m.group("v")).toList());
  }

  @Test
  void aTextWithoutAnchorsHasNoMatch() {
    assertEquals(List.of(), RATIO.matches("全年预算数2,400.00万元，执行率96.24%"));
    assertEquals(List.of(), RATIO.matches(""));
  }

  @Test
  void refusesAnchorsThatCannotBeFound() {
    assertThrows(IllegalArgumentException.class, () -> AnchoredPattern.of(Pattern.compile("a"), 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> AnchoredPattern.of(Pattern.compile("a"), 0, List.of("")));
    assertThrows(IllegalArgumentException.class, () -> AnchoredPattern.of(Pattern.compile("a"), -1, List.of("a")));
  }

  private static List<String> spans(List<MatchResult> matches) {
    return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group()).toList();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of("编制", "行政编制", "人", "个", "家", "万人", "12", "1,286", "21.36", "0", "3",
        "÷", "/", "=", "＝", "%", "（", "）", "(", ")", "、", "，", "；", "：", "\t", "\n", " ", "全年预算数", "预算数", "万元",
        "元", "亿元", "率", "总数", "人民币",
        // whole pieces of the sentences, so that random texts hold matches (and near misses) often
        "已签约重点人群21.36万人", "重点人群总数27.42万人", "＝78.90%", "=96.24%", "核定编制48人", "（行政编制21人、事业编制27人）",
        "全年预算数（万元）\t2,400.00", "预算数(元)\t12", "12,000,000.00元");
    return piece.list().ofMaxSize(30).map(l -> String.join("", l));
  }
}
