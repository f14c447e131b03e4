package org.jixiao.extract.table;

import java.util.List;
import org.jixiao.text.words.Lexicon;
import org.jixiao.text.name.Names;

/** Row labels that state sums (合计, 总分) and grades (绩效等级), from {@code total-labels.txt}. */
public final class TotalLabels {
  private final List<String> totals;
  private final List<String> subtotals;
  private final List<String> grades;

  public TotalLabels(Lexicon lexicon) {
    this.totals = lexicon.words("TOTAL").stream().map(Names::compact).toList();
    this.subtotals = lexicon.words("SUBTOTAL").stream().map(Names::compact).toList();
    this.grades = lexicon.words("GRADE").stream().map(Names::compact).toList();
  }

  public static TotalLabels standard() {
    return new TotalLabels(Lexicon.load(TotalLabels.class, "total-labels.txt"));
  }

  public boolean isTotal(String label) {
    return totals.contains(Names.label(label));
  }

  public boolean isSubtotal(String label) {
    return subtotals.contains(Names.label(label));
  }

  public boolean isGrade(String label) {
    return grades.contains(Names.label(label));
  }
}
