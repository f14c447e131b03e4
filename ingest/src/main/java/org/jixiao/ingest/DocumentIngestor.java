package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.mime.MediaType;
import org.jixiao.schema.WarningCode;

/**
 * The one entry point of ingest: reads any supported file into a {@link ParsedDocument}, or says
 * precisely why it could not. Never throws for bad input; runs each read on a worker thread with
 * {@link Limits#timeout()} so that one hostile file cannot hang a batch.
 */
public final class DocumentIngestor implements AutoCloseable {
  private final Limits limits;
  private final Map<DocFormat, FormatReader> readers = new EnumMap<>(DocFormat.class);
  private final FormatDetector detector = new FormatDetector();
  private final ExecutorService worker =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "jixiao-ingest");
            t.setDaemon(true);
            return t;
          });

  public DocumentIngestor(Limits limits, List<FormatReader> formatReaders) {
    this.limits = limits;
    for (FormatReader r : formatReaders) {
      for (DocFormat f : r.formats()) {
        readers.putIfAbsent(f, r);
      }
    }
  }

  /** An ingestor with every reader on the class path (META-INF/services/org.jixiao.ingest.FormatReader). */
  public static DocumentIngestor withDefaultReaders(Limits limits) {
    List<FormatReader> found = ServiceLoader.load(FormatReader.class).stream().map(ServiceLoader.Provider::get).toList();
    return new DocumentIngestor(limits, found);
  }

  public Limits limits() {
    return limits;
  }

  public IngestOutcome ingest(Path file) {
    return ingest(file, true);
  }

  private IngestOutcome ingest(Path file, boolean archiveAllowed) {
    try {
      if (!Files.isRegularFile(file)) {
        return failed(file, FailureKind.IO_ERROR, "not a readable file");
      }
      long size = Files.size(file);
      if (size == 0) {
        return failed(file, FailureKind.EMPTY, "the file is empty (0 bytes)");
      }
      if (size > limits.maxBytes()) {
        return failed(file, FailureKind.TOO_LARGE, size + " bytes, over the limit of " + limits.maxBytes());
      }
      MediaType type;
      try {
        type = detector.detect(file);
      } catch (RuntimeException e) {
        // a library failing on a damaged container while telling its format (commons-compress on a cut zip): the file
        // is damaged, and the batch goes on
        return failed(file, FailureKind.CORRUPT, "damaged file: its format could not be told (" + e + ")");
      }
      if (FormatDetector.isEncryptedContainer(type)) {
        return failed(file, FailureKind.ENCRYPTED, "the document is password-protected (" + type + ")");
      }
      DocFormat format = FormatDetector.formatOf(type).orElse(null);
      if (format == null) {
        if (FormatDetector.isUnidentifiedContainer(type)) {
          return failed(file, FailureKind.CORRUPT, "a " + type + " container that is not a readable document (truncated or damaged?)");
        }
        if (!readers.containsKey(DocFormat.OTHER) || !FormatDetector.tikaParses(type)) {
          return failed(file, FailureKind.UNSUPPORTED_FORMAT, "unsupported format " + type);
        }
        format = DocFormat.OTHER; // no reader of its own, but Tika reads its text
      }
      if (format == DocFormat.ARCHIVE) {
        return archiveAllowed ? readArchive(file)
            : failed(file, FailureKind.UNSUPPORTED_FORMAT, "an archive inside an archive is not opened");
      }
      FormatReader reader = readers.get(format);
      if (reader == null && readers.containsKey(DocFormat.OTHER) && FormatDetector.tikaParses(type)) {
        format = DocFormat.OTHER; // a format with a reader of its own that this ingestor was not given: Tika's text
        reader = readers.get(format);
      }
      if (reader == null) {
        return failed(file, FailureKind.UNSUPPORTED_FORMAT, "no reader installed for " + format);
      }
      IngestOutcome read = readWithTimeout(file, format, reader);
      return archiveAllowed && read instanceof IngestOutcome.Parsed p && p.document().metadata().containsKey(FormatReader.ATTACHMENTS)
          ? withAttachments(file, p.document(), reader) : read;
    } catch (NoSuchFileException e) {
      return failed(file, FailureKind.IO_ERROR, "no such file");
    } catch (IOException e) {
      return failed(file, FailureKind.IO_ERROR, "cannot read: " + e.getMessage());
    }
  }

  /**
   * A zip archive's files, each read as a file of its own would be (its own format, reader and time limit; an archive
   * inside it is not opened), then joined into one document ({@link ArchiveDocument}). Fails when no file in it could be
   * read, naming each and why.
   */
  private IngestOutcome readArchive(Path file) {
    try (ArchiveEntries entries = ArchiveEntries.open(file, limits)) {
      List<ArchiveDocument.Read> reads = readEach(entries);
      if (reads.stream().allMatch(r -> r.document() == null)) {
        return failed(file, FailureKind.UNSUPPORTED_FORMAT, "no readable file in the archive"
            + (reads.isEmpty() ? "" : ": " + String.join("; ", reads.stream().map(r -> r.name() + " (" + r.failure() + ")").toList())));
      }
      return new IngestOutcome.Parsed(file, ArchiveDocument.of(String.valueOf(file.getFileName()), reads, entries.skipped(), limits));
    } catch (IngestException e) {
      return failed(file, e.kind(), e.getMessage());
    } catch (IOException e) {
      return failed(file, FailureKind.IO_ERROR, "cannot read the archive: " + e.getMessage());
    }
  }

  /**
   * A document with files embedded in it (a PDF's attachments: a cover letter whose 自评表 is an attached workbook): each
   * attachment read as a file of its own would be (an archive inside it, or an attachment's own attachments, not
   * opened), then joined after the document ({@link ArchiveDocument#attached}). When they cannot be taken out, the
   * document is read alone and says why.
   */
  private IngestOutcome withAttachments(Path file, ParsedDocument doc, FormatReader reader) {
    try (ArchiveEntries entries = ArchiveEntries.attachedTo(file, reader, limits)) {
      return new IngestOutcome.Parsed(file, ArchiveDocument.attached(doc, readEach(entries), limits));
    } catch (IngestException | IOException | RuntimeException e) {
      return new IngestOutcome.Parsed(file, doc.withWarning(WarningCode.ATTACHMENTS_READ, "附件未能读取：" + e.getMessage()));
    }
  }

  /** Each file copied out of an archive or a document, read as a file of its own (nothing inside it opened). */
  private List<ArchiveDocument.Read> readEach(ArchiveEntries entries) {
    List<ArchiveDocument.Read> reads = new java.util.ArrayList<>();
    for (ArchiveEntries.Entry e : entries.entries()) {
      IngestOutcome o = ingest(e.file(), false);
      if (o instanceof IngestOutcome.Parsed p) {
        reads.add(new ArchiveDocument.Read(e.name(), p.document(), null));
      } else if (o instanceof IngestOutcome.Failed f) {
        String why = f.message().substring(f.message().indexOf(": ") + 2);
        reads.add(new ArchiveDocument.Read(e.name(), null, f.kind() + " " + why));
      }
    }
    return reads;
  }

  private IngestOutcome readWithTimeout(Path file, DocFormat format, FormatReader reader) {
    Future<ParsedDocument> job = worker.submit(() -> reader.read(file, format, limits));
    long start = System.nanoTime();
    try {
      while (true) {
        // the deadline moves when the reader OCRs a page (ReadClock), so it is looked at again every second
        long left = limits.timeout().plus(ReadClock.granted(file)).toMillis() - (System.nanoTime() - start) / 1_000_000;
        if (left <= 0) {
          job.cancel(true);
          return failed(file, FailureKind.TIMEOUT, "reading took longer than " + limits.timeout().plus(ReadClock.granted(file)).toSeconds() + " s");
        }
        try {
          return new IngestOutcome.Parsed(file, job.get(Math.min(left, 1000), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
          // not yet: look at the deadline again
        }
      }
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      return failed(file, FailureKind.TIMEOUT, "interrupted");
    } catch (ExecutionException e) {
      return fromCause(file, format, e.getCause());
    } finally {
      ReadClock.done(file);
    }
  }

  private static IngestOutcome fromCause(Path file, DocFormat format, Throwable cause) {
    if (cause instanceof IngestException ie) {
      return failed(file, ie.kind(), ie.getMessage());
    }
    if (cause instanceof OutOfMemoryError) {
      return failed(file, FailureKind.TOO_LARGE, "ran out of memory while reading");
    }
    if (cause instanceof StackOverflowError) {
      return failed(file, FailureKind.CORRUPT, "nesting too deep to read");
    }
    String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return failed(file, FailureKind.CORRUPT, "damaged or unreadable " + format + " (" + what + ")");
  }

  private static IngestOutcome.Failed failed(Path file, FailureKind kind, String reason) {
    return new IngestOutcome.Failed(file, kind, file.getFileName() + ": " + reason);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
