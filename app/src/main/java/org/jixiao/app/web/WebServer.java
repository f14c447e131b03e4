package org.jixiao.app.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.app.export.ComparisonExport;
import org.jixiao.app.export.FindingExport;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.schema.Box;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Json;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.StoredReport;
import org.jixiao.schema.TextSpan;

/**
 * 服务: the pages and their JSON API over one data directory. Every page {@code /x} has its twin {@code /api/x} that
 * returns the same view record as JSON ({@code /api/openapi.json} documents them); the exports are the CLI's.
 * Every response says: no script but our own, no frames, no sniffing, no referrer.
 */
public final class WebServer implements AutoCloseable {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final WebOptions options;
  private final DataView data;
  private final SourceFiles files;
  private final Uploads uploads;
  private final Templates templates = new Templates();
  private final Javalin app;

  public WebServer(WebOptions options) {
    this.options = options;
    this.data = new DataView(options.data(), options.solr());
    this.files = new SourceFiles(options.limits());
    this.uploads = new Uploads(options, data);
    this.app = Javalin.create(this::configure);
  }

  /** Starts listening; returns the port (the one asked, or the one given for 0). */
  public int start() {
    app.start(options.host(), options.port());
    return app.port();
  }

  private void configure(JavalinConfig config) {
    config.jsonMapper(new JavalinJackson(Json.mapper(), false));
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.staticFiles.add(sf -> {
      sf.hostedPath = "/static";
      sf.directory = "/org/jixiao/app/web/static";
      sf.location = Location.CLASSPATH;
    });
    config.staticFiles.enableWebjars();
    long perFile = options.maxUploadBytes();
    config.jetty.multipartConfig.maxFileSize(perFile, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(perFile * options.maxUploadFiles(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    config.http.maxRequestSize = perFile * options.maxUploadFiles() + (1 << 20);
    var r = config.routes;
    r.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    r.get("/", ctx -> page(ctx, "overview", "总览", "overview", OverviewPage.build(data)));
    r.get("/api/overview", ctx -> ctx.json(OverviewPage.build(data)));
    r.get("/search", ctx -> page(ctx, "search", "检索", "search", SearchPage.build(data, params(ctx))));
    r.get("/api/search", ctx -> ctx.json(SearchPage.build(data, params(ctx))));
    r.get("/reports/{id}", ctx -> {
      String id = ctx.pathParam("id");
      page(ctx, "report", "报告", "search", ReportPage.build(id, stored(id)), "/api/reports/" + id + "/page");
    });
    r.get("/api/reports/{id}", ctx -> ctx.json(stored(ctx.pathParam("id"))));
    r.get("/api/reports/{id}/page", ctx -> ctx.json(ReportPage.build(ctx.pathParam("id"), stored(ctx.pathParam("id")))));
    r.get("/reports/{id}/source", ctx -> page(ctx, "source", "出处", "search", source(ctx)));
    r.get("/api/reports/{id}/source", ctx -> ctx.json(source(ctx)));
    r.get("/api/reports/{id}/pages/{page}", this::pageImage);
    r.get("/reports/{id}/file", this::original);
    r.get("/compare", ctx -> page(ctx, "compare", "对比", "compare", ComparePage.build(data, params(ctx))));
    r.get("/api/compare", ctx -> ctx.json(ComparePage.build(data, params(ctx))));
    r.get("/api/compare.csv", ctx -> compareExport(ctx, false));
    r.get("/api/compare.xlsx", ctx -> compareExport(ctx, true));
    r.get("/findings", ctx -> page(ctx, "findings", "问题", "findings", FindingsPage.build(data, params(ctx))));
    r.get("/api/findings", ctx -> ctx.json(FindingsPage.build(data, params(ctx))));
    r.get("/api/findings.csv", ctx -> findingsExport(ctx, false));
    r.get("/api/findings.xlsx", ctx -> findingsExport(ctx, true));
    r.get("/import", ctx -> page(ctx, "import", "导入", "import", new ImportPage(options.allowUpload(),
        options.maxUploadFiles(), options.maxUploadBytes() >> 20)));
    r.post("/api/imports", this::upload);
    r.get("/api/imports/{id}", ctx -> {
      Uploads.Status s = uploads.status(ctx.pathParam("id"));
      if (s == null) {
        throw new NotFound("no upload " + ctx.pathParam("id"));
      }
      ctx.json(s);
    });
    r.get("/api/openapi.json", ctx -> {
      try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
        ctx.contentType("application/json").result(in.readAllBytes());
      }
    });
    r.exception(Params.BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    r.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    r.exception(Uploads.Forbidden.class, (e, ctx) -> error(ctx, 403, e.getMessage()));
    r.exception(Uploads.TooLarge.class, (e, ctx) -> error(ctx, 413, e.getMessage()));
    r.exception(Exception.class, (e, ctx) -> {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
          // Jetty stops reading an upload past the size limit and says only "bad multipart"
          error(ctx, 413, "上传被拒：每个文件不超过 " + options.maxUploadBytes() + " 字节、每次至多 " + options.maxUploadFiles()
              + " 个（" + bad.getReason() + "）");
          return;
        }
      }
      error(ctx, 500, "服务器内部错误：" + (e.getMessage() == null ? e.toString() : e.getMessage()));
    });
    r.error(404, ctx -> {
      if (ctx.attribute(HANDLED) == null) {
        error(ctx, 404, "没有这个页面：" + ctx.path());
      }
    });
  }

  /** The upload page's settings. */
  record ImportPage(boolean allowed, int maxFiles, long maxMegabytes) {}

  private static Params params(Context ctx) {
    return Params.of(ctx.path(), ctx.queryParamMap());
  }

  /** A page whose JSON twin is the same path and query under {@code /api} ({@code /} → {@code /api/overview}). */
  private void page(Context ctx, String template, String title, String nav, Object view) {
    String twin = ctx.path().equals("/") ? "/api/overview" : "/api" + ctx.path();
    page(ctx, template, title, nav, view, twin + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
  }

  private void page(Context ctx, String template, String title, String nav, Object view, String json) {
    ctx.html(templates.render(template, new Templates.Page(title, nav, options.tool(), view, json)));
  }

  /** Set on a response an exception handler already wrote, so that the 404 page does not replace it. */
  private static final String HANDLED = "jixiao.handled";

  private void error(Context ctx, int status, String message) {
    ctx.attribute(HANDLED, Boolean.TRUE);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(java.util.Map.of("status", status, "error", message));
    } else {
      ctx.html(templates.render("error", new Templates.Page("出错了", "", options.tool(), new ErrorView(status, message), "")));
    }
  }

  record ErrorView(int status, String message) {}

  private StoredReport stored(String id) throws IOException {
    StoredReport s = data.storedEntry(id);
    if (s == null) {
      throw new NotFound("没有报告 " + id);
    }
    return s;
  }

  private SourcePage.View source(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String key = ctx.queryParam("ref");
    if (key == null) {
      throw new Params.BadRequest("ref is required (c.T.R.C or t.S.E)");
    }
    return SourcePage.build(id, stored(id), key, files);
  }

  private void pageImage(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String pageParam = ctx.pathParam("page").replaceFirst("\\.png$", "");
    int page = Params.whole("page", pageParam);
    StoredReport s = stored(id);
    String key = ctx.queryParam("ref");
    SourceRef ref = key == null ? null : Refs.find(s, key);
    if (key != null && ref == null) {
      throw new NotFound("报告 " + id + " 中没有位置 " + key);
    }
    if (!(files.file(id, s) instanceof SourceFiles.Found.File(Path path))) {
      throw new NotFound("原文件已不可用");
    }
    if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      throw new Params.BadRequest("not a PDF: " + path.getFileName());
    }
    Box box = ref instanceof CellRef c && c.page() != null && c.page() == page ? c.box() : null;
    if (ref instanceof TextSpan t && t.page() != null && t.page() == page) {
      // prose keeps its place in the text only: its box is where the page prints that text
      String text = files.document(id, path).text();
      box = t.end() <= text.length() ? PageText.boxOf(path, page, text.substring(t.start(), t.end())) : null;
    }
    ctx.contentType("image/png").header("Cache-Control", "private, max-age=3600")
        .result(SourceFiles.pagePng(path, page, box));
  }

  /** The original file, always as a download: a report saved as HTML must never run in this origin. */
  private void original(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    StoredReport s = stored(id);
    if (!(files.file(id, s) instanceof SourceFiles.Found.File(Path path))) {
      throw new NotFound("原文件已不在导入时的位置，或内容已改变");
    }
    String name = path.getFileName().toString();
    ctx.header("Content-Disposition", "attachment; filename*=UTF-8''" + Params.enc(name).replace("+", "%20"))
        .header("Content-Security-Policy", "sandbox")
        .contentType("application/octet-stream").result(Files.newInputStream(path));
  }

  private void compareExport(Context ctx, boolean xlsx) throws IOException {
    Params p = params(ctx);
    IndicatorComparison c = ComparePage.comparison(data, p);
    if (c == null) {
      throw new Params.BadRequest("indicator is required");
    }
    String made = "jixiao serve " + p.at("/compare");
    download(ctx, "compare", xlsx, f -> {
      if (xlsx) {
        ComparisonExport.writeXlsx(c, f, options.tool(), made);
      } else {
        ComparisonExport.writeCsv(c, f);
      }
    });
  }

  private void findingsExport(Context ctx, boolean xlsx) throws IOException {
    Params p = params(ctx);
    List<FindingExport.Listed> listed = FindingsPage.listed(data, p);
    String made = "jixiao serve " + p.at("/findings");
    download(ctx, "findings", xlsx, f -> {
      if (xlsx) {
        FindingExport.writeXlsx(listed, f, options.tool(), made);
      } else {
        FindingExport.writeCsv(listed, f);
      }
    });
  }

  /** Writes a file the export way (the CLI's writers take a path). */
  private interface Writer {
    void to(Path file) throws IOException;
  }

  /** Sends what {@code writer} writes as {@code name}.xlsx or {@code name}.csv, through a temporary file. */
  private static void download(Context ctx, String name, boolean xlsx, Writer writer) throws IOException {
    Path tmp = Files.createTempFile("jixiao-" + name, xlsx ? ".xlsx" : ".csv");
    try {
      writer.to(tmp);
      ctx.header("Content-Disposition", "attachment; filename=" + name + (xlsx ? ".xlsx" : ".csv"))
          .contentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8")
          .result(Files.readAllBytes(tmp));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void upload(Context ctx) throws IOException {
    if (!options.allowUpload()) {
      throw new Uploads.Forbidden("上传未开启：以 jixiao serve --allow-upload 启动才可上传");
    }
    List<Uploads.Received> received = ctx.uploadedFiles("files").stream()
        .map(f -> new Uploads.Received(f.filename(), f.content())).toList();
    ctx.status(202).json(uploads.accept(received));
  }

  @Override
  public void close() throws IOException {
    app.stop();
    uploads.close();
    files.close();
    data.close();
  }
}
