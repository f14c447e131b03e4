package org.jixiao.app.web;

import org.jixiao.search.Filters;
import org.jixiao.search.Range;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.ReportKind;
import org.jspecify.annotations.Nullable;

/**
 * The filters every list page takes, by the same names as the CLI's options: {@code province}, {@code level}, {@code
 * year}, {@code kind}, {@code grade}, {@code department} (exact values, as the facets link them), and ranges {@code
 * minTotal/maxTotal}, {@code minRate/maxRate} (a row's score rate, percent) and {@code minExec/maxExec} (budget
 * execution rate, percent).
 */
final class Filtering {
  private Filtering() {}

  static Filters of(Params p) {
    return new Filters(p.get("province"), level(p.get("level")), p.integer("year"), kind(p.get("kind")), p.get("grade"),
        p.get("department"), range(p.number("minTotal"), p.number("maxTotal")),
        range(fraction(p.number("minRate")), fraction(p.number("maxRate"))),
        range(p.number("minExec"), p.number("maxExec")));
  }

  private static @Nullable AdminLevel level(@Nullable String s) {
    try {
      return s == null ? null : AdminLevel.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new Params.BadRequest("level must be PROVINCIAL, PREFECTURAL or COUNTY, not " + s);
    }
  }

  private static @Nullable ReportKind kind(@Nullable String s) {
    try {
      return s == null ? null : ReportKind.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new Params.BadRequest("kind must be SELF_EVALUATION or THIRD_PARTY_EVALUATION, not " + s);
    }
  }

  private static @Nullable Double fraction(@Nullable Double percent) {
    return percent == null ? null : percent / 100;
  }

  private static @Nullable Range range(@Nullable Double min, @Nullable Double max) {
    if (min == null && max == null) {
      return null;
    }
    try {
      return new Range(min, max);
    } catch (IllegalArgumentException e) {
      throw new Params.BadRequest(e.getMessage());
    }
  }
}
