package org.jixiao.extract.part;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.table.TotalLabels;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.SummaryLine;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * 汇总表: reads a summary table (序号 | 项目名称 | 主管部门 | 预算数 | 执行数 | 执行率 | 自评得分) into one
 * {@link SummaryLine} per project. Columns are found by their header words ({@code part-labels.txt}),
 * in any order; the 合计 line is not a project.
 */
final class SummaryTableReader {
  private final List<String> project;
  private final List<String> budget;
  private final List<String> expenditure;
  private final List<String> score;
  private final TotalLabels totals;

  SummaryTableReader(Lexicon words, TotalLabels totals) {
    this.project = labels(words.words("PROJECT"));
    this.budget = labels(words.words("SUMMARY_BUDGET"));
    this.expenditure = labels(words.words("SUMMARY_EXPENDITURE"));
    this.score = labels(words.words("SUMMARY_SCORE"));
    this.totals = totals;
  }

  private static List<String> labels(List<String> words) {
    return words.stream().map(Names::label).toList();
  }

  boolean isProjectLabel(String cellText) {
    return project.contains(Names.label(cellText));
  }

  /** Row {@code row} as a summary header: the project column and at least two figure columns. */
  Optional<Columns> header(TableGrid t, int row) {
    Integer name = null;
    Integer b = null;
    Integer e = null;
    Integer s = null;
    for (int c = 0; c < t.cols(); c++) {
      if (!t.isOrigin(row, c)) {
        continue;
      }
      String label = Names.label(t.text(row, c));
      if (label.isEmpty()) {
        continue;
      }
      if (project.contains(label)) {
        name = name == null ? c : name;
      } else if (longest(label, score) > Math.max(longest(label, budget), longest(label, expenditure))) {
        s = s == null ? c : s;
      } else if (longest(label, budget) > longest(label, expenditure)) {
        b = b == null ? c : b;
      } else if (longest(label, expenditure) > 0) {
        e = e == null ? c : e;
      }
    }
    int figures = (b == null ? 0 : 1) + (e == null ? 0 : 1) + (s == null ? 0 : 1);
    return name == null || figures < 2 ? Optional.empty() : Optional.of(new Columns(row, name, b, e, s));
  }

  /** The project lines below the header; the 合计 line and blank names are skipped. */
  List<SummaryLine> read(TableGrid t, Columns cols, ReportDraft draft) {
    List<SummaryLine> out = new ArrayList<>();
    for (int r = cols.row() + 1; r < t.rows(); r++) {
      String name = Names.clean(t.text(r, cols.name()));
      String first = Names.label(t.text(r, 0));
      if (name == null || totals.isTotal(first) || totals.isTotal(Names.label(name)) || isProjectLabel(name)) {
        continue;
      }
      out.add(new SummaryLine(name, number(t, r, cols.budget()), number(t, r, cols.expenditure()),
          number(t, r, cols.score()), draft.cell(t.pageOfRow(r), t.tableIndex(), r, cols.name())));
    }
    return out;
  }

  private static @Nullable BigDecimal number(TableGrid t, int row, @Nullable Integer col) {
    return col == null ? null : Numbers.first(t.text(row, col)).orElse(null);
  }

  private static int longest(String label, List<String> words) {
    return words.stream().filter(label::contains).mapToInt(String::length).max().orElse(0);
  }

  /** The columns of a summary table; figure columns are null when the table has none. */
  record Columns(int row, int name, @Nullable Integer budget, @Nullable Integer expenditure, @Nullable Integer score) {}
}
