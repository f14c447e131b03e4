package org.jixiao.ingest.rtf;

import com.rtfparserkit.parser.RtfStreamSource;
import com.rtfparserkit.parser.standard.StandardRtfParser;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.schema.WarningCode;

/**
 * RTF files (Word's and WPS's "Rich Text" exports, LibreOffice's): the body's paragraphs in order and each run of
 * table rows as one grid, cells placed by their right edges ({@code \cellx}) so that a wide cell spans the columns
 * of narrower cells above or below it, and vertical merges ({@code \clvmgf}/{@code \clvmrg}) joined. A file cut short
 * is read up to the cut, with a {@code TRUNCATED} warning. Fonts,
 * styles, headers, footers, pictures and field instructions are not content.
 */
public final class RtfReader implements FormatReader {
  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.RTF);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    return ReadFailures.read(file, format, limits, out -> {
      if (Files.size(file) > limits.maxBytes()) {
        throw new IngestException(FailureKind.TOO_LARGE, "the RTF is larger than " + limits.maxBytes() + " bytes");
      }
      RtfBody body = new RtfBody(out, limits);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        new StandardRtfParser().parse(new RtfStreamSource(in), body);
      } catch (EOFException e) {
        // groups left open at the end: a file cut short, read as far as it goes (as Tika's RTF parser does)
        out.warn(WarningCode.TRUNCATED, "the RTF ends before its groups close (cut short?): read up to the cut", null);
      }
      body.finish();
    });
  }
}
