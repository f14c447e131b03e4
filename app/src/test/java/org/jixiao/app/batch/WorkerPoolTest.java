package org.jixiao.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.audit.AuditResult;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parse workers in their own JVMs: the same reports as reading in process, and a file that
 * exhausts a worker's memory, a worker killed under its file, and a file given up by the batch each
 * cost that file only, the worker replaced for the next.
 */
class WorkerPoolTest {
  @TempDir Path tmp;

  private static final ImportJob.Stages NONE = (f, s) -> { };
  private static final long SMALL_HEAP = 96L << 20;

  @Test
  void aWorkerGivesTheReportsReadingInProcessGives() throws Exception {
    Path docx = ImportJobTest.sample("003_9702beb4dfdda539.docx");
    Path pdf = ImportJobTest.sample("001_2d77b94fcc42edf7.pdf");
    List<String> stages = java.util.Collections.synchronizedList(new ArrayList<>());
    try (WorkerPool pool = new WorkerPool(Limits.defaults(), new WorkerPool.Spec(1, ImportJob.WORKER_HEAP));
        InProcessReading here = new InProcessReading(Limits.defaults())) {
      for (Path file : List.of(docx, pdf)) {
        String sha = Pipeline.sha256(file);
        List<AuditResult> there = done(pool.read(file, sha, (f, s) -> stages.add(f.getFileName() + " " + s)));
        assertEquals(Json.write(done(here.read(file, sha, NONE))), Json.write(there), file.toString());
      }
      assertEquals(1, pool.pids().size(), "one worker, reused for the second file");
    }
    assertEquals(List.of("003_9702beb4dfdda539.docx 读取与抽取", "003_9702beb4dfdda539.docx 审核",
        "001_2d77b94fcc42edf7.pdf 读取与抽取", "001_2d77b94fcc42edf7.pdf 审核"), stages);
  }

  @Test
  void aFileThatNeedsMoreThanTheHeapCapFailsAloneAndTheNextIsRead() throws Exception {
    Path bomb = wordPackage(tmp.resolve("huge.docx"), 18_000_000);
    Path next = ImportJobTest.sample("004_f903e5746c6a8cdf.docx");
    try (WorkerPool pool = new WorkerPool(Limits.defaults(), new WorkerPool.Spec(1, SMALL_HEAP))) {
      FileOutcome.Failed<?> f = assertInstanceOf(FileOutcome.Failed.class, pool.read(bomb, Pipeline.sha256(bomb), NONE));
      assertEquals(FailureKind.OUT_OF_MEMORY, f.kind(), f.message());
      assertEquals("huge.docx: reading needed more than the parse worker's 96 MB of memory (--worker-heap)", f.message());
      assertEquals(List.of(), pool.pids(), "the worker is gone");
      assertEquals(30, done(pool.read(next, Pipeline.sha256(next), NONE)).getFirst().report().indicators().size());
    }
  }

  @Test
  void aWorkerKilledUnderItsFileIsThatFilesFailure() throws Exception {
    Path pdf = ImportJobTest.sample("000_0ace20d031349de2.pdf");
    try (WorkerPool pool = new WorkerPool(Limits.defaults(), new WorkerPool.Spec(1, ImportJob.WORKER_HEAP))) {
      CompletableFuture<FileOutcome<List<AuditResult>>> reading = CompletableFuture.supplyAsync(() -> {
        try {
          return pool.read(pdf, Pipeline.sha256(pdf), NONE);
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      long pid = firstPid(pool);
      ProcessHandle.of(pid).orElseThrow().destroyForcibly();
      FileOutcome.Failed<?> f = assertInstanceOf(FileOutcome.Failed.class, reading.get(60, TimeUnit.SECONDS));
      assertEquals(FailureKind.WORKER_CRASHED, f.kind(), f.message());
      assertTrue(f.message().startsWith("000_0ace20d031349de2.pdf: the parse worker reading it ended without an answer"), f.message());
      assertFalse(done(pool.read(pdf, Pipeline.sha256(pdf), NONE)).isEmpty(), "a new worker reads the file");
    }
  }

  @Test
  void aFileGivenUpByTheBatchTakesItsWorkerWithIt() throws Exception {
    Path pdf = ImportJobTest.sample("000_0ace20d031349de2.pdf");
    try (WorkerPool pool = new WorkerPool(Limits.defaults(), new WorkerPool.Spec(1, ImportJob.WORKER_HEAP))) {
      Thread batch = Thread.ofPlatform().start(() -> {
        try {
          pool.read(pdf, Pipeline.sha256(pdf), NONE);
        } catch (IOException | InterruptedException e) {
          // given up
        }
      });
      long pid = firstPid(pool);
      batch.interrupt(); // what BatchRunner does when a file's budget runs out
      batch.join(10_000);
      assertFalse(batch.isAlive());
      ProcessHandle worker = ProcessHandle.of(pid).orElse(null);
      assertTrue(worker == null || worker.onExit().get(10, TimeUnit.SECONDS) != null);
      assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "no process goes on reading a given-up file");
      assertEquals(List.of(), pool.pids());
    }
  }

  @Test
  void anImportInWorkersCountsTheFileThatRanOutOfMemoryAndStoresTheRest() throws Exception {
    Path bomb = wordPackage(tmp.resolve("huge.docx"), 18_000_000);
    Path r004 = ImportJobTest.sample("004_f903e5746c6a8cdf.txt");
    StringWriter err = new StringWriter();
    ImportJob.Summary s = new ImportJob(tmp.resolve("data"), Limits.defaults(), 1, true).inWorkers(1, SMALL_HEAP)
        .run(List.of(bomb, r004), new PrintWriter(err, true));
    assertEquals(new BatchCounts(2, 1), s.counts().batch(), err.toString());
    assertTrue(err.toString().contains("[1/2] huge.docx: 失败 OUT_OF_MEMORY：huge.docx: reading needed more than"), err.toString());
    assertEquals(1, new ReportStore(tmp.resolve("data")).files().size());
    assertTrue(Files.readString(s.manifest()).contains("\"reason\":\"OUT_OF_MEMORY\""), Files.readString(s.manifest()));
  }

  @Test
  void aRecordedStartUpCacheIsPutInPlaceWholeOrNotAtAll() throws Exception {
    // on JDK 25 the first worker records a cache as it ends; a class path holding folders (a test run's) records
    // none, a jar-only one (the launcher's) does: either way nothing half-written is left beside it
    Path cache = tmp.resolve("cache");
    Path docx = ImportJobTest.sample("004_f903e5746c6a8cdf.docx");
    String sha = Pipeline.sha256(docx);
    String first;
    try (WorkerPool pool = new WorkerPool(Limits.defaults(), new WorkerPool.Spec(1, ImportJob.WORKER_HEAP), cache)) {
      first = Json.write(done(pool.read(docx, sha, NONE)));
    }
    List<String> names = Files.isDirectory(cache) ? Files.list(cache).map(p -> p.getFileName().toString()).toList() : List.of();
    assertTrue(names.isEmpty() || names.equals(List.of(AotCaches.name())), names.toString());
    try (WorkerPool pool = new WorkerPool(Limits.defaults(), new WorkerPool.Spec(1, ImportJob.WORKER_HEAP), cache)) {
      assertEquals(first, Json.write(done(pool.read(docx, sha, NONE))), "a worker started with or without a cache reads alike");
    }
  }

  @Test
  void aNewCacheRemovesTheCachesOfEarlierBuilds() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("cache"));
    Path old = Files.writeString(dir.resolve("worker-0123456789abcdef.aot"), "old");
    Path kept = Files.writeString(dir.resolve(AotCaches.name()), "new");
    Path other = Files.writeString(dir.resolve("notes.txt"), "not a cache");
    AotCaches.removeOthers(kept);
    assertFalse(Files.exists(old));
    assertTrue(Files.exists(kept) && Files.exists(other));
  }

  @Test
  void everyFailureCodeCrossesByItsName() {
    for (var codes : List.of(FailureKind.values(), ExtractionFailure.values(), FileOutcome.Stage.values())) {
      for (var c : codes) {
        assertEquals(c, WorkerWire.code(c.name()));
      }
    }
    assertThrows(IllegalArgumentException.class, () -> WorkerWire.code("NO_SUCH_KIND"));
    Limits limits = new Limits(123, 4, 5, 6, Duration.ofMillis(7890));
    assertEquals(limits, WorkerWire.limits(WorkerWire.argument(limits)));
  }

  @Test
  void aPoolIsSizedByTheMemoryItMayTake() {
    assertEquals(1, WorkerPool.Spec.sized(4, 1L << 40).workers(), "a terabyte heap each: one worker");
    assertEquals(2, WorkerPool.Spec.sized(2, 64L << 20).workers());
    assertThrows(IllegalArgumentException.class, () -> new WorkerPool.Spec(0, 1L << 30));
  }

  private static List<AuditResult> done(FileOutcome<List<AuditResult>> outcome) {
    return assertInstanceOf(FileOutcome.Done.class, outcome, outcome.toString()).value() instanceof List<?> l
        ? l.stream().map(AuditResult.class::cast).toList() : List.of();
  }

  private static long firstPid(WorkerPool pool) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      if (!pool.pids().isEmpty()) {
        return pool.pids().getFirst();
      }
      Thread.sleep(25);
    }
    throw new AssertionError("no worker started");
  }

  /**
   * A Word package whose body is {@code chars} characters of varied Chinese text: it compresses
   * about 3:1, so POI's zip-bomb ratio guard passes it, and only a heap cap stops its parse.
   */
  static Path wordPackage(Path file, int chars) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
          <Default Extension="xml" ContentType="application/xml"/>\
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
      put(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
          .getBytes(StandardCharsets.UTF_8));
      Random random = new Random(12);
      StringBuilder p = new StringBuilder();
      for (int written = 0; written < chars; written += 200) {
        p.setLength(0);
        p.append("<w:p><w:r><w:t>");
        for (int i = 0; i < 200; i++) {
          p.append((char) (0x4E00 + random.nextInt(3000)));
        }
        p.append("</w:t></w:r></w:p>");
        zip.write(p.toString().getBytes(StandardCharsets.UTF_8));
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
