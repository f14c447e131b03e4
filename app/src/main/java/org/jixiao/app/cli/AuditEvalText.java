package org.jixiao.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.audit.eval.AuditEvaluation;
import org.jixiao.audit.eval.AuditScore;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/** The text {@code jixiao eval --findings} prints: the figures per file and in total, then what to act on. */
final class AuditEvalText {
  private AuditEvalText() {}

  static String table(AuditEvaluation e) {
    TextTable t = new TextTable(40);
    t.row(List.of("文件", "产出 E/W/I", "命中 E/W/I", "重复", "误报 E/W/I", "精确率 ERROR", "精确率 E+W",
        "精确率 INFO", "召回 HIGH", "召回 HIGH+MED", "W+/份", "INFO/份"));
    List<AuditScore> all = new ArrayList<>(e.documents());
    all.add(e.total());
    for (AuditScore s : all) {
      t.row(List.of(s.label(), ewi(s.produced()), ewi(s.matched()), "" + total(s.duplicates()),
          ewi(s.falseAlarms()), f(s.precisionError()), f(s.precisionErrorWarning()), f(s.precisionInfo()),
          s.foundHigh() + "/" + s.expectedHigh() + " " + f(s.recallHigh()),
          s.foundHighMedium() + "/" + s.expectedHighMedium() + " " + f(s.recallHighMedium()),
          f(s.warningPlusPerDocument()), f(s.infoPerDocument())));
    }
    StringBuilder out = new StringBuilder(t.render());
    if (!e.withoutExpected().isEmpty()) {
      out.append("无预期问题文件, 跳过: ").append(String.join(", ", e.withoutExpected())).append('\n');
    }
    if (!e.failed().isEmpty()) {
      out.append("处理失败 (按无产出计分): ").append(String.join(", ", e.failed())).append('\n');
    }
    return out.toString();
  }

  /** Per document: the expected findings missed, the false alarms and the repeats. */
  static String problems(AuditEvaluation e) {
    StringBuilder sb = new StringBuilder();
    for (AuditEvaluation.Problems p : e.problems()) {
      sb.append('\n').append(p.file()).append('\n');
      p.misses().forEach(m -> sb.append("  漏报 ").append(m.describe()).append('\n'));
      p.falseAlarms().forEach(f -> sb.append("  误报 ").append(describe(f)).append('\n'));
      p.duplicates().forEach(f -> sb.append("  重复 ").append(describe(f)).append('\n'));
    }
    return sb.toString();
  }

  private static String describe(Finding f) {
    return "[" + f.severity() + "/" + f.certainty() + "] " + f.check().jsonName()
        + (f.indicator() == null ? "" : " " + f.indicator()) + ": " + f.message();
  }

  private static String ewi(Map<Severity, Integer> counts) {
    return counts.get(Severity.ERROR) + "/" + counts.get(Severity.WARNING) + "/" + counts.get(Severity.INFO);
  }

  private static int total(Map<Severity, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String f(@Nullable Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }
}
