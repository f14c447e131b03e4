package org.jixiao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.IndicatorKeys;
import org.jspecify.annotations.Nullable;

/**
 * Names OCR misread by one character put right to the known name they must be: a table cell read by OCR
 * whose least certain character is under {@link #DOUBTFUL} and whose text (Chinese characters only) is
 * one character away from exactly one known name — the 一级/二级 names of the national frameworks and the
 * 三级 names of the indicator dictionary — and is not itself known. At 150–200 dpi one wrong character
 * ("职贡履行", "资金分配台理性") makes a row both missed and spurious and breaks comparison across reports.
 *
 * <p>A name printed cleanly is never touched, so a real name one character off a known one (合规性 beside
 * 合理性) stays as printed. What OCR read is kept on the cell ({@link OcrRead#recognized()}) and each change
 * is a document warning naming the cell, so the evidence shows both readings.
 */
final class OcrNames {
  /** A reading whose least certain character is under this is doubtful; cleanly printed names read 90+. */
  static final double DOUBTFUL = 90;
  /** Shorter names are too easily one character off another real word. */
  private static final int MIN_LENGTH = 4;

  private final Set<String> known;
  /** Each known name with one character blanked ("职?履行"), to the names that give that pattern. */
  private final Map<String, Set<String>> byPattern = new HashMap<>();

  OcrNames(Set<String> known) {
    this.known = Set.copyOf(known);
    for (String name : this.known) {
      for (int i = 0; i < name.length(); i++) {
        byPattern.computeIfAbsent(blanked(name, i), k -> new LinkedHashSet<>()).add(name);
      }
    }
  }

  /** The framework level names and the dictionary's 三级 variants, Chinese-only and 4+ long. */
  static OcrNames standard() {
    Set<String> names = new LinkedHashSet<>();
    names.addAll(org.jixiao.extract.table.FrameworkLevels.LEVEL1);
    names.addAll(org.jixiao.extract.table.FrameworkLevels.LEVEL2);
    names.addAll(IndicatorKeys.load().variants());
    names.removeIf(n -> n.length() < MIN_LENGTH || !allHan(n));
    return new OcrNames(names);
  }

  /** The document with its doubtful OCR names put right; the same document when there is none. */
  ParsedDocument repaired(ParsedDocument doc) {
    return eachOcrCell(doc, (t, c) -> {
      String name = c.ocr().confidence() >= DOUBTFUL ? null : knownName(c.text());
      return name == null ? null : new Repair(name, String.format(Locale.ROOT,
          "识别为“%s”（识别置信度 %.0f），与指标名“%s”只差一字，按“%s”读", c.text(), c.ocr().confidence(), name, name));
    });
  }

  /** A cell read right: its text, and what the warning says of it after the cell's place. */
  record Repair(String text, String note) {}

  /** What an OCR cell was misread as, put right; null to leave the cell as read. */
  interface CellRepair {
    @Nullable Repair apply(TableGrid table, GridCell cell);
  }

  /**
   * The document with each cell of its OCR tables put right by {@code repair}: what OCR read stays on the cell, and a
   * {@code OCR_NAME_CORRECTED} warning names the cell; the same document when no cell changed.
   */
  static ParsedDocument eachOcrCell(ParsedDocument doc, CellRepair repair) {
    List<Block> blocks = new ArrayList<>(doc.blocks().size());
    List<IngestWarning> warnings = new ArrayList<>(doc.warnings());
    boolean changed = false;
    for (Block b : doc.blocks()) {
      if (b instanceof TableGrid t && t.method() == org.jixiao.schema.TableMethod.OCR) {
        TableGrid fixed = repaired(t, warnings, repair);
        changed |= fixed != t;
        blocks.add(fixed);
      } else {
        blocks.add(b);
      }
    }
    return changed ? new ParsedDocument(doc.fileName(), doc.format(), List.copyOf(blocks), doc.text(), doc.metadata(),
        List.copyOf(warnings), doc.pageCount()) : doc;
  }

  private static TableGrid repaired(TableGrid t, List<IngestWarning> warnings, CellRepair repair) {
    List<GridCell> cells = new ArrayList<>(t.cells().size());
    boolean changed = false;
    for (GridCell c : t.cells()) {
      Repair r = c.ocr() == null ? null : repair.apply(t, c);
      if (r == null) {
        cells.add(c);
        continue;
      }
      changed = true;
      cells.add(new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), r.text(), c.page(), c.ocr().corrected(c.text()), c.box()));
      warnings.add(new IngestWarning(WarningCode.OCR_NAME_CORRECTED, String.format(Locale.ROOT, "表%d 第%d行第%d列：",
          t.tableIndex() + 1, c.row() + 1, c.col() + 1) + r.note(), c.page()));
    }
    return changed ? new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), cells, t.page(), t.start(), t.end(),
        t.method(), t.sheet()) : t;
  }

  /** The one known name {@code text} is a character away from, or null (known already, none, or several). */
  String knownName(String text) {
    String s = text.replaceAll("\\s+", "");
    if (s.length() < MIN_LENGTH || !allHan(s) || known.contains(s)) {
      return null;
    }
    Set<String> near = new LinkedHashSet<>();
    for (int i = 0; i < s.length(); i++) {
      near.addAll(byPattern.getOrDefault(blanked(s, i), Set.of()));
    }
    return near.size() == 1 ? near.iterator().next() : null;
  }

  private static String blanked(String s, int i) {
    return s.substring(0, i) + '\u0000' + s.substring(i + 1);
  }

  private static boolean allHan(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
