package org.jixiao.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.schema.BudgetField;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.WordList;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.ExtractionMethod;

/** Budget figures stated in running text, by the patterns of {@code budget-prose.txt}. */
final class ProseBudgetReader {
  /**
   * {@code part}: the rule reads a part in its context, and the part alone is the evidence;
   * {@code initial}: the part is of the 年初 budget (a field written "basicBudget@INITIAL").
   */
  /** @param shared the number is also another field's ("年初预算X，年内未调整" is the initial and the adjusted budget) */
  private record Rule(BudgetField field, Pattern pattern, boolean part, boolean initial, boolean shared) {}

  private static final String UNIT = "(?<unit>亿元|万元|元|万)";
  private final List<Rule> rules;

  private ProseBudgetReader(List<Rule> rules) {
    this.rules = rules;
  }

  static ProseBudgetReader standard() {
    List<Rule> rules = new ArrayList<>();
    for (String line : WordList.lines(ProseBudgetReader.class, "budget-prose.txt")) {
      String[] parts = line.split("\t", 2);
      String[] field = parts[0].strip().split("@");
      rules.add(new Rule(BudgetField.valueOf(field[0]), Numbers.compile(parts[1].replace("{U}", UNIT)),
          parts[1].contains("(?<part>"), field.length > 1 && field[1].equals("INITIAL"), field.length > 1 && field[1].equals("SHARED")));
    }
    return new ProseBudgetReader(rules);
  }

  List<BudgetFact> read(ParsedDocument doc, ReportDraft draft) {
    List<BudgetFact> out = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      // the start of every amount a rule has taken: an earlier, more specific rule wins the number
      Set<Integer> taken = new HashSet<>();
      for (Rule rule : rules) {
        Matcher m = rule.pattern().matcher(p.text());
        while (m.find()) {
          if (!rule.shared() && !taken.add(m.start("number"))) {
            continue;
          }
          BigDecimal n = Numbers.of(m.group("number"));
          BigDecimal value = rule.field() == BudgetField.executionRate ? n : TableBudgetReader.toWanYuan(n, m.group("unit"));
          int start = rule.part() ? m.start("part") : m.start();
          out.add(new BudgetFact(rule.field(), value, p.text().substring(start, m.end()).strip(),
              draft.span(p.page(), p.start() + start, p.start() + m.end()), ExtractionMethod.PROSE, 0, rule.initial()));
        }
      }
    }
    // a rate's formula written out in a table cell ("预算执行率=全年执行数÷全年预算数×100%=…=97.91%", h181)
    for (org.jixiao.ingest.TableGrid t : doc.tables()) {
      for (org.jixiao.ingest.GridCell cell : t.cells()) {
        String text = cell.text();
        if (text.length() < 12 || text.indexOf('=') < 0 && text.indexOf('＝') < 0) {
          continue;
        }
        for (Rule rule : rules) {
          if (rule.field() != BudgetField.executionRate) {
            continue;
          }
          Matcher m = rule.pattern().matcher(text);
          if (m.find()) {
            out.add(new BudgetFact(rule.field(), Numbers.of(m.group("number")), text.substring(m.start(), m.end()).strip(),
                draft.cell(cell.page(), t.tableIndex(), cell.row(), cell.col()), ExtractionMethod.TABLE, 0, false));
            break;
          }
        }
      }
    }
    return out;
  }
}
