package org.jixiao.extract.table;

import java.util.List;
import org.jixiao.text.words.Lexicon;
import org.jixiao.text.name.Names;

/** Row labels that state sums (合计, 总分) and grades (绩效等级), from {@code total-labels.txt}. */
public final class TotalLabels {
  /** The longest group name before 小计 ("满意度指标" is five characters). */
  private static final int MAX_GROUP_NAME = 6;

  private final List<String> totals;
  private final List<String> subtotals;
  private final List<String> carried;
  private final List<String> grades;
  private final List<String> rescaled;
  private final List<String> applicable;
  private final List<String> bonus;

  public TotalLabels(Lexicon lexicon) {
    this.totals = lexicon.words("TOTAL").stream().map(Names::compact).toList();
    this.subtotals = lexicon.words("SUBTOTAL").stream().map(Names::compact).toList();
    this.carried = lexicon.words("CARRIED").stream().map(Names::compact).toList();
    this.grades = lexicon.words("GRADE").stream().map(Names::compact).toList();
    this.rescaled = lexicon.words("RESCALED").stream().map(Names::compact).toList();
    this.applicable = lexicon.words("APPLICABLE").stream().map(Names::compact).toList();
    this.bonus = lexicon.words("BONUS").stream().map(Names::compact).toList();
  }

  public static TotalLabels standard() {
    return new TotalLabels(Lexicon.load(TotalLabels.class, "total-labels.txt"));
  }

  public boolean isTotal(String label) {
    return totals.contains(Names.label(label));
  }

  /** 小计, or a group's name before it ("决策小计", "产出指标小计"): a short prefix, not an indicator's name. */
  public boolean isSubtotal(String label) {
    String l = Names.label(label);
    return subtotals.stream().anyMatch(w -> l.equals(w) || l.endsWith(w) && l.length() - w.length() <= MAX_GROUP_NAME);
  }

  /** 过次页, 承前页, 本页小计: a page's sum carried over a page break, which states nothing of its own. */
  public boolean isCarried(String label) {
    return carried.contains(Names.label(label));
  }

  /** 折算得分 (its formula in brackets aside): the total rescaled over the indicators that apply. */
  public boolean isRescaled(String label) {
    return rescaled.contains(Names.label(label));
  }

  /** "其中：不适用指标分值", "适用指标分值合计": the marks a rescaled total is taken over. */
  public boolean isApplicableMarks(String label) {
    return applicable.contains(WITHIN.matcher(Names.label(label)).replaceFirst(""));
  }

  /** "加分项（最高5分）", "加分合计": a bonus block's lines, no indicator. */
  public boolean isBonus(String label) {
    return bonus.contains(Names.label(label));
  }

  /** "其中：" before a part of the line above. */
  private static final java.util.regex.Pattern WITHIN = java.util.regex.Pattern.compile("^其中[:：]?");

  public boolean isGrade(String label) {
    return grades.contains(Names.label(label));
  }
}
