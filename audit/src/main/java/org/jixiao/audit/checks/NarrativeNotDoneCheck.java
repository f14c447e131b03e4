package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * 叙述未完成: a row that keeps full marks while its own words say the task was not done: its actual
 * value, its 偏差原因, or for a row read from prose the passage from its name to the next row
 * ("其余0.25万亩因土地权属调整尚未完成，得10分"; "专项培训未开展" beside 5 of 5). A WARNING of MEDIUM
 * certainty: the words contradict the score, but how many points the shortfall costs is the
 * report's rule, not arithmetic. Only the row's own text is read, never a rule column (完成目标得满分，
 * 未完成按比例扣分) nor prose elsewhere, so that a word about another row is never this row's.
 */
public final class NarrativeNotDoneCheck implements Check {
  /** A prose passage longer than this is no longer about one row. */
  private static final int MAX_PASSAGE = 300;

  private static final NotDoneWords WORDS = NotDoneWords.standard();

  @Override
  public CheckId id() {
    return CheckId.NARRATIVE_NOT_DONE;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Integer> proseStarts = subject.report().indicators().stream()
        .map(IndicatorRow::source).filter(TextSpan.class::isInstance).map(s -> ((TextSpan) s).start())
        .sorted().toList();
    List<Finding> out = new ArrayList<>();
    for (IndicatorRow row : subject.report().indicators()) {
      BigDecimal weight = row.weight();
      BigDecimal score = row.score();
      if (weight == null || score == null || weight.signum() <= 0 || score.compareTo(weight) != 0) {
        continue;
      }
      said(row, subject.text(), proseStarts).ifPresent(s -> out.add(finding(subject, row, weight, s)));
    }
    return out;
  }

  /** Where the row says it was not done: the first of actual value, 偏差原因, prose passage. */
  private static Optional<Said> said(IndicatorRow row, @Nullable String text, List<Integer> proseStarts) {
    List<Said> places = new ArrayList<>();
    WORDS.find(row.actual()).ifPresent(h -> places.add(new Said("实际完成值", h)));
    WORDS.find(row.deviationReason()).ifPresent(h -> places.add(new Said("偏差原因", h)));
    if (text != null && row.source() instanceof TextSpan span) {
      WORDS.find(passage(text, span, proseStarts)).ifPresent(h -> places.add(new Said("文中", h)));
    }
    return places.stream().findFirst();
  }

  /** From the row's name to the next prose row or the end of its paragraph, whichever comes first. */
  private static String passage(String text, TextSpan span, List<Integer> proseStarts) {
    int start = Math.min(span.start(), text.length());
    int end = Math.min(text.length(), start + MAX_PASSAGE);
    int newline = text.indexOf('\n', span.end());
    if (newline >= 0 && newline < end) {
      end = newline;
    }
    for (int s : proseStarts) {
      if (s > start && s < end) {
        end = s;
        break;
      }
    }
    return text.substring(start, Math.max(start, end));
  }

  private Finding finding(AuditSubject subject, IndicatorRow row, BigDecimal weight, Said said) {
    String full = Decimals.plain(weight);
    return FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(Certainty.MEDIUM)
        .indicator(row.level3())
        .location(FindingBuilder.where(row, IndicatorField.score))
        .stated(full + " / " + full)
        .recomputed("< " + full)
        .rule("未完成的任务不应得满分")
        .message(row.level3() + " 得满分 " + full + " / " + full + "，但" + said.field() + "写明“"
            + said.hit().word() + "”：…" + said.hit().context() + "…");
  }

  /** The not-done words and in which of the row's texts they stand. */
  private record Said(String field, NotDoneWords.Hit hit) {}
}
