package org.jixiao.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.text.number.Numbers;

/**
 * Budget figures printed as lines of "标签：数" pairs outside any table ("年初预算数：48,326.18　全年预算数：
 * 56,410.77　执行率：94.16%", then "其中：基本支出　全年预算数：…　全年执行数：…"): each pair's label gives
 * the measure, the words before the first pair the scope (基本支出 / 项目支出, else the whole). The
 * money unit is printed after the amount, in the label, on the line, or in the heading just above the
 * run of lines ("部门预算资金情况（万元）"); without one no amount is taken (a rate needs none).
 */
final class LabelledBudgetLineReader {
  private static final Pattern PAIR = Numbers.compile(
      "(?<label>[^\\s\u3000：:，。；;]{2,16})[：:]\\s*(?<number>{N})\\s*(?:(?<percent>[%％])|(?<unit>亿元|万元|元))?");
  /**
   * A label printed straight before its figure, no colon ("全年预算数 15,842.60 全年执行数 15,208.90", spaces lost in a
   * PDF's text): read only on a line of labels and figures, with no sentence marks, never in prose ("预算数为…，").
   */
  private static final Pattern BARE_PAIR = Numbers.compile(
      "(?<label>[^\\s\u3000：:，。；;=＝÷×\\d.,%％]{2,16}?)\\s*(?<number>{N})\\s*(?:(?<percent>[%％])|(?<unit>亿元|万元|元))?");
  private static final Pattern SENTENCE_MARKS = Pattern.compile("[，。；;：:、]");
  /** A line is a budget line when it holds at least this many budget pairs. */
  private static final int MIN_PAIRS = 2;

  private final BudgetVocabulary vocabulary;

  LabelledBudgetLineReader(BudgetVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  List<BudgetFact> read(ParsedDocument doc, ReportDraft draft) {
    List<BudgetFact> out = new ArrayList<>();
    Optional<String> runUnit = Optional.empty();
    String above = "";
    for (Block b : doc.blocks()) {
      if (!(b instanceof Paragraph p)) {
        runUnit = Optional.empty();
        above = "";
        continue;
      }
      int lineStart = 0;
      for (String line : p.text().split("\n")) {
        List<BudgetFact> facts = new ArrayList<>();
        if (runUnit.isEmpty()) {
          runUnit = TableBudgetReader.unitOf(above); // the heading just above the first line of the run
        }
        boolean budgetLine = readLine(line, p, lineStart, runUnit, draft, facts);
        if (budgetLine) {
          out.addAll(facts);
        } else {
          runUnit = Optional.empty();
          above = line;
        }
        lineStart += line.length() + 1;
      }
    }
    return out;
  }

  /** Reads one line's pairs into {@code out}; true when it is a budget line. */
  private boolean readLine(String line, Paragraph p, int lineStart, Optional<String> runUnit, ReportDraft draft,
      List<BudgetFact> out) {
    if (readLine(PAIR.matcher(line), line, p, lineStart, runUnit, draft, out)) {
      return true;
    }
    out.clear();
    return !SENTENCE_MARKS.matcher(line).find()
        && readLine(BARE_PAIR.matcher(line), line, p, lineStart, runUnit, draft, out);
  }

  private boolean readLine(Matcher m, String line, Paragraph p, int lineStart, Optional<String> runUnit, ReportDraft draft,
      List<BudgetFact> out) {
    String scope = null;
    int pairs = 0;
    while (m.find()) {
      String label = m.group("label");
      Optional<String> measure = vocabulary.measure(label);
      if (measure.isEmpty() || vocabulary.excluded(label)) {
        continue; // income, carry-overs (收入预算数, 结转结余): not the budget's figures
      }
      if (scope == null) {
        String before = line.substring(0, m.start());
        if (vocabulary.excluded(before)) {
          return false; // a line of income or of a funding source (其中：财政拨款 …)
        }
        scope = vocabulary.scope(before).orElse("TOTAL");
      }
      pairs++;
      BudgetField field = BudgetVocabulary.field(measure.get(), vocabulary.scope(label).orElse(scope));
      boolean percent = m.group("percent") != null;
      if (field == null || percent != (field == BudgetField.executionRate)) {
        continue;
      }
      BigDecimal n = Numbers.of(m.group("number"));
      Optional<String> unit = Optional.ofNullable(m.group("unit")).or(() -> TableBudgetReader.unitOf(label))
          .or(() -> TableBudgetReader.unitOf(line)).or(() -> runUnit);
      if (!percent && unit.isEmpty()) {
        continue; // an amount in an unknown unit is not guessed
      }
      BigDecimal value = percent ? n : TableBudgetReader.toWanYuan(n, unit.get());
      int from = p.start() + lineStart + m.start("label");
      out.add(new BudgetFact(field, value, m.group().strip(), draft.span(p.page(), from, p.start() + lineStart + m.end()),
          ExtractionMethod.PROSE, 1));
    }
    return pairs >= MIN_PAIRS;
  }
}
