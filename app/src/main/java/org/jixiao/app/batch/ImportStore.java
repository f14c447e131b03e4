package org.jixiao.app.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.audit.AuditResult;
import org.jixiao.search.ReportSink;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Report;
import org.jixiao.schema.SameReport;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;

/**
 * An import's record of what it did, file by file: the calling thread stores, indexes, commits now
 * and then, writes the manifest and counts; {@link #hashed} and {@link #known} are asked from the
 * worker threads. A file's content is met first (imported, or unchanged when stored under this path
 * by this extractor version) and then as a duplicate under every other path, in this run or a later
 * one: the path is added to the entry, which is neither read nor indexed again.
 */
final class ImportStore {
  private final ReportStore reports;
  private final @Nullable ReportSink idx;
  private final String version;
  private final RunManifest manifest;
  private final Map<Path, Integer> numbers = new HashMap<>();
  private final Map<Path, String> shas = new ConcurrentHashMap<>();
  private final Set<String> storedThisRun = ConcurrentHashMap.newKeySet();
  private final Map<String, ReportStore.Head> heads = new ConcurrentHashMap<>();
  private final Set<String> indexed;
  /** Reports of their own by {@link SameReport} key: the indexed ones at the start, then this run's. */
  private final Map<String, String> primaries;
  /** Content met in this run: its first path and that path's number in the batch. */
  private final Map<String, Met> met = new HashMap<>();
  private final ImportCounts.Tally tally = new ImportCounts.Tally();
  private final Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
  private long rows;
  private int sinceCommit;
  private @Nullable Done done;

  private record Met(Path path, int number) {}

  /** What the sink did with a file, for its manifest line. */
  private record Done(String sha, ImportOutcome outcome, List<String> ids, @Nullable String duplicateOf) {}

  ImportStore(ReportStore reports, @Nullable ReportSink idx, String version, List<Path> files, RunManifest manifest)
      throws IOException {
    this.reports = reports;
    this.idx = idx;
    this.version = version;
    this.manifest = manifest;
    this.indexed = idx == null ? Set.of() : idx.reportIds();
    this.primaries = idx == null ? new HashMap<>() : new HashMap<>(idx.renderingKeys());
    for (int i = 0; i < files.size(); i++) {
      numbers.putIfAbsent(files.get(i), i + 1);
    }
  }

  /** A worker thread has hashed {@code file}. */
  void hashed(Path file, String sha) {
    shas.put(file, sha);
  }

  /**
   * The stored entry's head of this content if it need not be read: stored earlier in this run, or
   * (unless {@code reread}) by this extractor version; else null.
   */
  ReportStore.@Nullable Head known(String sha, boolean reread) {
    if (storedThisRun.contains(sha)) {
      return head(sha);
    }
    if (reread) {
      return null;
    }
    ReportStore.Head head = head(sha);
    return head != null && version.equals(head.extractor()) ? head : null;
  }

  /** An entry's head, read once per run (copies ask for it again and again) and kept as the sink rewrites it. */
  private ReportStore.@Nullable Head head(String sha) {
    ReportStore.Head h = heads.get(sha);
    if (h == null) {
      h = reports.head(sha);
      if (h != null) {
        heads.putIfAbsent(sha, h); // never over what the sink wrote meanwhile
      }
    }
    return h;
  }

  /** Adds {@code file}'s path to the entries of {@code sha} unless listed; returns their ids. */
  private List<String> addPath(String sha, ReportStore.@Nullable Head head, Path file) throws IOException {
    if (head != null && listed(head.paths(), file)) {
      return reports.ids(sha);
    }
    List<String> ids = reports.addPath(sha, file.toString());
    ReportStore.Head now = reports.head(sha);
    if (now != null) {
      heads.put(sha, now);
    }
    return ids;
  }

  /** The status text of a file, once read or known; stores, adds its path, or indexes as it needs. */
  String accept(Path file, ImportJob.Read read) throws IOException {
    done = null;
    String sha = read.sha();
    Met first = met.get(sha);
    if (first != null) {
      List<String> ids = addPath(sha, head(sha), file);
      done = new Done(sha, ImportOutcome.DUPLICATE, ids, first.path().toString());
      return "重复：同 [" + first.number() + "] " + InputFiles.oneLine(first.path().toString());
    }
    String text = switch (read) {
      case ImportJob.Read.Known k -> known(file, sha, k.head());
      case ImportJob.Read.Fresh f -> fresh(file, sha, f.audits());
    };
    met.put(sha, new Met(file, numbers.getOrDefault(file, 0))); // only once stored: a copy of a failure is read itself
    return text;
  }

  private String known(Path file, String sha, ReportStore.Head head) throws IOException {
    String again = indexAgain(sha);
    if (listed(head.paths(), file)) {
      done = new Done(sha, ImportOutcome.UNCHANGED, reports.ids(sha), null);
      return "未变" + again;
    }
    String first = head.paths().getFirst();
    done = new Done(sha, ImportOutcome.DUPLICATE, addPath(sha, head, file), first);
    return "重复：同已存的 " + InputFiles.oneLine(first) + again;
  }

  /** A stored report the index lacks (an import killed before its commit) is indexed from the store. */
  private String indexAgain(String sha) throws IOException {
    if (idx == null) {
      return "";
    }
    int n = 0;
    for (String id : reports.ids(sha)) {
      if (indexed.contains(id)) {
        continue;
      }
      // another rendering of a report is never indexed itself, and is told by its head without reading it
      ReportStore.Head h = reports.head(id);
      if (h == null || h.renderingOf() == null) {
        idx.add(reports.load(reports.dir().resolve(id + ".json")));
        n++;
      }
    }
    if (n > 0) {
      commitNowAndThen();
    }
    return n == 0 ? "" : "，重新索引 " + n + " 份（索引中缺失）";
  }

  /**
   * Stores each report of the file as its own entry ({@code <sha256>.json}, then {@code <sha256>-<n>.json}
   * for the n-th), with the paths an earlier entry of the same content listed; removes the entries
   * (and index documents) of parts an earlier import found and this one did not, and indexes each
   * report under the same id as its entry.
   */
  private String fresh(Path file, String sha, List<AuditResult> audits) throws IOException {
    List<String> keys = audits.stream().map(a -> SameReport.key(a.report())).toList();
    List<String> of = new ArrayList<>();
    for (int i = 0; i < audits.size(); i++) {
      String primary = keys.get(i) == null ? null : primaries.get(keys.get(i));
      of.add(primary == null || primary.equals(ReportSink.idOf(audits.get(i).report())) ? null : primary);
    }
    if (!of.contains(null)) {
      return rendering(file, sha, audits, of);
    }
    String text = stored(file, sha, audits);
    for (int i = 0; i < audits.size(); i++) {
      if (keys.get(i) != null) {
        primaries.putIfAbsent(keys.get(i), ReportSink.idOf(audits.get(i).report()));
      }
    }
    return text;
  }

  /**
   * Every report of the file is one stored from another file (the same report in another format, {@link
   * SameReport}): its entries are kept, marked as renderings of those reports and not indexed, and each of
   * those reports lists this path among its renderings, so that search, comparison and counts see it once.
   */
  private String rendering(Path file, String sha, List<AuditResult> audits, List<String> of) throws IOException {
    String now = Instant.now().toString();
    List<String> paths = pathsWith(sha, file);
    List<StoredReport> stored = new ArrayList<>();
    for (int i = 0; i < audits.size(); i++) {
      AuditResult a = audits.get(i);
      stored.add(new StoredReport(a.report(), a.findings(), paths.getFirst(), now, a.diagnostics(), paths.subList(1, paths.size()),
          version).asRenderingOf(of.get(i)));
    }
    List<String> stale = reports.saveAll(sha, stored);
    heads.put(sha, new ReportStore.Head(paths, version, of.getFirst()));
    storedThisRun.add(sha);
    if (idx != null) {
      for (AuditResult a : audits) {
        idx.remove(ReportSink.idOf(a.report())); // indexed as a report of its own by an earlier import
      }
      for (String id : stale) {
        idx.remove(id);
      }
      commitNowAndThen();
    }
    String first = null;
    for (String primary : new java.util.LinkedHashSet<>(of)) {
      String shown = reports.addRendering(primary, file.toString());
      first = first == null ? shown : first;
    }
    done = new Done(sha, ImportOutcome.RENDERING, List.copyOf(new java.util.LinkedHashSet<>(of)), first);
    Met inRun = met.get(of.getFirst().split("-")[0]); // an id is its file's SHA-256, then -n for the n-th report
    return "另一格式：同 " + (inRun != null ? "[" + inRun.number() + "] " + InputFiles.shown(inRun.path())
        : "已存的 " + InputFiles.oneLine(first == null ? of.getFirst() : first)) + "，只计一次";
  }

  /** The paths an entry of this content lists, {@code file} among them: an earlier version's entry's paths stay. */
  private List<String> pathsWith(String sha, Path file) {
    ReportStore.Head earlier = reports.head(sha);
    List<String> paths = new ArrayList<>(earlier == null ? List.of() : earlier.paths());
    if (!listed(paths, file)) {
      paths.add(file.toString());
    }
    return paths;
  }

  /** Stores and indexes the file's reports as reports of their own. */
  private String stored(Path file, String sha, List<AuditResult> audits) throws IOException {
    String now = Instant.now().toString();
    List<String> paths = pathsWith(sha, file);
    List<String> others = paths.subList(1, paths.size());
    List<StoredReport> stored = audits.stream()
        .map(a -> new StoredReport(a.report(), a.findings(), paths.getFirst(), now, a.diagnostics(), others, version))
        .toList();
    List<String> stale = reports.saveAll(sha, stored);
    heads.put(sha, new ReportStore.Head(paths, version, null));
    storedThisRun.add(sha);
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int fileRows = 0;
    int withheld = 0;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < audits.size(); i++) {
      AuditResult audit = audits.get(i);
      withheld += audit.diagnostics().size();
      Report r = audit.report();
      ids.add(ReportSink.idOf(r));
      if (idx != null) {
        idx.add(stored.get(i));
      }
      fileRows += r.indicators().size();
      audit.countBySeverity().forEach((k, v) -> counts.merge(k, v, Integer::sum));
    }
    if (idx != null) {
      for (String id : stale) {
        idx.remove(id);
      }
      commitNowAndThen();
    }
    rows += fileRows;
    counts.forEach((k, v) -> findings.merge(k, v, Integer::sum));
    done = new Done(sha, ImportOutcome.IMPORTED, ids, null);
    Report first = audits.getFirst().report();
    String total = audits.size() > 1 ? audits.size() + " 份报告" : "总分 " + (first.totalScore() == null ? "-" : first.totalScore().toPlainString());
    // facts the audit's plausibility gate withheld as misreadings: extraction diagnostics, not findings
    return fileRows + " 行指标，" + total + "，问题 " + ImportJob.describe(counts)
        + (withheld == 0 ? "" : "，抽取诊断 " + withheld + " 条（未据以复核）");
  }

  private void commitNowAndThen() throws IOException {
    if (idx != null && ++sinceCommit >= ImportJob.COMMIT_EVERY) {
      idx.commit();
      sinceCommit = 0;
    }
  }

  /** Whether the entry lists {@code file} already (compared as absolute, normalized paths). */
  private static boolean listed(List<String> paths, Path file) {
    Path me = file.toAbsolutePath().normalize();
    return paths.stream().anyMatch(p -> Path.of(p).toAbsolutePath().normalize().equals(me));
  }

  /** A file has ended (after its status line): its manifest line, and its count. */
  void ended(Path file, FileOutcome<String> line) throws IOException {
    RunManifest.Line out = switch (line) {
      case FileOutcome.Done<String> d -> {
        Done what = java.util.Objects.requireNonNull(done, "the sink said nothing of " + file);
        tally.add(what.outcome(), "");
        yield new RunManifest.Line(file.toString(), what.sha(), what.outcome(), null, null, what.ids(), what.duplicateOf());
      }
      case FileOutcome.Failed<String> f -> {
        ImportOutcome o = f.kind() == ExtractionFailure.NOT_A_REPORT ? ImportOutcome.NOT_A_REPORT : ImportOutcome.FAILED;
        tally.add(o, f.kindName());
        yield new RunManifest.Line(file.toString(), shas.get(file), o, f.kindName(), f.message(), List.of(), null);
      }
    };
    done = null;
    manifest.write(out);
  }

  ImportCounts counts() {
    return tally.counts();
  }

  long rows() {
    return rows;
  }

  Map<Severity, Integer> findings() {
    return findings;
  }
}
