package org.jixiao.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.audit.FindingCsv;
import org.jixiao.schema.Finding;
import org.jspecify.annotations.Nullable;

/** 问题清单导出: findings across stored reports, each with the report it is about, as CSV or XLSX (findings verb, web page). */
public final class FindingExport {
  /** The report columns in front of a finding's own. */
  public static final List<String> REPORT_HEADER = List.of("部门 department", "省份 province", "年度 year", "报告 reportId");

  /** One finding with the report it is about. */
  public record Listed(String reportId, @Nullable String department, @Nullable String province, @Nullable Integer fiscalYear,
      Finding finding) {}

  private FindingExport() {}

  public static List<String> header() {
    List<String> h = new ArrayList<>(REPORT_HEADER);
    h.addAll(FindingCsv.HEADER);
    return h;
  }

  public static List<List<@Nullable Object>> cells(List<Listed> listed) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Listed l : listed) {
      List<@Nullable Object> row = new ArrayList<>(Arrays.asList(l.department(), l.province(), l.fiscalYear(), l.reportId()));
      row.addAll(FindingCsv.cells(l.finding()));
      rows.add(row);
    }
    return rows;
  }

  public static void writeCsv(List<Listed> listed, Path file) throws IOException {
    rows(listed).writeCsv(file);
  }

  /** {@code tool} and {@code command} name where the file comes from (its 说明 sheet). */
  public static void writeXlsx(List<Listed> listed, Path file, String tool, String command) throws IOException {
    rows(listed).writeXlsx(file, tool, command);
  }

  /** The findings as one sheet. */
  public static SheetRows rows(List<Listed> listed) {
    return new SheetRows("findings", header(), cells(listed), listed.stream().map(Listed::reportId).distinct().toList());
  }
}
