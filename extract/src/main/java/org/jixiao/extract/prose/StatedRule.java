package org.jixiao.extract.prose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.words.Lexicon;

/**
 * A scoring rule printed inside a prose item with its label: "评分标准为“执行率100%得3分，90%（含）-100%得2分”",
 * "计分规则：得分=预算执行率×6。" The rule is the quoted text, or else the text up to the sentence's end (its bands
 * may be joined by semicolons: "≥98%得6分；95%（含）至98%得6分；低于95%不得分。"); labels are in
 * {@code value-labels.txt} (RULE). The audit reads it as the row's own printed rule, as it reads a table's 评分标准 cell.
 */
final class StatedRule {
  /** The rule's text and where it starts in the searched text. */
  record Found(String rule, int start) {}

  private final Pattern rule;

  StatedRule(Lexicon lexicon) {
    this.rule = Pattern.compile("(?:" + String.join("|", lexicon.words("RULE").stream().map(Pattern::quote).toList())
        + ")\\s*(?:为|是)?\\s*[：:]?\\s*(?:[“\"「](?<quoted>[^”\"」]{2,200})[”\"」]|(?<plain>[^。；;“\"「\\s][^。]{1,150}))");
  }

  static StatedRule standard() {
    return new StatedRule(Lexicon.load(StatedRule.class, "value-labels.txt"));
  }

  /** The first labelled rule in {@code [from, to)} of {@code text}. */
  Optional<Found> in(String text, int from, int to) {
    Matcher m = rule.matcher(text);
    m.region(Math.max(0, from), Math.min(text.length(), Math.max(from, to)));
    if (!m.find()) {
      return Optional.empty();
    }
    String group = m.group("quoted") != null ? "quoted" : "plain";
    return Optional.of(new Found(m.group(group).strip(), m.start(group)));
  }
}
