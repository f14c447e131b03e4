package org.jixiao.extract.table;

import java.util.List;
import org.jixiao.extract.internal.Lexicon;
import org.jixiao.extract.internal.Text;

/** Row labels that state sums (合计, 总分) and grades (绩效等级), from {@code total-labels.txt}. */
public final class TotalLabels {
  private final List<String> totals;
  private final List<String> subtotals;
  private final List<String> grades;

  public TotalLabels(Lexicon lexicon) {
    this.totals = lexicon.words("TOTAL").stream().map(Text::compact).toList();
    this.subtotals = lexicon.words("SUBTOTAL").stream().map(Text::compact).toList();
    this.grades = lexicon.words("GRADE").stream().map(Text::compact).toList();
  }

  public static TotalLabels standard() {
    return new TotalLabels(Lexicon.load(TotalLabels.class, "total-labels.txt"));
  }

  public boolean isTotal(String label) {
    return totals.contains(Text.label(label));
  }

  public boolean isSubtotal(String label) {
    return subtotals.contains(Text.label(label));
  }

  public boolean isGrade(String label) {
    return grades.contains(Text.label(label));
  }
}
