package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Detects a file's format from its bytes with Tika's default detector (magic bytes plus the OLE2
 * and OOXML container detectors). The file name is deliberately not passed: a renamed file is
 * still read as what it is.
 */
public final class FormatDetector {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

  /** The detected media type. */
  public MediaType detect(Path file) throws IOException {
    MediaType type;
    try (InputStream in = TikaInputStream.get(file)) {
      type = detector.detect(in, new Metadata());
    }
    if (type.equals(MediaType.OCTET_STREAM) && looksLikeGbText(file)) {
      return MediaType.TEXT_PLAIN;
    }
    if (type.getBaseType().toString().equals("text/plain") && looksLikeJson(file)) {
      return JSON; // Tika names JSON by the file name only, which is not passed
    }
    if (type.getBaseType().toString().equals("application/xml") && isUofText(file)) {
      return UOF_TEXT;
    }
    if (type.getBaseType().toString().equals("application/zip") && isOfd(file)) {
      return OFD;
    }
    if (type.getBaseType().toString().equals("application/zip") && isArchiveOfFiles(file)) {
      return ARCHIVE;
    }
    if (WARC_CONTAINERS.contains(type.getBaseType().toString()) && ArchiveEntries.isWarc(file)) {
      return ARCHIVE; // a web archive, its captured pages read as an archive's files
    }
    return type;
  }

  /** What Tika calls a WARC (by its magic) or a .warc.gz (a gzip stream, its content not looked into). */
  private static final java.util.Set<String> WARC_CONTAINERS = java.util.Set.of("application/warc", "application/gzip",
      "application/x-gzip");

  /** A zip of files (附件.zip), told from a damaged Office or ODF package, which Tika may also call a zip. */
  static final MediaType ARCHIVE = MediaType.application("x-jixiao-archive");

  private static boolean isArchiveOfFiles(Path file) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile(), Charset.forName("GB18030"))) {
      return zip.getEntry("[Content_Types].xml") == null && zip.getEntry("mimetype") == null
          && zip.getEntry("META-INF/manifest.xml") == null && zip.size() > 0;
    } catch (IOException | RuntimeException e) {
      return false; // a damaged zip: said as a damaged container
    }
  }

  static final MediaType JSON = MediaType.application("json");
  /** A JSON object or array opening with a quoted key: {"code":200,… or [{"XH":1,…. */
  private static final Pattern JSON_START = Pattern.compile("^\\uFEFF?\\s*(?:\\{|\\[\\s*\\{)\\s*\"[^\"\\n]{1,80}\"\\s*:");

  private static boolean looksLikeJson(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(512);
    }
    return JSON_START.matcher(new String(head, StandardCharsets.UTF_8)).find();
  }

  /** A UOF 1.0 text document (GB/T 20916), which Tika takes for any XML: its root is uof:UOF of mimetype vnd.uof.text. */
  static final MediaType UOF_TEXT = MediaType.application("vnd.uof.text");

  /** The root element's start tag: the first tag after the prolog, comments and processing instructions. */
  private static final Pattern ROOT_TAG = Pattern.compile("<([A-Za-z_][^\\s>/]*)([^>]*)>");

  private static boolean isUofText(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    Matcher root = ROOT_TAG.matcher(new String(head, StandardCharsets.UTF_8));
    if (!root.find()) {
      return false;
    }
    String name = root.group(1);
    String attrs = root.group(2);
    return (name.equals("UOF") || name.endsWith(":UOF"))
        && attrs.contains("\"http://schemas.uof.org/cn/2003/uof\"") && attrs.matches("(?s).*mimetype\\s*=\\s*\"vnd\\.uof\\.text\".*");
  }

  /** OFD (GB/T 33190), which Tika does not know: a zip with OFD.xml at its root. */
  static final MediaType OFD = MediaType.application("ofd");

  private static boolean isOfd(Path file) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      return zip.getEntry("OFD.xml") != null;
    } catch (IOException e) {
      return false; // a damaged zip: the readers say what is wrong with it
    }
  }

  /**
   * Tika takes text for text only when it is mostly ASCII or UTF-8, so GBK/GB18030 text (the
   * legacy encoding of Chinese government documents) comes back as octet-stream. Such a file is
   * text when its head has no control bytes besides tab, line breaks and form feed, and decodes
   * strictly as GB18030 (a last character cut by the head's end is allowed).
   */
  static boolean looksLikeGbText(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8192);
    }
    for (byte b : head) {
      int u = b & 0xFF;
      if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F) {
        return false;
      }
    }
    for (int cut = 0; cut <= 3 && cut < head.length; cut++) {
      try {
        GB18030.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(head, 0, head.length - cut));
        return true;
      } catch (CharacterCodingException e) {
        // try again without the possibly cut last character
      }
    }
    return false;
  }

  /** Our format for a media type, if jixiao reads it. */
  public static Optional<DocFormat> formatOf(MediaType type) {
    String t = type.getBaseType().toString();
    return Optional.ofNullable(
        switch (t) {
          case "application/pdf" -> DocFormat.PDF;
          case "application/ofd" -> DocFormat.OFD;
          case "application/vnd.ms-xpsdocument", "application/oxps" -> DocFormat.XPS;
          case "application/vnd.uof.text" -> DocFormat.UOF;
          case "application/x-jixiao-archive", "application/x-7z-compressed" -> DocFormat.ARCHIVE;
          case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "application/vnd.ms-word.document.macroenabled.12",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.template" -> DocFormat.DOCX;
          case "application/msword" -> DocFormat.DOC;
          case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "application/vnd.ms-excel.sheet.macroenabled.12" -> DocFormat.XLSX;
          case "application/vnd.ms-excel" -> DocFormat.XLS;
          case "application/vnd.ms-spreadsheetml" -> DocFormat.SPREADSHEETML;
          case "application/vnd.oasis.opendocument.text" -> DocFormat.ODT;
          case "application/vnd.oasis.opendocument.spreadsheet" -> DocFormat.ODS;
          case "text/html", "application/xhtml+xml" -> DocFormat.HTML;
          case "multipart/related" -> DocFormat.MHTML;
          case "message/rfc822" -> DocFormat.EMAIL;
          case "application/vnd.ms-outlook" -> DocFormat.OUTLOOK;
          case "application/json" -> DocFormat.JSON;
          case "application/rss+xml", "application/atom+xml" -> DocFormat.FEED;
          case "application/rtf" -> DocFormat.RTF;
          case "text/plain" -> DocFormat.TEXT;
          case "image/png" -> DocFormat.PNG;
          case "image/jpeg" -> DocFormat.JPEG;
          case "image/tiff" -> DocFormat.TIFF;
          case "image/webp" -> DocFormat.WEBP;
          case "image/gif" -> DocFormat.GIF;
          default -> null;
        });
  }

  /** Whether Tika has a parser for this type: what {@link DocFormat#OTHER} may read. */
  static boolean tikaParses(MediaType type) {
    return FALLBACK.getSupportedTypes(new org.apache.tika.parser.ParseContext()).contains(type.getBaseType());
  }

  private static final org.apache.tika.parser.Parser FALLBACK = new org.apache.tika.parser.AutoDetectParser();

  /** Media types that mean "password-protected", whatever the container. */
  static boolean isEncryptedContainer(MediaType type) {
    String t = type.getBaseType().toString();
    return t.equals("application/x-tika-ooxml-protected") || t.equals("application/x-tika-msoffice-encrypted");
  }

  /** Media types of a container Tika recognised but could not identify further (often truncated). */
  static boolean isUnidentifiedContainer(MediaType type) {
    String t = type.getBaseType().toString();
    return t.equals("application/zip") || t.equals("application/x-tika-ooxml") || t.equals("application/x-tika-msoffice");
  }
}
