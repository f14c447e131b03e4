package org.jixiao.extract.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.SheetRef;
import org.jixiao.schema.Diagnostic;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.GroupSubtotal;
import org.jixiao.schema.Section;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TableMethod;
import org.jixiao.schema.TextSpan;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * What the stages of one document have found besides indicator rows (which each {@link
 * IndicatorStrategy} returns): sections, totals and grades with their sources, and counted
 * rejections. The cascade reconciles it, with the rows, into a {@link org.jixiao.schema.Report}.
 */
public final class ReportDraft {
  /** A stated total: 合计/总分 row or 总体得分为…分. {@code weight} is the full mark where stated. */
  public record TotalStatement(BigDecimal score, @Nullable BigDecimal weight, SourceRef source, ExtractionMethod method) {}

  /** The report's full mark stated on its own: "…四个方面逐项开展自评，满分100分". */
  public record FullMark(BigDecimal mark, SourceRef source, ExtractionMethod method) {}

  /** A stated grade (绩效等级 优), as printed and normalised to 优/良/中/差. */
  public record GradeStatement(String printed, GradeLevel grade, SourceRef source, ExtractionMethod method) {}

  /** A block of a printed table read as a grid of its own, under a table number of its own; its cells are cited where printed. */
  public sealed interface Rewritten permits Turned, Folded, Stacked, Lifted, Beside {
    int uprightTable();

    int printedTable();

    /** The printed {row, column} of the rewritten grid's row, column. */
    int[] printed(int row, int col);
  }

  /**
   * A table read turned upright (an indicator table printed sideways): its row r, column c is the printed table's
   * row firstRow + c, column firstCol + r.
   */
  public record Turned(int uprightTable, int printedTable, int firstRow, int firstCol) implements Rewritten {
    @Override
    public int[] printed(int row, int col) {
      return new int[] {firstRow + col, firstCol + row};
    }
  }

  /**
   * A table whose records each take {@code lines} printed lines, read one record a row: row 0 is the header's lines
   * side by side, row r the r-th record's; column c is line c / width's column c % width.
   */
  public record Folded(int uprightTable, int printedTable, int headerRow, int lines, int width) implements Rewritten {
    @Override
    public int[] printed(int row, int col) {
      return new int[] {headerRow + row * lines + col / width, col % width};
    }
  }

  /** A table whose rows stack several indicators a line each, read one line a row: row r is printed row {@code printedRows[r]}. */
  public record Stacked(int uprightTable, int printedTable, List<Integer> printedRows) implements Rewritten {
    @Override
    public int[] printed(int row, int col) {
      return new int[] {printedRows.get(row), col};
    }
  }

  /**
   * A flat export's report fields read as a head table: row i is the printed column {@code columns[i]}, its label the
   * header's cell (row {@code headerRow}), its value the first data row's.
   */
  public record Lifted(int uprightTable, int printedTable, int headerRow, List<Integer> columns) implements Rewritten {
    @Override
    public int[] printed(int row, int col) {
      return new int[] {col == 0 ? headerRow : headerRow + 1, columns.get(row)};
    }
  }

  /** The right-hand one of two tables printed side by side: its column c is the printed table's column firstCol + c. */
  public record Beside(int uprightTable, int printedTable, int firstCol) implements Rewritten {
    @Override
    public int[] printed(int row, int col) {
      return new int[] {row, firstCol + col};
    }
  }

  private final String fileName;
  private final Map<Integer, Rewritten> rewritten = new HashMap<>();
  private final Map<Integer, TableMethod> tableMethods;
  private final Map<Integer, TableGrid> pageTables;
  private final List<Section> sections = new ArrayList<>();
  private final List<GroupSubtotal> groupSubtotals = new ArrayList<>();
  private final List<TotalStatement> totals = new ArrayList<>();
  private final List<TotalStatement> adjustedTotals = new ArrayList<>();
  private final List<GradeStatement> grades = new ArrayList<>();
  private final List<FullMark> fullMarks = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<WarningCode, Integer> counts = new EnumMap<>(WarningCode.class);

  public ReportDraft(String fileName) {
    this(fileName, Map.of());
  }

  /** @param tableMethods per table index, how a PDF reader found the table; cells carry it */
  public ReportDraft(String fileName, Map<Integer, TableMethod> tableMethods) {
    this(fileName, tableMethods, Map.of());
  }

  /**
   * @param pageTables per table index, the tables found on PDF pages, whose cells carry their box (and, read by OCR,
   *     a confidence), and the tables of workbook sheets, whose cells carry their A1 address
   */
  public ReportDraft(String fileName, Map<Integer, TableMethod> tableMethods, Map<Integer, TableGrid> pageTables) {
    this.fileName = fileName;
    this.tableMethods = Map.copyOf(tableMethods);
    this.pageTables = Map.copyOf(pageTables);
  }

  /** The draft of one document, its cells naming the PDF table's method and box, or the workbook cell. */
  public static ReportDraft of(ParsedDocument doc) {
    Map<Integer, TableMethod> methods = new HashMap<>();
    Map<Integer, TableGrid> onPages = new HashMap<>();
    doc.tables().forEach(t -> {
      if (t.method() != null || t.sheet() != null) {
        if (t.method() != null) {
          methods.put(t.tableIndex(), t.method());
        }
        onPages.put(t.tableIndex(), t);
      }
    });
    return new ReportDraft(doc.fileName(), methods, onPages);
  }

  public String fileName() {
    return fileName;
  }

  /** Cells of these rewritten tables are cited where they are printed. */
  public void rewritten(List<? extends Rewritten> tables) {
    tables.forEach(t -> rewritten.put(t.uprightTable(), t));
  }

  public CellRef cell(@Nullable Integer page, int table, int row, int col) {
    Rewritten t = rewritten.get(table);
    if (t != null) {
      int[] printed = t.printed(row, col);
      return cell(page, t.printedTable(), printed[0], printed[1]);
    }
    TableGrid onPage = pageTables.get(table);
    GridCell printed = onPage != null && row < onPage.rows() && col < onPage.cols() ? onPage.cellAt(row, col) : null;
    // a workbook cell is named by its merged cell's top-left, as Excel's name box names it
    SheetRef sheet = printed == null || onPage.sheet() == null ? null : onPage.sheet().at(printed.row(), printed.col());
    return new CellRef(fileName, page, table, row, col, tableMethods.get(table), printed == null ? null : printed.ocr(),
        printed == null ? null : printed.box(), sheet);
  }

  public TextSpan span(@Nullable Integer page, int start, int end) {
    return new TextSpan(fileName, page, start, end);
  }

  public void section(Section s) {
    sections.add(s);
  }

  public void groupSubtotal(GroupSubtotal s) {
    groupSubtotals.add(s);
  }

  public List<GroupSubtotal> groupSubtotals() {
    return groupSubtotals;
  }

  public void total(TotalStatement t) {
    totals.add(t);
  }

  /**
   * A total the report adjusts from its 合计 and states as its own, over the same full mark: rescaled over the indicators
   * that apply ("折算得分（实得分÷适用指标分值×100） | 98.72" under "合计 | 100 | 88.44", h509), or with bonus points added
   * ("综合得分＝指标得分＋加分＝94.57＋3＝97.75", h518).
   */
  public void adjustedTotal(TotalStatement t) {
    adjustedTotals.add(t);
  }

  public List<TotalStatement> adjustedTotals() {
    return adjustedTotals;
  }

  public void grade(GradeStatement g) {
    grades.add(g);
  }

  public void fullMark(FullMark m) {
    fullMarks.add(m);
  }

  public List<FullMark> fullMarks() {
    return fullMarks;
  }

  /** Counts a rejection; the first few of each kind are also kept with their location. */
  public void reject(WarningCode why, String message, @Nullable SourceRef where) {
    int n = counts.merge(why, 1, Integer::sum);
    if (n <= 20) {
      diagnostics.add(new Diagnostic(why, message, where));
    }
  }

  public List<Section> sections() {
    return sections;
  }

  public List<TotalStatement> totals() {
    return totals;
  }

  public List<GradeStatement> grades() {
    return grades;
  }

  public List<Diagnostic> diagnostics() {
    List<Diagnostic> out = new ArrayList<>(diagnostics);
    counts.forEach((k, v) -> {
      if (v > 20) {
        out.add(new Diagnostic(k, v + " in all (first 20 listed)", null));
      }
    });
    return out;
  }

  public Map<WarningCode, Integer> counts() {
    return counts;
  }
}
