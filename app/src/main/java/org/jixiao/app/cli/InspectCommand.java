package org.jixiao.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao inspect FILE}: the neutral document model of one file. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Show the document model of FILE: paragraphs, and tables as aligned grids (merged cells shown once, continuations as ↑ and ←).")
public final class InspectCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE") Path file;

  @Mixin OutputOptions output;

  @Option(names = "--width", defaultValue = "24", description = "cap on a table column's width (default ${DEFAULT-VALUE})") int width;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  private static final java.util.Set<OutputOptions.Format> FORMATS =
      java.util.EnumSet.of(OutputOptions.Format.TABLE, OutputOptions.Format.JSON, OutputOptions.Format.JSONL);

  @Override
  public Integer call() throws java.io.IOException {
    output.format(FORMATS); // a format it cannot write is refused before the file is read
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(limitOptions.limits())) {
      IngestOutcome outcome = ingestor.ingest(file);
      if (outcome instanceof IngestOutcome.Failed f) {
        spec.commandLine().getErr().println("jixiao: " + f.kind() + ": " + f.message());
        return ExitCodes.FAILURE;
      }
      ParsedDocument doc = ((IngestOutcome.Parsed) outcome).document();
      output.write(new VerbResult(render(doc), doc, doc.blocks(), null), FORMATS);
      return ExitCodes.OK;
    }
  }

  String render(ParsedDocument doc) {
    StringBuilder sb = new StringBuilder();
    sb.append(doc.fileName()).append(": ").append(doc.format())
        .append(doc.pageCount() == null ? "" : ", " + doc.pageCount() + " pages")
        .append(", ").append(doc.paragraphs().size()).append(" paragraphs, ")
        .append(doc.tables().size()).append(" tables\n");
    doc.warnings().forEach(w -> sb.append("warning ").append(w.code()).append(": ").append(w.message()).append('\n'));
    for (Block b : doc.blocks()) {
      String page = b.page() == null ? "" : " p" + b.page();
      switch (b) {
        case Paragraph p -> sb.append("[").append(p.index()).append(page).append(p.headingLevel() > 0 ? " h" + p.headingLevel() : "")
            .append("] ").append(p.text()).append('\n');
        case TableGrid t -> {
          sb.append("[").append(t.index()).append(page).append("] table ").append(t.tableIndex()).append(": ")
              .append(t.rows()).append("×").append(t.cols()).append('\n');
          TextTable table = new TextTable(width);
          for (int r = 0; r < t.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < t.cols(); c++) {
              var cell = t.cellAt(r, c);
              row.add(t.isOrigin(r, c) ? cell.text() : (cell.row() < r ? "↑" : "←"));
            }
            table.row(row);
          }
          sb.append(table.render());
        }
      }
    }
    return sb.toString();
  }
}
