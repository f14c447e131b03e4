package org.jixiao.extract.prose;

import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph that opens with a name and its weight in brackets — "6.预算执行率（10分）。…得9.51分。"
 * or "（一）部门决策（20分），自评得分19分。" — the way many self-evaluation reports write one
 * paragraph per indicator; the weight may be labelled ("①名称（权重分3分）。", "①名称，权重分4分。", "①名称。设定权重分3分。") and the
 * bracket may hold the score too ("①名称（权重分2分，得分：2）。"). A Chinese-numeral ordinal (一、 / （一）) marks a
 * first-level group, an Arabic or circled one an indicator. The score is the paragraph's last "得S分" / "得分S分" /
 * "（得分：S）", or "得满分", else the one in the heading. The bracket may name the item's 二级 before its weight
 * ("1．绩效目标合理性（目标设定，满分5分）。"): {@code level2}, null when not printed there. {@code labelled}: the weight is labelled or scored in the
 * heading, a title whose paragraph then narrates evidence. "本项自评S分" scores too.
 */
record HeadedParagraph(String name, @Nullable String level2, BigDecimal weight, @Nullable BigDecimal score, boolean group, int nameStart,
    int nameEnd, int headEnd, boolean labelled) {
  /** The weight's label where one is printed: "（权重分3分）", "，权重分4分。". */
  private static final String WEIGHT_WORD = "(?:权重分?|分值|满分|标准分)";
  /**
   * The words of a weight stated as a sentence of its own: "设定权重分3分", "权重分值4分", "该项指标满分5分" (满分 only with
   * 该项/本项, since "满分100分。" may be the report's).
   */
  static final String SENTENCE_WEIGHT = "(?:(?:设定|设置)?(?:权重分值|权重分?|分值|标准分)"
      + "|(?:本项|该项|此项)(?:指标)?(?:权重分值|权重分?|分值|标准分|满分))(?:为|是)?";
  private static final Pattern HEAD = Numbers.compile(
      "^[\\s\\u00A0\\u3000]*(?:(?<cn>" + Outline.CHINESE + ")"
          + "|" + Outline.ARABIC + "|" + Outline.CIRCLED + ")?[\\s\\u00A0\\u3000]*"
          + "(?<name>[^（(。，,；;：:\\s](?:[^（(。，,；;：:]|[(（][^)）(（]{1,20}[)）]){1,39}?)\\s*"
          // "（3分）", "（权重分3分）", "（权重分2分，得分：2）", or "，权重分4分。"
          + "(?:[(（]\\s*(?:(?!" + WEIGHT_WORD + ")(?<level2>\\p{IsHan}{2,10})\\s*[,，、]\\s*)?"
          + "(?<word>" + WEIGHT_WORD + ")?\\s*(?<weight>{N})\\s*分\\s*"
          + "(?:[,，]\\s*得分[：:]?\\s*(?<headScore>{N})\\s*分?\\s*)?[)）]"
          // after a comma not 满分: "…开展自评，满分100分。" states the report's full mark
          + "|[,，]\\s*(?:权重分?|分值|标准分)\\s*(?<statedWeight>{N})\\s*分\\s*(?=[。；;])"
          // a sentence of its own after a numbered title: "①立项依据充分性。设定权重分3分。…" (not "设置分值8分，得8分",
          // a heading's score note)
          + "|[。．]\\s*" + SENTENCE_WEIGHT + "\\s*(?<sentenceWeight>{N})\\s*分\\s*(?=[。；;]))");
  /** An outline marker opening the paragraph: a weight in a sentence of its own counts only after a numbered title. */
  private static final Pattern NUMBERED = Pattern.compile("^[\\s\\u00A0\\u3000]*" + Outline.ANY);
  /** "得4分", "得分为4分", or the note "（得分：3.5）" that closes an item. */
  private static final Pattern SCORED = Numbers.compile(
      "得(?:分)?(?:为)?\\s*(?<s>{N})\\s*分(?![值数])|[(（]\\s*得分[：:]\\s*(?<note>{N})\\s*分?\\s*[)）]"
          // "本项自评7.7分", "该项评定4分": the self-score verb without 得
          + "|(?:本项|该项|此项)(?:指标)?(?:自评|评定|核定)(?:为)?\\s*(?<self>{N})\\s*分(?![值数])"
          // "得分=81.6%/85%×6=5.76" (h355): the score is the result of the formula it is worked out by
          + "|得分\\s*[=＝][^。；;，,=＝]{1,60}[=＝]\\s*(?<formula>{N})(?![\\d.%％])");
  private static final int MAX_PARAGRAPH = 20_000;
  private static final Pattern FULL = Pattern.compile("得满分");

  private static final int HEAD_WINDOW = 200;

  static Optional<HeadedParagraph> parse(String text) {
    // the heading is at the paragraph's start: match only its opening (bounded work on any input)
    Matcher m = HEAD.matcher(text.substring(0, Math.min(text.length(), HEAD_WINDOW)));
    if (!m.find()) {
      return Optional.empty();
    }
    boolean sentence = m.group("sentenceWeight") != null;
    if (sentence && !NUMBERED.matcher(text).lookingAt()) {
      return Optional.empty(); // "评价组认为…。分值…": an unnumbered sentence is no title
    }
    boolean labelled = m.group("word") != null || m.group("level2") != null || m.group("headScore") != null
        || m.group("statedWeight") != null || sentence;
    if (m.group("cn") != null && labelled) {
      return Optional.empty(); // "（一）决策指标（权重15分，得分14分）": a subtotal lead (GroupLead), named as printed
    }
    BigDecimal weight = decimal(m.group("weight") != null ? m.group("weight")
        : m.group("statedWeight") != null ? m.group("statedWeight") : m.group("sentenceWeight"));
    BigDecimal score = lastScore(text, m.end(), Math.min(text.length(), MAX_PARAGRAPH), weight);
    if (score == null && m.group("headScore") != null) {
      score = decimal(m.group("headScore")); // "①名称（权重分2分，得分：2）。…": scored in the heading itself
    }
    return Optional.of(new HeadedParagraph(m.group("name").strip(), m.group("level2"), weight, score, m.group("cn") != null,
        m.start("name"), m.end("name"), m.end(), labelled));
  }

  /** The last "得S分" in {@code [from, to)}, or the weight where a later "得满分" says so; null if none. */
  static @Nullable BigDecimal lastScore(String text, int from, int to, BigDecimal weight) {
    BigDecimal score = null;
    int lastAt = -1;
    Matcher s = SCORED.matcher(text);
    s.region(from, to);
    while (s.find()) {
      score = decimal(s.group("s") != null ? s.group("s") : s.group("note") != null ? s.group("note")
          : s.group("self") != null ? s.group("self") : s.group("formula"));
      lastAt = s.start();
    }
    Matcher f = FULL.matcher(text);
    f.region(from, to);
    while (f.find()) {
      if (f.start() > lastAt && !quoted(text, from, f.start())) {
        score = weight;
        lastAt = f.start();
      }
    }
    return score;
  }

  /**
   * Whether {@code at} stands inside a quotation opened after {@code from}: "评分标准为“≥85%得满分，每降低1个百分点扣0.5分”"
   * (h355) quotes the rule, whose 得满分 is no score.
   */
  private static boolean quoted(String text, int from, int at) {
    int open = text.lastIndexOf('“', at);
    return open >= from && text.lastIndexOf('”', at) < open;
  }

  private static BigDecimal decimal(String s) {
    return Numbers.of(s);
  }
}
