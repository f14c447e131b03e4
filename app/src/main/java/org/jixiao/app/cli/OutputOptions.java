package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.app.batch.AtomicFiles;
import org.jixiao.app.export.SheetRows;
import org.jixiao.schema.Json;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where and how a verb writes its result, the same on every verb that outputs: {@code -o FILE} and {@code --format
 * table|json|jsonl|csv|xlsx} (from the file's extension when not given), {@code --json}, {@code --csv FILE} and
 * {@code --xlsx FILE} as their short forms, and {@link Verbosity}'s {@code -q}/{@code -v}.
 */
public final class OutputOptions {
  /** The shapes a result can take. */
  public enum Format {
    TABLE, JSON, JSONL, CSV, XLSX;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the result to FILE (its extension .json, .jsonl, .csv or .xlsx gives the format)")
  @Nullable Path output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, jsonl, csv or xlsx (default: -o's extension, else table)")
  @Nullable Format format;

  @Option(names = "--json", description = "the same as --format json") boolean json;

  @Option(names = "--csv", paramLabel = "FILE", description = "the same as --format csv -o FILE (UTF-8 with BOM, for Excel)") @Nullable Path csv;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "the same as --format xlsx -o FILE") @Nullable Path xlsx;

  @Mixin Verbosity verbosity = new Verbosity();

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  /** The format asked for, or a table; checked against what this verb offers (a usage error otherwise). */
  public Format format(Set<Format> offered) {
    return format(offered, Format.TABLE);
  }

  /** The format asked for, or {@code byDefault}; checked against what this verb offers. */
  public Format format(Set<Format> offered, Format byDefault) {
    Format asked = requested();
    asked = asked == null ? byDefault : asked;
    if (!offered.contains(asked)) {
      throw usage("--format " + asked.label() + " is not offered here; one of "
          + offered.stream().map(Format::label).collect(Collectors.joining(", ")));
    }
    if (asked == Format.XLSX && file() == null) {
      throw usage("an Excel workbook needs a file: -o FILE.xlsx or --xlsx FILE");
    }
    return asked;
  }

  /** Whether any of these options was given (a verb with a default of its own keeps it otherwise). */
  public boolean asked() {
    return requested() != null;
  }

  /** The file the result goes to, or null for standard output. */
  public @Nullable Path file() {
    return csv != null ? csv : xlsx != null ? xlsx : output;
  }

  /** Standard error unless {@code -q}: for status lines a script may want to silence. */
  public PrintWriter status() {
    return verbosity.status(mixee.commandLine().getErr());
  }

  private @Nullable Format requested() {
    int shortForms = (json ? 1 : 0) + (csv != null ? 1 : 0) + (xlsx != null ? 1 : 0);
    if (shortForms > 1 || shortForms == 1 && (format != null || output != null)) {
      throw usage("give one of --json, --csv FILE, --xlsx FILE, or -o FILE with --format");
    }
    if (verbosity.contradictory()) {
      throw usage("-q and -v together");
    }
    if (json) {
      return Format.JSON;
    }
    if (csv != null) {
      return Format.CSV;
    }
    if (xlsx != null) {
      return Format.XLSX;
    }
    if (format != null) {
      return format;
    }
    String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    for (Format f : EnumSet.range(Format.JSON, Format.XLSX)) {
      if (name.endsWith("." + f.label())) {
        return f;
      }
    }
    return null;
  }

  /**
   * Writes {@code result} as asked: to the file (whole or not at all) or standard output. A sheet format on a verb
   * without rows is refused before any work is lost: call {@link #format(Set)} first.
   */
  public void write(VerbResult result, Set<Format> offered) throws IOException {
    write(result, offered, Format.TABLE);
  }

  /** As {@link #write(VerbResult, Set)}, for a verb whose result is {@code byDefault} unless asked otherwise. */
  public void write(VerbResult result, Set<Format> offered, Format byDefault) throws IOException {
    Format f = format(offered, byDefault);
    Path file = file();
    String text = switch (f) {
      case TABLE -> result.text();
      case JSON -> Json.write(result.json()) + "\n";
      case JSONL -> result.items().stream().map(Json::line).map(l -> l + "\n").collect(Collectors.joining());
      case CSV -> rows(result).csv();
      case XLSX -> null;
    };
    PrintWriter out = mixee.commandLine().getOut();
    if (f == Format.XLSX) {
      rows(result).writeXlsx(file, JixiaoCommand.VERSION, typed(mixee));
    } else if (file != null) {
      AtomicFiles.write(file, text);
    } else {
      out.print(text);
      out.flush();
      return;
    }
    if (!verbosity.quiet) {
      PrintWriter err = mixee.commandLine().getErr();
      err.println("jixiao: 已写入 " + file + (result.rows() == null ? "" : "（" + result.rows().cells().size() + " 行）"));
      err.flush();
    }
  }

  /** "jixiao compare 预算执行率 --sort score": the command as typed, for an export to say how it was made. */
  static String typed(CommandSpec spec) {
    var parsed = spec.commandLine().getParseResult();
    return "jixiao " + spec.name() + (parsed == null ? "" : " " + String.join(" ", parsed.originalArgs()));
  }

  private SheetRows rows(VerbResult result) {
    if (result.rows() == null) {
      throw usage("this result has no rows for a sheet"); // format(offered) keeps CSV and XLSX off such verbs
    }
    return result.rows();
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }
}
