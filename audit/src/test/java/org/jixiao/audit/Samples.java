package org.jixiao.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.schema.Comparator;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Json;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Report;
import org.jixiao.schema.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * The five real reports: gold {@link Report} plus seed text, with the rows enriched the way the
 * extractor will (ParsedValue for target/actual; the printed 评分规则 cell where the seed prints
 * one). The ValueParser here is a minimal local stand-in for extract's.
 */
final class Samples {
  private static final Pattern QUANTITY =
      Pattern.compile("^(≥|>=|≤|<=|=|>|<)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*(\\S{0,4})$");

  private Samples() {}

  static Path gold() {
    return Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
  }

  static List<String> stems() {
    return List.of(
        "000_0ace20d031349de2", "001_2d77b94fcc42edf7", "002_85bada5a1e1f1378",
        "003_9702beb4dfdda539", "004_f903e5746c6a8cdf");
  }

  static AuditSubject subject(String stem) throws IOException {
    Report gold = Json.read(gold().resolve(stem + ".json"), Report.class);
    String text = Files.readString(Path.of(System.getProperty("jixiao.samples", "../corpus-samples")).resolve(stem + ".txt"), StandardCharsets.UTF_8);
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorRow r : gold.indicators()) {
      rows.add(
          new IndicatorRow(
              r.goal(), r.code(), r.level1(), r.level2(), r.level3(), r.target(), r.actual(),
              r.weight(), r.score(), parse(r.target()), parse(r.actual()), ruleFor(text, r.level3()),
              null, null, null, null, null, null));
    }
    return new AuditSubject(gold.withIndicators(rows), text);
  }

  /** The tab-separated cell holding "评分规则" on the seed line that names the row. */
  static @Nullable String ruleFor(String text, String level3) {
    for (String line : text.split("\n")) {
      List<String> cells = List.of(line.split("\t"));
      if (cells.stream().anyMatch(c -> c.strip().equals(level3))) {
        return cells.stream().filter(c -> c.contains("评分规则")).findFirst().orElse(null);
      }
    }
    return null;
  }

  static @Nullable ParsedValue parse(@Nullable String printed) {
    if (printed == null) {
      return null;
    }
    Matcher m = QUANTITY.matcher(printed.strip());
    if (!m.matches()) {
      return new ParsedValue(ValueKind.TEXT, printed, null, null, null, null);
    }
    Comparator op =
        m.group(1) == null
            ? null
            : switch (m.group(1)) {
              case "≥", ">=" -> Comparator.GE;
              case "≤", "<=" -> Comparator.LE;
              case ">" -> Comparator.GT;
              case "<" -> Comparator.LT;
              default -> Comparator.EQ;
            };
    BigDecimal scale =
        m.group(3) == null ? null : m.group(3).equals("万") ? BigDecimal.valueOf(10000) : new BigDecimal("100000000");
    String unit = m.group(4).isEmpty() ? null : m.group(4);
    return new ParsedValue(ValueKind.QUANTITY, printed, op, new BigDecimal(m.group(2)), scale, unit);
  }
}
