package org.jixiao.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;
import org.jixiao.text.name.Names;

/**
 * Rules cited by code: a table whose rows print a 规则编号 ("R2") instead of their rule, and a table of the rules below it
 * ("规则编号 | 适用指标 | 计分规则", h508). A row whose rule is such a code takes the rule's text, cited from its cell in the
 * rules table; a code no rules table defines is left as printed.
 */
final class RuleCodes {
  /** What a rule's code looks like: a letter or two and a number ("R2", "GZ3"), or a number alone. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{0,2}\\p{Nd}{1,2}");
  private static final List<String> CODE_HEADERS = List.of("规则编号", "编号", "代码", "规则代码");
  private static final List<String> RULE_HEADERS = List.of("计分规则", "评分规则", "评分标准", "计分标准", "评分细则", "计分办法");

  private record Rule(String text, SourceRef source) {}

  private RuleCodes() {}

  static List<IndicatorRow> resolved(List<IndicatorRow> rows, ParsedDocument doc, ReportDraft draft) {
    if (rows.stream().noneMatch(r -> isCode(r.rule()))) {
      return rows;
    }
    Map<String, Rule> rules = new HashMap<>();
    for (TableGrid t : doc.tables()) {
      read(t, draft, rules);
    }
    if (rules.isEmpty()) {
      return rows;
    }
    return rows.stream().map(r -> {
      Rule rule = isCode(r.rule()) ? rules.get(r.rule().strip()) : null;
      if (rule == null) {
        return r;
      }
      Map<IndicatorField, SourceRef> sources = new java.util.LinkedHashMap<>(r.sources());
      sources.put(IndicatorField.rule, rule.source());
      return new IndicatorRow(r.goal(), r.code(), r.level1(), r.level2(), r.level3(), r.target(), r.actual(), r.weight(),
          r.score(), r.targetValue(), r.actualValue(), rule.text(), r.deviationReason(), r.canonicalKey(), r.source(),
          r.method(), sources, r.alternates());
    }).toList();
  }

  private static boolean isCode(String rule) {
    return rule != null && CODE.matcher(rule.strip()).matches();
  }

  /** The rules of a table headed by a code column and a rule column, each rule under its code. */
  private static void read(TableGrid t, ReportDraft draft, Map<String, Rule> into) {
    for (int r = 0; r < t.rows(); r++) {
      int code = column(t, r, CODE_HEADERS);
      int rule = column(t, r, RULE_HEADERS);
      if (code < 0 || rule < 0 || code == rule) {
        continue;
      }
      for (int below = r + 1; below < t.rows(); below++) {
        String key = t.text(below, code).strip();
        String text = t.text(below, rule).strip();
        if (!CODE.matcher(key).matches() || text.isEmpty()) {
          break;
        }
        into.putIfAbsent(key, new Rule(text, draft.cell(t.pageOfRow(below), t.tableIndex(), below, rule)));
      }
      return;
    }
  }

  /** The column of row {@code r} whose cell is one of {@code headers}, or -1. */
  private static int column(TableGrid t, int r, List<String> headers) {
    for (int c = 0; c < t.cols(); c++) {
      if (t.isOrigin(r, c) && headers.contains(Names.compact(t.text(r, c)))) {
        return c;
      }
    }
    return -1;
  }
}
