package org.jixiao.ingest.office;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.util.RecordFormatException;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;

/**
 * Turns what POI and the JDK throw on bad input into an {@link IngestException} of a specific
 * kind, so a reader called directly (not only through the ingestor) says precisely why it failed.
 */
public final class ReadFailures {
  private ReadFailures() {}

  /** Emits one document's blocks; whatever it throws becomes a specific {@link IngestException}. */
  @FunctionalInterface
  public interface Emitter {
    void emit(DocumentBuilder out) throws Exception;
  }

  /**
   * The document {@code emitter} builds from {@code file}, every exception and error it throws
   * (out of memory and stack overflow included) turned into a failure by {@link #of}.
   */
  public static ParsedDocument read(Path file, DocFormat format, Limits limits, Emitter emitter)
      throws IngestException {
    DocumentBuilder out = new DocumentBuilder(String.valueOf(file.getFileName()), format, limits);
    try {
      emitter.emit(out);
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      throw of(e, format);
    }
    return out.build();
  }

  /** The failure for {@code t} thrown while reading a {@code format} file. */
  public static IngestException of(Throwable t, DocFormat format) {
    if (t instanceof IngestException ie) {
      return ie;
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof EncryptedDocumentException) {
        return new IngestException(FailureKind.ENCRYPTED, "the " + format + " is password-protected", t);
      }
      if (c instanceof IngestException ie) {
        return ie;
      }
    }
    if (t instanceof OutOfMemoryError) {
      return new IngestException(FailureKind.TOO_LARGE, "ran out of memory while reading the " + format, t);
    }
    if (isWrongContainer(t)) {
      return new IngestException(FailureKind.CORRUPT, "not a readable " + format + " container (" + describe(t) + ")", t);
    }
    if (t instanceof EOFException || t instanceof ZipException || t instanceof RecordFormatException
        || t instanceof POIXMLException || t instanceof InvalidFormatException || t instanceof IOException
        || t instanceof RuntimeException) {
      return new IngestException(FailureKind.CORRUPT, "damaged or truncated " + format + " (" + describe(t) + ")", t);
    }
    return new IngestException(FailureKind.CORRUPT, "unreadable " + format + " (" + describe(t) + ")", t);
  }

  /** Stops a long loop when the ingestor's timeout has cancelled this read. */
  public static void checkInterrupted() throws IngestException {
    if (Thread.interrupted()) {
      throw new IngestException(FailureKind.TIMEOUT, "interrupted (time limit reached)");
    }
  }

  private static boolean isWrongContainer(Throwable t) {
    return t instanceof NotOfficeXmlFileException || t instanceof OLE2NotOfficeXmlFileException
        || t instanceof OfficeXmlFileException || t instanceof NotOLE2FileException
        || t instanceof UnsupportedFileFormatException;
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) + "…" : m));
  }
}
