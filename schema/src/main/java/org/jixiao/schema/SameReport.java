package org.jixiao.schema;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 同一报告: what two renderings of one report share, as a department publishes the same 自评表 as DOCX and
 * PDF (or a portal as HTML): the same department, year, kind, project and part, the same total, and the
 * same rows (name, weight and score each). Files whose reports have one key are one report printed twice,
 * not two reports: an import keeps the first and lists the others as its renderings. A report that names no
 * department or year, or reads no row, has no key: too little is known to call two of them the same.
 */
public final class SameReport {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
  private static final char SEP = '\u0001';

  private SameReport() {}

  /** The report's key (a SHA-256 in hex), or null when it states too little to be matched. */
  public static @Nullable String key(Report r) {
    if (r.department() == null || r.department().isBlank() || r.fiscalYear() == null || r.indicators().isEmpty()) {
      return null;
    }
    List<String> rows = new ArrayList<>();
    for (IndicatorRow row : r.indicators()) {
      rows.add(compact(row.level3()) + SEP + plain(row.weight()) + SEP + plain(row.score()));
    }
    rows.sort(null); // a rendering may order a table's rows otherwise (a PDF's page break, a sheet's columns)
    StringBuilder b = new StringBuilder();
    for (Object part : List.of(compact(r.department()), r.fiscalYear(), String.valueOf(r.reportKind()),
        compact(r.project()), r.part() == null ? "" : r.part().index() + "/" + r.part().count(), plain(r.totalScore()))) {
      b.append(part).append(SEP);
    }
    rows.forEach(x -> b.append(x).append('\n'));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String compact(@Nullable String s) {
    return s == null ? "" : SPACES.matcher(s).replaceAll("");
  }

  private static String plain(@Nullable BigDecimal d) {
    return d == null ? "-" : d.stripTrailingZeros().toPlainString();
  }
}
