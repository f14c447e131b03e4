package org.jixiao.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.Lexicon;

/**
 * Target and actual printed with their labels as the opening of a structured prose item: "（2）服务站建设数量：年度目标
 * ≥12个，实际完成12个，分值8分，得分8分。", or after the item's weight sentence ("①资金到位率。设定权重分5分。目标值100%，评价值100%。"). Both labels (from {@code value-labels.txt}) must open the clauses right
 * after the name's colon, the target first; a figure with a label inside the narrative ("…巩固率99.6%，目标值≥99%")
 * is evidence, never the row's target.
 */
final class StatedValues {
  /** The labelled target and actual, and where each is in the searched text. */
  record Pair(String target, int targetStart, String actual, int actualStart) {}

  private static final Pattern QUOTED = Pattern.compile("^[“\"「『]([^“”\"「」『』]+)[”\"」』]$");
  private final Pattern item;
  /**
   * The pair closed by the item's weight note, or by a remark after a comma before it, where a bare 实际 labels the
   * actual too (h331's one-line items: "实际全部到位，还多备了一批编织袋（4分，得4分）").
   */
  private final Pattern noted;
  /** The pair opening a paragraph of its own, or the sentence after its rule (at the rule's end). */
  private final Pattern leading;
  /** The pair as the next clause after a designation ("“名称”指标，属二级，年度目标值为…，实际完成…，"). */
  private final Pattern clause;

  StatedValues(Lexicon lexicon) {
    String pair = label(lexicon.words("TARGET")) + "(?<t>" + VALUE + ")\\s*[，,；;]\\s*"
        + label(lexicon.words("ACTUAL")) + "(?<a>" + VALUE + ")\\s*(?:[，。；;]|,(?!\\d\\d\\d)|" + BEFORE_WEIGHT_NOTE + ")";
    this.item = Numbers.compile(OPENING + pair);
    List<String> noted = new ArrayList<>(lexicon.words("ACTUAL"));
    noted.addAll(lexicon.words("NOTED_ACTUAL"));
    this.noted = Numbers.compile(OPENING + label(lexicon.words("TARGET")) + "(?<t>" + VALUE + ")\\s*[，,；;]\\s*" + label(noted)
        + "(?<a>" + VALUE + ")\\s*(?:" + BEFORE_WEIGHT_NOTE + "|(?=[，,][^。；;\\n（(]*" + BEFORE_WEIGHT_NOTE + "))");
    this.clause = Numbers.compile("\\s*[，,]\\s*" + pair);
    // opening its paragraph, the target's label makes a bare 实际 the actual's ("年度目标值≥95%，实际为92%，扣1分。", h318)
    this.leading = Numbers.compile("[”\"」]?\\s*(?:[。．；;]\\s*)?" + label(lexicon.words("TARGET")) + "(?<t>" + VALUE
        + ")\\s*[，,；;]\\s*" + label(noted) + "(?<a>" + VALUE + ")\\s*(?:[，。；;]|,(?!\\d\\d\\d))");
  }

  /**
   * Before the item's weight note, perhaps after remarks in brackets: "完成12个（6分，得6分）", "实际93%（发放问卷300份）（10分，
   * 得10分）" (h331, a township's one-line items), where the actual ends.
   */
  private static final String BEFORE_WEIGHT_NOTE = "(?=(?:[（(][^（）()]*[）)])*\\s*[（(]\\s*{N}\\s*分)";

  /**
   * A value runs to the next clause mark; a comma between digits groups thousands ("≥1,260公里") and does not
   * end it.
   */
  private static final String VALUE = "[^，,。；;：:\\s](?:[^，,。；;：:]|(?<=\\d),(?=\\d\\d\\d)){0,29}?";
  /**
   * What opens the pair after the name: its colon, the sentence or clause stating the item's weight ("①资金到位率。设定权重分5分。
   * 目标值100%，评价值100%。", "…—预算执行率，本项满分10分。年初设定目标为100%，年末实际为96.50%。"), or the weight's bracket closing the item's heading.
   */
  private static final String OPENING = "\\s*(?:[：:]|[。．，,]\\s*" + HeadedParagraph.SENTENCE_WEIGHT + "\\s*(?:{N}|{CN})\\s*分\\s*[。；;，,]"
      // or the weight's bracket closing a heading: "（1）预算执行率（标准分8分）。年度目标：100%；完成情况：96.20%。"
      + "|[（(][^）)(（]{1,20}[）)]\\s*[。．，,]?"
      // or the quote and the word 指标 closing a designated name: "2．“三公经费控制情况”指标。年度目标为“不超上年”，…"
      + "|[”\"」』]\\s*指标\\s*[。．，,：:]"
      // or the full stop ending a titled item, its values the next sentence: "指标1：预算编制准确率。计划≥90%，完成93.5%，"
      + "|[。．]"
      // or a bare comma, as a list item's fields follow its name: "绩效指标明确性，指标值明确，实际完成值基本明确，分值4分"
      + "|[，,])\\s*";

  static StatedValues standard() {
    return new StatedValues(Lexicon.load(StatedValues.class, "value-labels.txt"));
  }

  private static String label(List<String> labels) {
    return "(?:" + String.join("|", labels.stream().map(Pattern::quote).toList()) + ")(?!率)\\s*(?:为|是|[：:])?\\s*";
  }

  /** The pair right after a name ending at {@code nameEnd}, when the item opens with both. */
  Optional<Pair> after(String text, int nameEnd) {
    return pair(item.matcher(text), nameEnd).or(() -> pair(noted.matcher(text), nameEnd));
  }

  /**
   * The pair at {@code from} with no name before it: an item's paragraph under its own heading opens with it ("年度目标值≥95%，
   * 实际为92%，扣1分。"), or states it in the sentence after its rule (from the rule's end).
   */
  Optional<Pair> opening(String text, int from) {
    return pair(leading.matcher(text), from);
  }

  /** The pair opening the clause at {@code commaAt}, the comma ending a {@link DesignatedItem}'s designation. */
  Optional<Pair> nextClause(String text, int commaAt) {
    return pair(clause.matcher(text), commaAt);
  }

  /** A value printed in quotes ("年度目标为“规范”") is the words inside them, located there. */
  private static Pair unquoted(Pair p) {
    Matcher t = QUOTED.matcher(p.target());
    Matcher a = QUOTED.matcher(p.actual());
    return new Pair(t.matches() ? t.group(1) : p.target(), t.matches() ? p.targetStart() + 1 : p.targetStart(),
        a.matches() ? a.group(1) : p.actual(), a.matches() ? p.actualStart() + 1 : p.actualStart());
  }

  private static Optional<Pair> pair(Matcher m, int from) {
    m.region(from, m.regionEnd());
    return m.lookingAt()
        ? Optional.of(unquoted(new Pair(m.group("t").strip(), m.start("t"), m.group("a").strip(), m.start("a"))))
        : Optional.empty();
  }
}
