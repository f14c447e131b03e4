package org.jixiao.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.app.batch.ImportJob;
import org.jixiao.app.batch.ReportStore;
import org.jixiao.index.ReportIndex;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.Json;
import org.jixiao.schema.StoredReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page and its API over samples imported for real (a ruled PDF, a DOCX, a text export) and one stored report
 * whose texts are hostile. Every page and API route, the exports, the source view with its outlined PDF cell, the
 * escaping of document text, the refusal of paths and of uploads when they are off, and an upload when they are on.
 */
class WebServerTest {
  static final String HOSTILE_ID = "ab".repeat(32);
  static final String SCRIPT = "<script>alert(1)</script>局";
  static final String JS_LINK = "javascript:alert(1)";

  @TempDir static Path tmp;
  static Path data;
  static WebServer server;
  static WebServer readOnly;
  static String base;
  static String readOnlyBase;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static Path sample(String name) {
    return Path.of(System.getProperty("jixiao.samples", "../corpus-samples"), name);
  }

  @BeforeAll
  static void importAndServe() throws Exception {
    data = tmp.resolve("data");
    StringWriter status = new StringWriter();
    new ImportJob(data, Limits.defaults(), 2, true).run(List.of(sample("001_2d77b94fcc42edf7.pdf"),
        sample("003_9702beb4dfdda539.docx"), sample("004_f903e5746c6a8cdf.txt")), new PrintWriter(status, true));
    storeHostileCopy();
    server = new WebServer(options(true, 0));
    base = "http://127.0.0.1:" + server.start();
    readOnly = new WebServer(options(false, 0));
    readOnlyBase = "http://127.0.0.1:" + readOnly.start();
  }

  static WebOptions options(boolean upload, int port) {
    return new WebOptions(data, WebOptions.LOOPBACK, port, upload, 200_000, 3, Limits.defaults(), "jixiao test");
  }

  /** A copy of the text sample's report whose department and first row carry markup and a script link. */
  static void storeHostileCopy() throws IOException {
    ReportStore store = new ReportStore(data);
    Path any = store.files().stream().filter(p -> {
      try {
        return store.load(p).report().sourceFile().endsWith(".txt");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow();
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(any.toFile());
    ObjectNode report = (ObjectNode) tree.get("report");
    report.put("department", SCRIPT);
    report.put("fileSha256", HOSTILE_ID);
    ((ObjectNode) report.get("indicators").get(0)).put("level3", JS_LINK);
    StoredReport hostile = Json.mapper().treeToValue(tree, StoredReport.class);
    store.save(HOSTILE_ID, hostile);
    try (ReportIndex idx = ReportIndex.open(data.resolve("index"))) {
      idx.add(hostile.report());
      idx.commit();
    }
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    readOnly.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<byte[]> bytes(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), path);
    return Json.mapper().readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void overviewCountsWhatWasImported() throws Exception {
    JsonNode o = json("/api/overview");
    int stored = new ReportStore(data).files().size(); // the upload test may have added one
    assertTrue(stored >= 4);
    assertEquals(stored, o.get("reports").asInt());
    assertTrue(o.get("rows").asLong() > 50, o.toString());
    long byProvince = 0;
    for (JsonNode b : o.get("byProvince")) {
      byProvince += b.get("count").asLong();
    }
    assertEquals(stored, byProvince, "every report has a province");
    assertTrue(o.get("lastRun").get("byOutcome").toString().contains("导入"), o.get("lastRun").toString());
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"report-count\">" + stored + "<"), page.body());
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/search", "/api/overview", "/nope")) {
      HttpResponse<String> r = get(path);
      assertEquals(WebServer.CSP, r.headers().firstValue("content-security-policy").orElse(null), path);
      assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(null), path);
    }
  }

  @Test
  void searchFindsRowsWithFacetsHighlightsAndPages() throws Exception {
    JsonNode s = json("/api/search?q=" + enc("执行率"));
    assertTrue(s.get("total").asLong() >= 3, s.toString());
    assertTrue(s.get("facets").size() > 0, "facets counted");
    boolean marked = false;
    for (JsonNode hit : s.get("hits")) {
      for (JsonNode part : hit.get("snippet")) {
        marked |= part.get("marked").asBoolean() && part.get("text").asText().contains("执行率");
      }
    }
    assertTrue(marked, "a highlighted match");
    String province = s.get("facets").get(0).get("values").get(0).get("label").asText();
    JsonNode filtered = json("/api/search?q=" + enc("执行率") + "&province=" + enc(province));
    assertTrue(filtered.get("total").asLong() <= s.get("total").asLong());
    for (JsonNode hit : filtered.get("hits")) {
      assertEquals(province, hit.get("province").asText());
    }
    JsonNode page2 = json("/api/search?page=2");
    assertEquals(2, page2.get("page").asInt());
    assertNotNull(page2.get("previous").asText());
    JsonNode byTotal = json("/api/search?scope=reports&sort=total-score&desc=1");
    List<Double> totals = new ArrayList<>();
    byTotal.get("hits").forEach(h -> {
      if (h.hasNonNull("totalScore")) {
        totals.add(h.get("totalScore").asDouble());
      }
    });
    assertTrue(totals.size() >= 3, totals.toString());
    for (int i = 1; i < totals.size(); i++) {
      assertTrue(totals.get(i - 1) >= totals.get(i), "sorted descending: " + totals);
    }
  }

  @Test
  void badParametersAreA400NamingTheParameter() throws Exception {
    HttpResponse<String> r = get("/api/search?year=abc");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("year must be a whole number"), r.body());
    assertEquals(400, get("/api/search?sort=colour").statusCode());
    assertEquals(400, get("/api/findings?severity=fatal").statusCode());
    assertEquals(400, get("/search?page=0").statusCode());
  }

  @Test
  void reportPagePlacesFindingsBesideRowsAndLinksEveryValueToItsSource() throws Exception {
    String id = idOf("001_2d77b94fcc42edf7.pdf");
    JsonNode v = json("/api/reports/" + id + "/page");
    assertTrue(v.get("rows").size() > 10);
    int beside = 0;
    for (JsonNode row : v.get("rows")) {
      beside += row.get("findings").size();
      assertTrue(row.get("level3").hasNonNull("source"), "every row name links to its source: " + row);
    }
    assertTrue(beside + v.get("findings").size() > 0, "findings shown");
    HttpResponse<String> page = get("/reports/" + id);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("class=\"indicators\""));
    assertTrue(page.body().contains("<li class=\"finding "), "the findings are listed on the page");
    JsonNode stored = json("/api/reports/" + id);
    assertEquals(id, stored.get("report").get("fileSha256").asText());
  }

  @Test
  void aPdfCellOpensOnItsPageOutlinedAndInTheTableAsRead() throws Exception {
    String id = idOf("001_2d77b94fcc42edf7.pdf");
    JsonNode v = json("/api/reports/" + id + "/page");
    String source = null;
    for (JsonNode row : v.get("rows")) {
      if (row.get("score").hasNonNull("source")) {
        source = row.get("score").get("source").asText();
        break;
      }
    }
    assertNotNull(source);
    JsonNode s = json(source.replace("/reports/", "/api/reports/"));
    assertTrue(s.get("image").asText().matches("/api/reports/" + id + "/pages/\\d+\\.png\\?ref=c\\.\\d+\\.\\d+\\.\\d+"), s.toString());
    int marked = 0;
    for (JsonNode row : s.get("table")) {
      for (JsonNode cell : row) {
        marked += cell.get("marked").asBoolean() ? 1 : 0;
      }
    }
    assertEquals(1, marked, "exactly the cell is marked");
    HttpResponse<byte[]> png = bytes(s.get("image").asText());
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("content-type").orElse(""));
    byte[] b = png.body();
    assertTrue(b.length > 1000 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G');
    java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(b));
    assertTrue(redPixels(img) > 50, "the box is drawn");
    HttpResponse<byte[]> plain = bytes(s.get("image").asText().replaceFirst("\\?ref=.*", ""));
    assertEquals(0, redPixels(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(plain.body()))), "no box without ref");
  }

  @Test
  void aPdfTextSpanOpensOnItsPageOutlined() throws Exception {
    String id = idOf("001_2d77b94fcc42edf7.pdf");
    JsonNode v = json("/api/reports/" + id + "/page");
    List<String> spans = new java.util.ArrayList<>();
    collectTextSources(v, spans);
    assertTrue(!spans.isEmpty(), "a value read from the prose links to its source: " + v);
    int outlined = 0;
    for (String source : spans) {
      JsonNode s = json(source.replace("/reports/", "/api/reports/"));
      if (!s.hasNonNull("image")) {
        continue; // a span with no page (none in a PDF's prose, but a report may hold metadata values)
      }
      java.awt.image.BufferedImage img =
          javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes(s.get("image").asText()).body()));
      outlined += redPixels(img) > 50 ? 1 : 0;
    }
    assertTrue(outlined > 0, "a text span is outlined on its page: " + spans);
  }

  private static void collectTextSources(JsonNode node, List<String> out) {
    if (node.isTextual() && node.asText().matches("/reports/[0-9a-f-]+/source\\?ref=t\\.\\d+\\.\\d+")) {
      out.add(node.asText());
    }
    node.forEach(child -> collectTextSources(child, out));
  }

  static int redPixels(java.awt.image.BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y += 1) {
      for (int x = 0; x < img.getWidth(); x += 1) {
        int rgb = img.getRGB(x, y);
        if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void aTextSpanOpensMarkedInTheText() throws Exception {
    String id = idOf("004_f903e5746c6a8cdf.txt");
    JsonNode v = json("/api/reports/" + id + "/page");
    String source = null;
    for (JsonNode f : v.get("facts")) {
      if (f.hasNonNull("source") && f.get("source").asText().contains("ref=t.")) {
        source = f.get("source").asText();
      }
    }
    assertNotNull(source, v.get("facts").toString());
    JsonNode s = json(source.replace("/reports/", "/api/reports/"));
    assertFalse(s.get("text").get("marked").asText().isEmpty(), s.toString());
    assertTrue(s.get("image").isNull(), "no page image for a text file");
  }

  @Test
  void documentTextIsEscapedEverywhere() throws Exception {
    for (String path : List.of("/reports/" + HOSTILE_ID, "/search?q=" + enc("alert"), "/search?scope=reports",
        "/findings", "/compare?indicator=" + enc(JS_LINK))) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      assertFalse(r.body().contains("<script>alert"), path + " renders the script as text");
      assertFalse(r.body().contains("href=\"javascript:"), path);
    }
    String report = get("/reports/" + HOSTILE_ID).body();
    assertTrue(report.contains("&lt;script&gt;alert(1)&lt;/script&gt;局"), "shown escaped");
    assertTrue(report.contains("javascript:alert(1)"), "shown as text");
    assertEquals(SCRIPT, json("/api/reports/" + HOSTILE_ID).get("report").get("department").asText(), "JSON keeps it as data");
  }

  @Test
  void filesAreReachedByReportIdOnly() throws Exception {
    for (String path : List.of("/reports/..%2F..%2Fetc%2Fpasswd", "/api/reports/..%2Fdata/page", "/reports/abc/file",
        "/api/reports/" + "0".repeat(64), "/reports/" + idOf("001_2d77b94fcc42edf7.pdf") + "/source?ref=c.99.0.0")) {
      HttpResponse<String> r = get(path);
      assertEquals(404, r.statusCode(), path + ": " + r.body());
    }
    HttpResponse<byte[]> original = bytes("/reports/" + idOf("003_9702beb4dfdda539.docx") + "/file");
    assertEquals(200, original.statusCode());
    assertTrue(original.headers().firstValue("content-disposition").orElse("").startsWith("attachment"));
    assertEquals(Files.size(sample("003_9702beb4dfdda539.docx")), original.body().length);
    // the hostile copy names the text sample's path but not its content: never served as that file
    assertEquals(404, get("/reports/" + HOSTILE_ID + "/file").statusCode());
  }

  @Test
  void compareAndFindingsExportAsTheCliDoes() throws Exception {
    JsonNode c = json("/api/compare?indicator=" + enc("预算执行率"));
    assertTrue(c.get("rows").size() >= 2, c.toString());
    HttpResponse<byte[]> xlsx = bytes("/api/compare.xlsx?indicator=" + enc("预算执行率"));
    assertEquals(200, xlsx.statusCode());
    assertEquals('P', xlsx.body()[0]);
    assertEquals('K', xlsx.body()[1]);
    HttpResponse<String> csv = get("/api/findings.csv?severity=warning");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("\uFEFF部门 department,"), csv.body().substring(0, 40));
    JsonNode f = json("/api/findings?severity=error");
    for (JsonNode item : f.get("findings")) {
      assertEquals("error", item.get("severityClass").asText());
      assertTrue(item.get("reportLink").asText().startsWith("/reports/"));
    }
    assertEquals(csv.body().lines().count() - 1, json("/api/findings?severity=warning").get("total").asLong());
  }

  @Test
  void openApiDocumentsEveryApiRoute() throws Exception {
    JsonNode doc = json("/api/openapi.json");
    Set<String> documented = new java.util.HashSet<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    String source = Files.readString(Path.of("src/main/java/org/jixiao/app/web/WebServer.java"));
    Matcher m = Pattern.compile("r\\.(?:get|post)\\(\"(/api/[^\"]+)\"").matcher(source);
    Set<String> routed = new java.util.HashSet<>();
    while (m.find()) {
      routed.add(m.group(1));
    }
    assertEquals(routed, documented);
  }

  @Test
  void uploadIsRefusedUnlessAllowed() throws Exception {
    HttpResponse<String> r = HTTP.send(multipart(readOnlyBase, "a.txt", "x".getBytes(StandardCharsets.UTF_8)),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("--allow-upload"));
  }

  @Test
  void anUploadIsImportedAndAppears() throws Exception {
    byte[] doc = Files.readAllBytes(sample("000_0ace20d031349de2.docx"));
    HttpResponse<String> r = HTTP.send(multipart(base, "../../evil/000 报告.docx", doc), HttpResponse.BodyHandlers.ofString());
    assertEquals(202, r.statusCode(), r.body());
    JsonNode status = Json.mapper().readTree(r.body());
    assertEquals("000_报告.docx", status.get("files").get(0).asText(), "the name keeps no directory");
    String id = status.get("id").asText();
    for (int i = 0; i < 300 && !Set.of("完成", "失败").contains(status.get("state").asText()); i++) {
      Thread.sleep(200);
      status = json("/api/imports/" + id);
    }
    assertEquals("完成", status.get("state").asText(), status.toString());
    assertTrue(Files.isDirectory(data.resolve("uploads")));
    String sha = org.jixiao.app.batch.Pipeline.sha256(sample("000_0ace20d031349de2.docx"));
    assertEquals(200, get("/api/reports/" + sha).statusCode());
    HttpResponse<String> big = HTTP.send(multipart(base, "big.pdf", new byte[300_000]), HttpResponse.BodyHandlers.ofString());
    assertTrue(big.statusCode() == 413 || big.statusCode() == 400, big.statusCode() + " " + big.body());
  }

  static HttpRequest multipart(String at, String name, byte[] content) {
    String boundary = "----jixiao" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return HttpRequest.newBuilder(URI.create(at + "/api/imports"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  /** The id of the imported sample of this name. */
  static String idOf(String name) throws IOException {
    ReportStore store = new ReportStore(data);
    for (Iterator<Path> it = store.files().iterator(); it.hasNext(); ) {
      Path p = it.next();
      StoredReport s = store.load(p);
      if (s.report().sourceFile().equals(name) && !p.getFileName().toString().startsWith(HOSTILE_ID)) {
        return p.getFileName().toString().replaceFirst("\\.json$", "");
      }
    }
    throw new IllegalStateException("no " + name);
  }
}
