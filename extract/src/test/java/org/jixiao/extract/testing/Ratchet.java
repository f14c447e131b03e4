package org.jixiao.extract.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jixiao.extract.eval.FileScore;
import org.jixiao.schema.Json;

/**
 * The per-document accuracy ratchet (tabula's TestTableDetection): {@code ratchet.json} keeps, per
 * sample file, the counts the extraction reached against gold. A count that gets worse is a
 * regression; a count that improves (or a file not yet listed) is written to a proposed baseline
 * for the developer to copy over. Files marked {@code floor} must also meet the floor.
 */
public final class Ratchet {
  /** The floor of the issue: indicator F1 and report-field accuracy per file. */
  public static final double MIN_F1 = 0.97;
  public static final double MIN_REPORT_ACCURACY = 0.95;

  /**
   * One file's counts. {@code spurious} is extracted rows that match no gold row; {@code floor}
   * says the file is held to {@link #MIN_F1} and {@link #MIN_REPORT_ACCURACY}.
   */
  public record Entry(int goldRows, int matched, int spurious, int rowFieldsCorrect, int reportFieldsCorrect, boolean floor) {
    public static Entry of(FileScore s, boolean floor) {
      return new Entry(s.goldRows(), s.matched(), s.extractedRows() - s.matched(), s.rowFieldsCorrect(),
          s.reportFieldsCorrect(), floor);
    }

    /** What got worse than {@code base}, one line per count. */
    public List<String> regressionsFrom(Entry base) {
      List<String> out = new ArrayList<>();
      lower(out, "matched", matched, base.matched);
      lower(out, "rowFieldsCorrect", rowFieldsCorrect, base.rowFieldsCorrect);
      lower(out, "reportFieldsCorrect", reportFieldsCorrect, base.reportFieldsCorrect);
      if (spurious > base.spurious) {
        out.add("spurious rose from " + base.spurious + " to " + spurious);
      }
      return out;
    }

    /** Whether any count is better than {@code base} (and none need be worse). */
    public boolean improvesOn(Entry base) {
      return matched > base.matched || rowFieldsCorrect > base.rowFieldsCorrect
          || reportFieldsCorrect > base.reportFieldsCorrect || spurious < base.spurious || goldRows != base.goldRows;
    }

    private static void lower(List<String> out, String name, int now, int base) {
      if (now < base) {
        out.add(name + " fell from " + base + " to " + now);
      }
    }
  }

  private final Path file;
  private final SortedMap<String, Entry> baseline;
  private final SortedMap<String, Entry> proposed;
  private final List<String> notes = new ArrayList<>();

  private Ratchet(Path file, SortedMap<String, Entry> baseline) {
    this.file = file;
    this.baseline = baseline;
    this.proposed = new TreeMap<>(baseline);
  }

  /** The baseline at {@code file}; an absent file is an empty baseline (every sample is new). */
  public static Ratchet load(Path file) {
    if (!Files.isRegularFile(file)) {
      return new Ratchet(file, new TreeMap<>());
    }
    try {
      Map<String, Entry> m = Json.mapper().readValue(Files.readAllBytes(file), new TypeReference<Map<String, Entry>>() {});
      return new Ratchet(file, new TreeMap<>(m));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ratchet " + file, e);
    }
  }

  public Optional<Entry> baseline(String fileName) {
    return Optional.ofNullable(baseline.get(fileName));
  }

  /** Whether {@code s} meets the floor. */
  public static boolean meetsFloor(FileScore s) {
    return s.f1() >= MIN_F1 && s.reportFieldAccuracy() >= MIN_REPORT_ACCURACY;
  }

  /**
   * Records one file's score and returns its regressions against the baseline (empty for a new
   * file). A new or improved file goes into the proposal; a file that now meets the floor is
   * proposed with {@code floor: true} so the gain is locked in.
   */
  public synchronized List<String> record(String fileName, FileScore s) {
    Entry base = baseline.get(fileName);
    boolean floor = (base != null && base.floor()) || meetsFloor(s);
    Entry now = Entry.of(s, floor);
    if (base == null) {
      proposed.put(fileName, now);
      notes.add(fileName + ": new " + now);
      return List.of();
    }
    List<String> regressions = now.regressionsFrom(base);
    if (regressions.isEmpty() && (now.improvesOn(base) || floor != base.floor())) {
      proposed.put(fileName, now);
      notes.add(fileName + ": " + base + " -> " + now);
    }
    return regressions;
  }

  /** Writes the proposal when anything improved; returns what was written, or empty. */
  public synchronized Optional<Path> writeProposal(Path target) {
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, Json.write(proposed) + "\n", StandardCharsets.UTF_8);
      return Optional.of(target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  public synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  public Path file() {
    return file;
  }
}
