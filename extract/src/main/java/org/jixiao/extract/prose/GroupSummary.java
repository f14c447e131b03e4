package org.jixiao.extract.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;

/**
 * 一级 weights and scores summed up in one sentence, one clause per group: "决策类指标权重分15分、实际得分14分；过程类指标
 * 权重分25分、实际得分24.7分；…", "投入指标分值20分，得分19分；产出指标…", "其中决策16分、得15分，过程21分、得19.69分". Each
 * clause is a section, never a row. The
 * sentence names a group by its kind (决策类指标) where the item headings name it otherwise (（一）项目决策): a clause
 * takes the name of the one group whose name ends with the clause's core word (决策), else its printed name. Read only
 * where two clauses or more are printed together and each names a group (a name ending in 指标/类/方面, or one of the
 * groups read), so that an item's own "权重分3分、得分3分" is never a section.
 */
final class GroupSummary {
  private static final Pattern CLAUSE = Numbers.compile(
      "(?:^|(?<=[。；;，,：:]))[\\s\\u00A0\\u3000]*(?:其中[：:]?)?(?<name>[^。；;，,：:、\\s\\d（()）“”]{2,12}?)\\s*(?:的)?"
          + "(?:(?:权重分?|分值|满分|标准分)(?:为|是)?)?\\s*(?<w>{N})\\s*分\\s*[、，,]\\s*"
          + "(?:实际|自评|评价|最终|实)?得(?:分)?(?:为|是)?\\s*(?<s>{N})\\s*分");
  /** What a group's kind adds to its core word: 决策类指标 → 决策. */
  private static final Pattern KIND_WORDS = Pattern.compile("(?:类指标|类|指标|方面)$");

  /** One group's weight and score, the name it is given and where the clause is in the paragraph. */
  record Found(String name, BigDecimal weight, BigDecimal score, int start, int end) {}

  private GroupSummary() {}

  /**
   * The clauses of {@code paragraph}; a clause names one of {@code groups} (the rows' 一级), or a known 一级 name
   * ({@code known}: "决策类指标20分，得19分" is 决策 where no prose row names the groups, as beside a table).
   */
  static List<Found> find(String paragraph, List<String> groups, java.util.function.Predicate<String> known) {
    List<Found> out = new ArrayList<>();
    Matcher m = CLAUSE.matcher(paragraph);
    while (m.find()) {
      String printed = m.group("name").strip();
      String core = KIND_WORDS.matcher(printed).replaceAll("");
      Optional<String> group = core.length() < 2 ? Optional.empty() : only(groups.stream()
          .filter(g -> Names.compact(g).endsWith(core) || Names.compact(g).equals(Names.compact(printed))).toList());
      if (group.isEmpty() && known.test(core)) {
        group = Optional.of(core);
      }
      if (group.isEmpty() && core.equals(printed)) {
        return List.of(); // a clause naming no group: an indicator's own weight and score
      }
      out.add(new Found(group.orElse(printed), Numbers.of(m.group("w")), Numbers.of(m.group("s")), m.start("name"), m.end()));
    }
    return out.size() >= 2 ? out : List.of();
  }

  private static Optional<String> only(List<String> matches) {
    return matches.stream().distinct().count() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }
}
