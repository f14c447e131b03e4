package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.app.batch.BatchCounts;
import org.jixiao.app.batch.BatchRunner;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.Auditor;
import org.jixiao.audit.eval.AuditEvaluation;
import org.jixiao.audit.eval.DocumentScore;
import org.jixiao.audit.eval.ExpectedFinding;
import org.jixiao.audit.eval.ExpectedFindings;
import org.jixiao.audit.eval.FindingMatcher;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.Finding;

/**
 * {@code jixiao eval --findings DIR}: audits each file exactly as {@code jixiao audit} does and scores
 * its findings against {@code DIR/<stem>.json} ({@link FindingMatcher}). A file whose audit fails is
 * scored as producing nothing, so that its expected findings still count as missed.
 */
final class AuditEval {
  private final ExpectedFindings expected;
  private final Limits limits;

  AuditEval(Path dir, Limits limits) {
    this.expected = new ExpectedFindings(dir);
    this.limits = limits;
  }

  /** The evaluation and the batch's counts; a bad expected-findings file throws before any file is read. */
  Result run(List<Path> inputs, PrintWriter err) throws IOException, InterruptedException {
    Map<Path, List<ExpectedFinding>> withExpected = new LinkedHashMap<>();
    List<String> withoutExpected = new ArrayList<>();
    for (Path f : InputFiles.expand(inputs)) {
      Optional<List<ExpectedFinding>> want = expected.forFile(name(f));
      if (want.isPresent()) {
        withExpected.put(f, want.get());
      } else {
        withoutExpected.add(name(f));
        err.println("jixiao: no expected findings for " + name(f) + " in " + expected.dir());
      }
    }
    Map<Path, List<Finding>> produced = new LinkedHashMap<>();
    Auditor auditor = Auditor.standard();
    BatchCounts counts;
    try (Pipeline pipeline = new Pipeline(limits)) {
      counts = BatchRunner.sequential(limits, err).run(List.copyOf(withExpected.keySet()),
          f -> pipeline.process(f).then(e -> e.auditedBy(auditor)), (f, audit) -> {
            // every #n part of a file answers the one expected-findings file of its stem
            List<Finding> all = audit.stream().flatMap((AuditResult r) -> r.findings().stream()).toList();
            produced.put(f, all);
            return all.size() + " 个问题";
          });
    }
    FindingMatcher matcher = FindingMatcher.standard();
    List<DocumentScore> scores = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    withExpected.forEach((f, want) -> {
      if (!produced.containsKey(f)) {
        failed.add(name(f));
      }
      scores.add(matcher.match(name(f), produced.getOrDefault(f, List.of()), want));
    });
    return new Result(AuditEvaluation.of(scores, withoutExpected, failed), counts);
  }

  record Result(AuditEvaluation evaluation, BatchCounts counts) {}

  private static String name(Path f) {
    return f.getFileName().toString();
  }
}
