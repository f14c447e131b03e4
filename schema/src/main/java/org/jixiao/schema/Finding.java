package org.jixiao.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One audit finding: what the report states, what jixiao recomputed, by which rule, and where.
 *
 * @param check the emitting check
 * @param indicator the level3 name the finding is about, or null for report-level findings
 * @param location where the stated value stands
 * @param stated the report's value as printed
 * @param recomputed what jixiao recomputed, as text
 * @param rule the rule or formula used
 * @param alsoAt other places where the same wrong sentence or figure is printed (JSON {@code
 *     alsoAt}, an array of source references, empty when the problem stands in one place): the
 *     audit reports one problem once, with all its locations
 */
public record Finding(
    String file,
    CheckId check,
    Severity severity,
    Certainty certainty,
    @Nullable String indicator,
    @Nullable SourceRef location,
    @Nullable String stated,
    @Nullable String recomputed,
    @Nullable String rule,
    String message,
    List<SourceRef> alsoAt) {

  public Finding {
    alsoAt = alsoAt == null ? List.of() : List.copyOf(alsoAt);
  }

  /** A finding printed in one place. */
  public Finding(
      String file, CheckId check, Severity severity, Certainty certainty, @Nullable String indicator,
      @Nullable SourceRef location, @Nullable String stated, @Nullable String recomputed,
      @Nullable String rule, String message) {
    this(file, check, severity, certainty, indicator, location, stated, recomputed, rule, message, List.of());
  }

  /** A copy attributed to another file name (a report's part: {@code h18.docx#2}). */
  public Finding withFile(String name) {
    return new Finding(name, check, severity, certainty, indicator, location, stated, recomputed, rule,
        message, alsoAt);
  }

  /** A copy that also names these places. */
  public Finding withAlsoAt(List<SourceRef> more) {
    List<SourceRef> all = new java.util.ArrayList<>(alsoAt);
    more.stream().filter(r -> !all.contains(r) && !r.equals(location)).forEach(all::add);
    return new Finding(file, check, severity, certainty, indicator, location, stated, recomputed, rule,
        message, all);
  }

  /** A copy with another message (what a merged finding explains besides its own). */
  public Finding withMessage(String text) {
    return new Finding(file, check, severity, certainty, indicator, location, stated, recomputed, rule,
        text, alsoAt);
  }
}
