package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code jixiao} command: it only dispatches to the verbs. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    version = JixiaoCommand.VERSION,
    description = "Reads Chinese government performance-evaluation reports (绩效评价报告) into audited, searchable data.",
    subcommands = {
      ImportCommand.class,
      InspectCommand.class,
      ExtractCommand.class,
      AuditCommand.class,
      FindingsCommand.class,
      EvalCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      CompareCommand.class,
      StatsCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:failure",
      "2:usage error",
      "3:finished, some files failed",
      "4:audit --fail-on: a finding that severe"
    })
public final class JixiaoCommand implements Runnable {
  /** The tool and its version, as --version prints it and exports name their maker. */
  static final String VERSION = "jixiao 0.1.0";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a verb");
  }

  public static int run(String... args) {
    return commandLine(
            new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
        .execute(args);
  }

  /** The configured command line: exit codes mapped, errors as one line naming the cause, never a stack trace. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new JixiaoCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true); // --format JSON as --format json
    cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILURE);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          // one line naming the option and how to see the rest, not the whole usage
          CommandLine cmd = ex.getCommandLine();
          String verb = cmd.getCommandSpec().qualifiedName(" ");
          cmd.getErr().println(verb + ": " + ex.getMessage() + " (see " + verb + " --help)");
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("jixiao: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
          return ExitCodes.FAILURE;
        });
    return cl;
  }
}
