package org.jixiao.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.BatchCounts;
import org.jixiao.app.batch.BatchRunner;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.app.batch.ReportJsonDir;
import org.jixiao.app.export.SheetRows;
import org.jixiao.audit.Cells;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao extract}: the normalized report of each file, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract the normalized report (identity, budget, sections, indicator rows with provenance) of each FILE.")
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files, or directories to walk") List<Path> files;

  @Mixin OutputOptions output;

  @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<file name>.json for each file: the array of its reports") Path out;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException, java.io.IOException {
    // JSON by default: one array of the reports of every file, in file order, each naming its sourceFile
    boolean asked = output.asked();
    output.format(EnumSet.allOf(OutputOptions.Format.class), OutputOptions.Format.JSON); // refused before any file is read
    ReportJsonDir dir = out == null ? null : new ReportJsonDir(out);
    BatchCounts counts;
    List<Report> printed = new ArrayList<>();
    try (Pipeline pipeline = new Pipeline(limitOptions.limits())) {
      counts = BatchRunner.sequential(limitOptions.limits(), output.status())
          .run(InputFiles.expand(files), pipeline::process, (file, e) -> {
            List<Report> reports = e.reports();
            String written = dir == null ? "" : "，已写入 " + dir.write(file, reports);
            if (dir == null || asked) {
              printed.addAll(reports);
            }
            int rows = reports.stream().mapToInt(r -> r.indicators().size()).sum();
            return (reports.size() == 1 ? "" : reports.size() + " 份报告，") + rows + " 行指标" + written;
          });
    }
    if (dir == null || asked) {
      output.write(new VerbResult(table(printed), printed, printed, rows(printed)), EnumSet.allOf(OutputOptions.Format.class),
          OutputOptions.Format.JSON);
    }
    return ExitCodes.of(counts);
  }

  private static final List<String> HEADER = List.of("文件 sourceFile", "部门 department", "项目 project", "年度 year",
      "一级指标 level1", "二级指标 level2", "三级指标 level3", "年度指标值 target", "实际完成值 actual", "分值 weight", "得分 score",
      "位置 location");

  /** Every indicator row of every report, one line each, with where it was read. */
  private static SheetRows rows(List<Report> reports) {
    List<List<@Nullable Object>> cells = new ArrayList<>();
    for (Report r : reports) {
      for (IndicatorRow i : r.indicators()) {
        cells.add(Arrays.asList(r.sourceFile(), r.department(), r.project(), r.fiscalYear(), i.level1(), i.level2(),
            i.level3(), i.target(), i.actual(), i.weight(), i.score(), Cells.describe(i.source())));
      }
    }
    return new SheetRows("indicators", HEADER, cells,
        reports.stream().map(Report::fileSha256).filter(java.util.Objects::nonNull).distinct().toList());
  }

  private static String table(List<Report> reports) {
    StringBuilder sb = new StringBuilder();
    for (Report r : reports) {
      sb.append(r.sourceFile()).append(": ").append(r.department() == null ? "" : r.department())
          .append(r.project() == null ? "" : " " + r.project()).append(r.fiscalYear() == null ? "" : " " + r.fiscalYear() + "年度")
          .append(r.totalScore() == null ? "" : "，总分 " + r.totalScore().toPlainString())
          .append(r.grade() == null ? "" : "，等级 " + r.grade().symbol()).append('\n');
      TextTable t = new TextTable(30);
      t.row(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"));
      for (IndicatorRow i : r.indicators()) {
        t.row(Arrays.asList(i.level1(), i.level2(), i.level3(), i.target(), i.actual(), SearchCommand.num(i.weight()),
            SearchCommand.num(i.score())));
      }
      sb.append(t.render());
    }
    return sb.toString();
  }
}
