package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.app.batch.ReportStore;
import org.jixiao.app.export.FindingExport.Listed;
import org.jixiao.app.export.FindingExport;
import org.jixiao.audit.Labels;
import org.jixiao.search.FilterField;
import org.jixiao.search.FindingHit;
import org.jixiao.search.FindingQuery;
import org.jixiao.search.ReportSearch;
import org.jixiao.solrclient.SolrReportSearcher;
import org.jixiao.solrclient.SolrTarget;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao findings}: the findings stored by import, across reports, filtered, as a table or an export. */
@Command(name = "findings", mixinStandardHelpOptions = true,
    description = {"List the audit findings of the imported reports (DATA/reports), across reports, filtered;",
        "with --solr, those of the reports in the collection."})
public final class FindingsCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "where import put its data (default ./data)") Path data = Path.of("data");

  @Option(names = "--severity", paramLabel = "S", description = "this severity or worse: error, warning or info (default info: all)")
  String severity;

  @Option(names = "--check", paramLabel = "C", description = "one check, by its name (ARITHMETIC or ArithmeticCheck, TOTAL_SCORE …)") String check;

  @Option(names = "--province", paramLabel = "P", description = "province (江苏 or 江苏省)") String province;

  @Option(names = "--year", paramLabel = "Y", description = "fiscal year evaluated") Integer year;

  @Option(names = "--department", paramLabel = "D", description = "department, its bracketed note (（机关）) may be left out") String department;

  @Mixin SolrOptions solr;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Severity least = severity == null ? Severity.INFO : severity(severity);
    CheckId only = check == null ? null : check(check);
    SolrTarget target = solr.target(spec.commandLine());
    if (target != null) {
      return fromCollection(target, least, only, err);
    }
    ReportStore store = new ReportStore(data);
    List<Path> files = store.files();
    if (files.isEmpty()) {
      err.println("jixiao: no imported reports in " + store.dir() + " (run jixiao import first)");
      return ExitCodes.FAILURE;
    }
    List<StoredReport> stored = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Path f : files) {
      StoredReport s = store.load(f);
      if (s.renderingOf() != null) {
        continue; // another format of a report listed under its own entry: its findings are that report's
      }
      stored.add(s);
      ids.add(f.getFileName().toString().replaceFirst("\\.json$", ""));
    }
    String p = resolve("--province", province, FilterField.PROVINCE, stored.stream().map(s -> s.report().province()), err);
    String d = resolve("--department", department, FilterField.DEPARTMENT, stored.stream().map(s -> s.report().department()), err);
    List<Listed> listed = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      Report r = stored.get(i).report();
      if (p != null && !p.equals(r.province()) || d != null && !d.equals(r.department())
          || year != null && !year.equals(r.fiscalYear())) {
        continue;
      }
      for (Finding f : stored.get(i).findings()) {
        if (f.severity().compareTo(least) <= 0 && (only == null || f.check() == only)) {
          listed.add(new Listed(ids.get(i), r.department(), r.province(), r.fiscalYear(), f));
        }
      }
    }
    output.write(new VerbResult(table(listed, stored.size()), listed, listed, FindingExport.rows(listed)),
        EnumSet.allOf(OutputOptions.Format.class));
    return ExitCodes.OK;
  }

  /** {@code --solr}: the findings the collection holds (import --solr sent them with their reports). */
  private int fromCollection(SolrTarget target, Severity least, @Nullable CheckId only, PrintWriter err) throws IOException {
    List<Listed> listed = new ArrayList<>();
    long reports;
    try (ReportSearch searcher = SolrReportSearcher.open(target)) {
      String p = resolve("--province", province, FilterField.PROVINCE, searcher.values(FilterField.PROVINCE).stream(), err);
      String d = resolve("--department", department, FilterField.DEPARTMENT,
          searcher.values(FilterField.DEPARTMENT).stream(), err);
      FindingQuery q = new FindingQuery(least, only, p, year, d, 0, 0);
      long total = searcher.findings(q).total();
      FindingQuery all = new FindingQuery(least, only, p, year, d, 0, (int) Math.min(Integer.MAX_VALUE - 1, total));
      for (FindingHit h : searcher.findings(all).hits()) {
        listed.add(new Listed(h.reportId(), h.department(), h.province(), h.fiscalYear(), h.finding()));
      }
      reports = searcher.reportCount();
    }
    // report by report, each report's findings in its stored order, as the listing from DATA/reports runs
    listed.sort(java.util.Comparator.comparing(Listed::reportId));
    output.write(new VerbResult(table(listed, reports), listed, listed, FindingExport.rows(listed)),
        EnumSet.allOf(OutputOptions.Format.class));
    return ExitCodes.OK;
  }

  private static String table(List<Listed> listed, long reports) {
    StringBuilder sb = new StringBuilder(reports + " 份已存报告中，问题 " + listed.size() + " 个\n");
    if (listed.isEmpty()) {
      return sb.toString();
    }
    TextTable t = new TextTable(40);
    t.row(List.of("部门", "年度", "严重程度", "检查", "指标", "报告所载", "复核结果", "说明"));
    for (Listed l : listed) {
      Finding f = l.finding();
      t.row(List.of(str(l.department()), l.fiscalYear() == null ? "" : l.fiscalYear().toString(), Labels.severity(f.severity()),
          Labels.check(f.check()), str(f.indicator()), str(f.stated()), str(f.recomputed()), f.message()));
    }
    return sb.append(t.render()).toString();
  }

  private static String str(@Nullable String s) {
    return s == null ? "" : s;
  }

  private Severity severity(String s) {
    try {
      return Severity.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--severity must be error, warning or info, not " + s);
    }
  }

  private CheckId check(String s) {
    for (CheckId c : CheckId.values()) {
      if (c.jsonName().equalsIgnoreCase(s.strip()) || c.name().equalsIgnoreCase(s.strip())) {
        return c;
      }
    }
    throw new ParameterException(spec.commandLine(), "--check: no check " + s + "; one of "
        + String.join(", ", Stream.of(CheckId.values()).map(CheckId::jsonName).toList()));
  }

  private static @Nullable String resolve(String option, @Nullable String typed, FilterField field,
      Stream<@Nullable String> values, PrintWriter err) {
    if (typed == null) {
      return null;
    }
    FilterValues.Resolved r = FilterValues.resolve(option, typed, field,
        values.filter(java.util.Objects::nonNull).distinct().toList());
    if (r.note() != null) {
      err.println("jixiao: " + r.note());
    }
    return r.value();
  }
}
