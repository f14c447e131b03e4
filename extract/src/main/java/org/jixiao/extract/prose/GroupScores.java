package org.jixiao.extract.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;

/**
 * 一级 scores summed up in one sentence, "经自评，预算执行得8分，产出指标得40分，效益指标得23分…": the scores of groups
 * whose leads stated their weight only ({@link WeightedLead}). A name is taken only as printed in its lead, and only
 * where the sentence scores two or more of them (a lone "产出指标得40分" may be anything).
 */
final class GroupScores {
  private static final String SCORED = "\\s*(?:自评)?得(?:分)?(?:为)?\\s*(?<s>{N})\\s*分";

  /** One group's score and where it is printed in the paragraph. */
  record Found(String name, BigDecimal score, int start, int end) {}

  private GroupScores() {}

  static List<Found> find(String paragraph, List<String> names) {
    List<Found> out = new ArrayList<>();
    for (String name : names) {
      Matcher m = Numbers.compile("(?<![\\p{IsHan}])" + Pattern.quote(name) + SCORED).matcher(paragraph);
      if (m.find()) {
        out.add(new Found(name, Numbers.of(m.group("s")), m.start(), m.end()));
      }
    }
    return out.size() >= 2 ? out : List.of();
  }
}
