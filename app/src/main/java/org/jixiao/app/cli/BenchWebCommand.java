package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.app.batch.ReportStore;
import org.jixiao.app.web.WebOptions;
import org.jixiao.app.web.WebServer;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.bench.SyntheticReports;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench web --reports N}: page and API latency of {@code serve} over N synthetic reports (as {@code bench
 * index} makes them) with synthetic findings, the first {@code --stored} of them also stored as JSON so that report
 * pages open; each route requested {@code --requests} times in turn after a warm-up, from one client.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
    description = "Measure the web page's latency (p50/p99 per route) over N synthetic reports.")
public final class BenchWebCommand implements Callable<Integer> {
  @Option(names = "--reports", required = true, paramLabel = "N", description = "synthetic reports to index") int reports;

  @Option(names = "--stored", defaultValue = "200", description = "of them stored as JSON, for report pages (default ${DEFAULT-VALUE})")
  int stored;

  @Option(names = "--requests", defaultValue = "200", description = "timed requests per route (default ${DEFAULT-VALUE})") int requests;

  @Option(names = "--seed", defaultValue = "1", description = "generator seed (default ${DEFAULT-VALUE})") long seed;

  @Option(names = "--json", description = "print the figures as JSON") boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  /** One route's figures. */
  record Route(String route, int requests, double p50Millis, double p99Millis, long bytes) {}

  /** The run's figures. */
  record Figures(int reports, long findings, int stored, double indexSeconds, List<Route> routes) {}

  private static final CheckId[] CHECKS = {CheckId.ROW_SCORE, CheckId.TOTAL_SCORE, CheckId.SECTION_SUM, CheckId.ARITHMETIC,
      CheckId.EXECUTION_RATE, CheckId.SCORING_RULE};

  @Override
  public Integer call() throws Exception {
    if (reports < 1 || requests < 1 || stored < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--reports and --requests must be positive");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path data = Files.createTempDirectory("jixiao-bench-web-");
    try {
      long t0 = System.nanoTime();
      SyntheticReports synthetic = new SyntheticReports(seed);
      ReportStore store = new ReportStore(data);
      long findings = 0;
      List<String> ids = new ArrayList<>();
      try (ReportIndex idx = ReportIndex.open(data.resolve("index"))) {
        for (int i = 0; i < reports; i++) {
          Report r = withSha(synthetic.report(i), sha(seed + ":" + i));
          List<Finding> f = findings(r, new SplittableRandom(seed * 31 + i));
          idx.add(r, f);
          findings += f.size();
          if (i < stored) {
            store.save(r.fileSha256(), new StoredReport(r, f, "synthetic/" + i + ".pdf", Instant.now().toString()));
            ids.add(r.fileSha256());
          }
          if ((i + 1) % 10_000 == 0) {
            err.println("indexed " + (i + 1) + " reports");
            err.flush();
          }
        }
        idx.commit();
        idx.forceMerge(1);
      }
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      List<Route> routes = new ArrayList<>();
      try (WebServer server = new WebServer(new WebOptions(data, WebOptions.LOOPBACK, 0, false, 1, 1, Limits.defaults(),
          JixiaoCommand.VERSION))) {
        String base = "http://127.0.0.1:" + server.start();
        HttpClient http = HttpClient.newHttpClient();
        String measure = enc(synthetic.templateNames().getFirst());
        String province = enc(synthetic.words("province").getFirst());
        List<String> paths = new ArrayList<>(List.of("/", "/api/overview", "/search?q=" + enc("执行率"),
            "/search?q=" + enc("执行率") + "&province=" + province + "&sort=score-rate&desc=1&page=3",
            "/api/search?scope=reports&sort=total-score&desc=1&minTotal=90", "/compare?indicator=" + measure,
            "/findings?severity=warning", "/findings?check=TotalScoreCheck&page=5", "/api/findings?severity=error"));
        if (!ids.isEmpty()) {
          paths.add("/reports/" + ids.getFirst());
        }
        for (String p : paths) {
          routes.add(time(http, base, List.of(p), p));
          err.println("timed " + p);
          err.flush();
        }
        // a comparison asked for the first time (the page caches the last few): another indicator each request
        List<String> cold = synthetic.templateNames().stream().map(n -> "/compare?indicator=" + enc(n)).toList();
        routes.add(time(http, base, cold, "/compare?indicator=… (another indicator each request, " + cold.size() + " in turn)"));
      }
      Figures f = new Figures(reports, findings, Math.min(stored, reports), indexSeconds, routes);
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? Json.write(f) + "\n" : render(f));
      out.flush();
    } finally {
      try (Stream<Path> s = Files.walk(data)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return ExitCodes.OK;
  }

  /** {@code paths} requested in turn (one path: the same request again and again), named {@code route}. */
  private Route time(HttpClient http, String base, List<String> paths, String route) throws IOException, InterruptedException {
    long bytes = 0;
    for (int i = 0; i < 10; i++) {
      String path = paths.get(i % paths.size());
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IOException(path + ": HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
      }
      bytes = r.body().length;
    }
    double[] ms = new double[requests];
    for (int i = 0; i < requests; i++) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get((10 + i) % paths.size()))).build();
      long t = System.nanoTime();
      http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new Route(route, requests, ms[(int) Math.floor(0.50 * (requests - 1))], ms[(int) Math.floor(0.99 * (requests - 1))], bytes);
  }

  /** 0–4 findings a report, of the common checks, worst rarer. */
  private static List<Finding> findings(Report r, SplittableRandom rnd) {
    List<Finding> out = new ArrayList<>();
    int n = rnd.nextInt(5);
    for (int k = 0; k < n; k++) {
      Severity s = rnd.nextInt(10) < 2 ? Severity.ERROR : rnd.nextInt(3) == 0 ? Severity.INFO : Severity.WARNING;
      String row = r.indicators().isEmpty() ? null : r.indicators().get(rnd.nextInt(r.indicators().size())).level3();
      out.add(new Finding(r.sourceFile(), CHECKS[rnd.nextInt(CHECKS.length)], s, Certainty.HIGH, row, null, "9", "8", null,
          row + " 复核不符（合成）"));
    }
    return out;
  }

  private static Report withSha(Report r, String sha) {
    return new Report(r.sourceFile(), r.department(), r.fiscalYear(), r.adminLevel(), r.province(), r.reportKind(),
        r.evaluator(), r.totalScore(), r.maxScore(), r.grade(), r.budget(), r.sections(), r.indicators(), r.title(),
        r.publicationDate(), sha, r.format(), r.evidence(), r.diagnostics(), r.project(), r.implementingUnit(), r.part(),
        r.groupSubtotals());
  }

  private static String sha(String s) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String render(Figures f) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "%d synthetic reports, %d findings, %d stored as JSON; indexed in %.1f s%n", f.reports(), f.findings(), f.stored(),
        f.indexSeconds()));
    TextTable t = new TextTable(70);
    t.row(List.of("route", "p50 ms", "p99 ms", "bytes"));
    for (Route r : f.routes()) {
      t.row(List.of(r.route(), String.format(Locale.ROOT, "%.1f", r.p50Millis()), String.format(Locale.ROOT, "%.1f", r.p99Millis()),
          String.valueOf(r.bytes())));
    }
    return sb.append(t.render()).toString();
  }
}
