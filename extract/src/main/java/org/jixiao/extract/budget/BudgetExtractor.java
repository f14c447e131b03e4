package org.jixiao.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * The headline budget: per field, the best-read table figure (quality, then reading order), and
 * prose figures only for fields no table states. Disagreeing figures are not resolved here; they
 * are counted as {@link WarningCode#CONFLICTING_FIELD} and left for the audit.
 */
public final class BudgetExtractor {
  private final TableBudgetReader tables;
  private final ProseBudgetReader prose;
  private final LabelledBudgetLineReader lines;
  private final BudgetVocabulary vocabulary;

  public BudgetExtractor() {
    this(org.jixiao.extract.table.HeaderClassifier.standard());
  }

  /** {@code headers}: the indicator-table vocabulary, so figures below an indicator header are left alone. */
  public BudgetExtractor(org.jixiao.extract.table.HeaderClassifier headers) {
    this.tables = new TableBudgetReader(BudgetVocabulary.standard(), headers);
    this.prose = ProseBudgetReader.standard();
    this.lines = new LabelledBudgetLineReader(BudgetVocabulary.standard());
    this.vocabulary = BudgetVocabulary.standard();
  }

  public @Nullable Budget extract(ParsedDocument doc, ReportDraft draft) {
    List<BudgetFact> facts = new ArrayList<>();
    for (TableGrid t : doc.tables()) {
      if (!otherFundsTable(doc, t)) {
        facts.addAll(tables.read(t, draft, captionUnit(doc, t)));
      }
    }
    facts.addAll(lines.read(doc, draft));
    facts.addAll(prose.read(doc, draft));
    Map<BudgetField, BudgetFact> best = new EnumMap<>(BudgetField.class);
    facts.stream()
        .filter(f -> !f.initialPart())
        .sorted(Comparator.comparingInt(BudgetFact::quality).reversed())
        .forEach(f -> {
          BudgetFact kept = best.putIfAbsent(f.field(), f);
          if (kept != null && kept.value().compareTo(f.value()) != 0 && kept.quality() == f.quality()) {
            draft.reject(WarningCode.CONFLICTING_FIELD, f.field() + ": kept " + kept.printed() + ", also stated " + f.printed(), f.source());
          }
        });
    preferConsistentSpending(facts, best);
    if (unadjusted(best)) {
      facts.stream().filter(BudgetFact::initialPart).forEach(f -> best.putIfAbsent(f.field(), f));
    }
    if (best.isEmpty()) {
      return null;
    }
    Map<BudgetField, Evidence> evidence = new EnumMap<>(BudgetField.class);
    best.forEach((k, f) -> evidence.put(k, new Evidence(f.printed(), f.source(), f.method())));
    return new Budget(
        value(best, BudgetField.initialBudget), value(best, BudgetField.adjustedBudget),
        value(best, BudgetField.expenditure), value(best, BudgetField.executionRate),
        value(best, BudgetField.basicBudget), value(best, BudgetField.basicExpenditure),
        value(best, BudgetField.projectBudget), value(best, BudgetField.projectExpenditure), evidence);
  }

  /**
   * A spending figure stated twice with two values (an abstract's "实际支出128.36万元", the body's "实际支出123.86万元，预算执行率
   * 93.83%"): the one the stated rate confirms (spending ÷ budget = rate, to the rate's printed precision) is kept; the
   * other stays a conflict the audit reports. Without a rate that decides, the first stated is kept.
   */
  private static void preferConsistentSpending(List<BudgetFact> facts, Map<BudgetField, BudgetFact> best) {
    BudgetFact kept = best.get(BudgetField.expenditure);
    BudgetFact budget = best.get(BudgetField.adjustedBudget);
    BudgetFact rate = best.get(BudgetField.executionRate);
    if (kept == null || budget == null || rate == null || budget.value().signum() <= 0 || confirms(kept, budget, rate)) {
      return;
    }
    facts.stream()
        .filter(f -> f.field() == BudgetField.expenditure && !f.initialPart() && f.quality() == kept.quality()
            && confirms(f, budget, rate))
        .findFirst()
        .ifPresent(f -> best.put(BudgetField.expenditure, f));
  }

  private static boolean confirms(BudgetFact spent, BudgetFact budget, BudgetFact rate) {
    BigDecimal computed = spent.value().multiply(BigDecimal.valueOf(100)).divide(budget.value(), java.math.MathContext.DECIMAL64);
    int scale = Math.max(0, rate.value().scale());
    return computed.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(rate.value().setScale(scale, java.math.RoundingMode.HALF_UP)) == 0;
  }

  /** 年初 = 全年: the budget was not adjusted, so the parts of the 年初 budget are the full-year parts. */
  private static boolean unadjusted(Map<BudgetField, BudgetFact> best) {
    BudgetFact initial = best.get(BudgetField.initialBudget);
    BudgetFact adjusted = best.get(BudgetField.adjustedBudget);
    return initial != null && adjusted != null && initial.value().compareTo(adjusted.value()) == 0;
  }

  /**
   * A 决算 table titled as another account's, in one of the two short paragraphs just above it: a 部门决算 publication's
   * "财政拨款“三公”经费支出决算表" (项目 | 预算数 | 决算数, 合计 13.00 | 11.00), "收入决算表", "政府性基金…决算表" (h425, whose
   * 自评表 is its 附件): its 合计 is that account's, not the budget the report is about.
   */
  private boolean otherFundsTable(ParsedDocument doc, TableGrid t) {
    int at = doc.blocks().indexOf(t);
    for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
      if (!(doc.blocks().get(i) instanceof Paragraph p) || p.text().length() > 60) {
        return false;
      }
      String title = Names.compact(p.text());
      if (title.endsWith("决算表") && vocabulary.excluded(title)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "单位：元" in one of the two short paragraphs just above a table applies to it, as does a "金额单位 | 元" cell of the
   * form's head block printed as a table of its own right above it (an export that sets a blank line between blocks).
   */
  private static java.util.Optional<String> captionUnit(ParsedDocument doc, TableGrid t) {
    int at = doc.blocks().indexOf(t); // a part of a file holds some of its blocks: positions, not block indices
    for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
      if (doc.blocks().get(i) instanceof Paragraph p && p.text().length() <= 60) {
        java.util.Optional<String> unit = TableBudgetReader.unitOf(p.text());
        if (unit.isPresent()) {
          return unit;
        }
      } else if (i == at - 1 && doc.blocks().get(i) instanceof TableGrid head) {
        return TableBudgetReader.unitCell(head);
      } else {
        break;
      }
    }
    return java.util.Optional.empty();
  }

  private static @Nullable BigDecimal value(Map<BudgetField, BudgetFact> best, BudgetField f) {
    BudgetFact fact = best.get(f);
    return fact == null ? null : fact.value();
  }
}
