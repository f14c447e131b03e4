package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.jixiao.search.FilterField;
import org.jixiao.search.Filters;
import org.jixiao.search.ReportSearch;
import org.jixiao.search.Range;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.ReportKind;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The search filters as options: identity fields and numeric ranges. */
public final class FilterOptions {
  @Option(names = "--province", paramLabel = "P", description = "province (江苏 or 江苏省)") @Nullable String province;

  @Option(names = "--level", paramLabel = "L", converter = LevelConverter.class,
      description = "PROVINCIAL|PREFECTURAL|COUNTY (or 省级|市级|县级)") @Nullable AdminLevel level;

  @Option(names = "--year", paramLabel = "Y", description = "fiscal year evaluated") @Nullable Integer year;

  @Option(names = "--kind", paramLabel = "K", converter = KindConverter.class,
      description = "SELF_EVALUATION|THIRD_PARTY_EVALUATION (or self|third-party|自评|第三方)") @Nullable ReportKind kind;

  @Option(names = "--grade", paramLabel = "G", description = "grade: 优 良 中 差 (or 优秀 良好 中等 较差)") @Nullable String grade;

  @Option(names = "--department", paramLabel = "D", description = "department name as indexed, its bracketed note (（机关）) may be left out") @Nullable String department;

  @Option(names = "--min-total", paramLabel = "X", description = "lowest total score") @Nullable Double minTotal;

  @Option(names = "--max-total", paramLabel = "X", description = "highest total score") @Nullable Double maxTotal;

  @Option(names = "--min-rate", paramLabel = "X", description = "lowest row score rate, percent (90)") @Nullable Double minRate;

  @Option(names = "--max-rate", paramLabel = "X", description = "highest row score rate, percent") @Nullable Double maxRate;

  @Option(names = "--min-execution", paramLabel = "X", description = "lowest budget execution rate, percent") @Nullable Double minExecution;

  @Option(names = "--max-execution", paramLabel = "X", description = "highest budget execution rate, percent") @Nullable Double maxExecution;

  /**
   * The filters, names matched to the values the index holds ({@link FilterValues}); a line on {@code err} for each
   * name read otherwise than typed or matching nothing. Every rate is in percent; the index keeps score rates as
   * fractions.
   */
  public Filters filters(ReportSearch searcher, PrintWriter err) throws IOException {
    return new Filters(resolve("--province", province, FilterField.PROVINCE, searcher, err), level, year, kind,
        resolve("--grade", grade, FilterField.GRADE, searcher, err),
        resolve("--department", department, FilterField.DEPARTMENT, searcher, err), range(minTotal, maxTotal),
        range(fraction(minRate), fraction(maxRate)), range(minExecution, maxExecution));
  }

  private static @Nullable String resolve(String option, @Nullable String typed, FilterField field, ReportSearch searcher,
      PrintWriter err) throws IOException {
    if (typed == null) {
      return null;
    }
    FilterValues.Resolved r = FilterValues.resolve(option, typed, field, searcher.values(field));
    if (r.note() != null) {
      err.println("jixiao: " + r.note());
      err.flush();
    }
    return r.value();
  }

  private static @Nullable Double fraction(@Nullable Double percent) {
    return percent == null ? null : percent / 100;
  }

  private static @Nullable Range range(@Nullable Double min, @Nullable Double max) {
    return min == null && max == null ? null : new Range(min, max);
  }

  static final class LevelConverter implements ITypeConverter<AdminLevel> {
    @Override
    public AdminLevel convert(String s) {
      return switch (s.strip()) {
        case "省级", "省" -> AdminLevel.PROVINCIAL;
        case "市级", "地市级", "市" -> AdminLevel.PREFECTURAL;
        case "县级", "区县", "县" -> AdminLevel.COUNTY;
        default -> AdminLevel.valueOf(s.strip().toUpperCase(Locale.ROOT));
      };
    }
  }

  static final class KindConverter implements ITypeConverter<ReportKind> {
    @Override
    public ReportKind convert(String s) {
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "self", "自评" -> ReportKind.SELF_EVALUATION;
        case "third-party", "third_party", "第三方" -> ReportKind.THIRD_PARTY_EVALUATION;
        default -> ReportKind.valueOf(s.strip().toUpperCase(Locale.ROOT));
      };
    }
  }
}
