package org.jixiao.ingest.rtf;

import com.rtfparserkit.parser.RtfListenerAdaptor;
import com.rtfparserkit.rtf.Command;
import com.rtfparserkit.rtf.CommandType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.ingest.office.SheetLayout;

/**
 * Turns rtfparserkit's events into paragraphs and tables. Text counts only in the body and in a field's result:
 * every other destination (font and colour tables, styles, headers, footers, pictures, field instructions, any
 * {@code \*} destination) is skipped with its group. A paragraph marked {@code \intbl} belongs to the cell being
 * read, which {@code \cell} closes; {@code \row} closes the row with the cell edges of the last {@code \trowd}. A
 * table nested in a cell is read into the outer cell's text.
 */
final class RtfBody extends RtfListenerAdaptor {
  /** Destinations whose text is the document's. */
  private static final Set<Command> CONTENT = Set.of(Command.rtf, Command.field, Command.fldrslt);

  /** A group's destination, and whether its text is skipped (inherited by the groups inside it). */
  private record Group(Command destination, boolean skip) {}

  private final DocumentBuilder out;
  private final Limits limits;
  private final Deque<Group> groups = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private final List<String> cells = new ArrayList<>();
  private final RtfTable table;
  private List<RtfTable.Edge> edges = new ArrayList<>();
  private RtfTable.Merge pending = RtfTable.Merge.NONE;
  private boolean inTable;

  RtfBody(DocumentBuilder out, Limits limits) {
    this.out = out;
    this.limits = limits;
    this.table = new RtfTable(limits);
    groups.push(new Group(Command.rtf, false));
  }

  @Override
  public void processGroupStart() {
    groups.push(groups.isEmpty() ? new Group(Command.rtf, false) : groups.peek());
  }

  @Override
  public void processGroupEnd() {
    if (groups.size() > 1) {
      groups.pop();
    }
  }

  @Override
  public void processString(String s) {
    if (!skipping()) {
      text.append(s);
    }
  }

  @Override
  public void processCommand(Command command, int parameter, boolean hasParameter, boolean optional) {
    // an optional destination the parser does not know arrives as \* alone (optionalcommand): skipped too
    if (command.getCommandType() == CommandType.Destination || optional || command == Command.optionalcommand) {
      Group g = groups.pop();
      groups.push(new Group(command, g.skip() || !CONTENT.contains(command)));
      return;
    }
    if (skipping()) {
      return;
    }
    try {
      switch (command) {
        case par -> paragraphEnd();
        case line, nestcell, nestrow -> text.append('\n');
        case tab -> text.append('\t');
        case pard -> inTable = false;
        case intbl -> inTable = true;
        case itap -> inTable = !hasParameter || parameter > 0;
        case trowd -> {
          edges = new ArrayList<>();
          pending = RtfTable.Merge.NONE;
        }
        case clvmgf -> pending = RtfTable.Merge.VERTICAL_FIRST;
        case clvmrg -> pending = RtfTable.Merge.VERTICAL_NEXT;
        case clmrg -> pending = RtfTable.Merge.HORIZONTAL_NEXT;
        case cellx -> {
          edges.add(new RtfTable.Edge(parameter, pending));
          pending = RtfTable.Merge.NONE;
        }
        case cell -> {
          cells.add(text.toString().strip());
          text.setLength(0);
        }
        case row -> {
          table.row(edges, cells);
          cells.clear();
        }
        default -> {
          // formatting: not content
        }
      }
    } catch (IngestException e) {
      throw new Stop(e);
    }
  }

  /** Ends the document: a table still open, and text after the last paragraph mark. */
  void finish() throws IngestException {
    if (!text.isEmpty() && !inTable) {
      flushTable();
      out.paragraph(text.toString().strip(), 0, null);
      text.setLength(0);
    }
    flushTable();
  }

  private boolean skipping() {
    return groups.peek() != null && groups.peek().skip();
  }

  private void paragraphEnd() throws IngestException {
    ReadFailures.checkInterrupted();
    if (inTable) {
      text.append('\n');
      return;
    }
    flushTable();
    out.paragraph(text.toString().strip(), 0, null);
    text.setLength(0);
  }

  private void flushTable() throws IngestException {
    if (!table.isEmpty()) {
      out.table(SheetLayout.plainGrid("RTF table", table.cells(), table.height(), table.width(), out, limits));
      table.clear();
    }
  }

  /** Carries a read failure out of the parser's callbacks, which throw no checked exceptions. */
  static final class Stop extends RuntimeException {
    Stop(IngestException cause) {
      super(cause);
    }
  }
}
