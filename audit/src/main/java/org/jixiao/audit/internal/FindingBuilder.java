package org.jixiao.audit.internal;

import java.util.List;
import java.util.Objects;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/** Assembles a {@link Finding} field by field; the checks read better than a ten-argument call. */
public final class FindingBuilder {
  private final String file;
  private final CheckId check;
  private Severity severity = Severity.INFO;
  private Certainty certainty = Certainty.MEDIUM;
  private @Nullable String indicator;
  private @Nullable SourceRef location;
  private @Nullable String stated;
  private @Nullable String recomputed;
  private @Nullable String rule;
  private List<SourceRef> alsoAt = List.of();

  private FindingBuilder(String file, CheckId check) {
    this.file = file;
    this.check = check;
  }

  public static FindingBuilder of(String file, CheckId check) {
    return new FindingBuilder(file, check);
  }

  public FindingBuilder severity(Severity value) {
    this.severity = value;
    return this;
  }

  public FindingBuilder certainty(Certainty value) {
    this.certainty = value;
    return this;
  }

  public FindingBuilder indicator(@Nullable String value) {
    this.indicator = value;
    return this;
  }

  public FindingBuilder location(@Nullable SourceRef value) {
    this.location = value;
    return this;
  }

  public FindingBuilder stated(@Nullable String value) {
    this.stated = value;
    return this;
  }

  public FindingBuilder recomputed(@Nullable String value) {
    this.recomputed = value;
    return this;
  }

  public FindingBuilder rule(@Nullable String value) {
    this.rule = value;
    return this;
  }

  /** The other places the same problem is printed (the earlier statement of a figure stated twice). */
  public FindingBuilder alsoAt(List<SourceRef> value) {
    this.alsoAt = List.copyOf(value);
    return this;
  }

  public Finding message(String text) {
    return new Finding(
        file, check, severity, certainty, indicator, location, stated, recomputed, rule,
        Objects.requireNonNull(text), alsoAt);
  }

  /** Where a row's {@code field} stands: its own source, else the row's, else null. */
  public static @Nullable SourceRef where(IndicatorRow row, IndicatorField field) {
    SourceRef ref = row.sources().get(field);
    return ref != null ? ref : row.source();
  }
}
