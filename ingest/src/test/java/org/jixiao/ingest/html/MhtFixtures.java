package org.jixiao.ingest.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Single-file web pages as Word writes them: the page quoted-printable in its charset, then a picture and its file list. */
public final class MhtFixtures {
  private MhtFixtures() {}

  /** A Word-style .mht of {@code html} encoded in {@code charset}, with a PNG part and filelist.xml. */
  public static byte[] word(String html, Charset charset) {
    String boundary = "----=_NextPart_01DA0000.4C1E2F30";
    StringBuilder s = new StringBuilder();
    s.append("MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related; boundary=\"")
        .append(boundary).append("\"\r\n\r\n此文档为“单个文件网页”。\r\n\r\n--").append(boundary).append("\r\n")
        .append("Content-Location: file:///C:/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n")
        .append("Content-Type: text/html; charset=\"").append(charset.name().toLowerCase(java.util.Locale.ROOT)).append("\"\r\n\r\n")
        .append(quotedPrintable(html.getBytes(charset))).append("\r\n\r\n--").append(boundary).append("\r\n")
        .append("Content-Location: file:///C:/report.files/image001.png\r\nContent-Transfer-Encoding: base64\r\n")
        .append("Content-Type: image/png\r\n\r\n")
        .append(Base64.getMimeEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
        .append("\r\n\r\n--").append(boundary).append("\r\n")
        .append("Content-Location: file:///C:/report.files/filelist.xml\r\nContent-Transfer-Encoding: quoted-printable\r\n")
        .append("Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\">")
        .append("<o:File HRef=3D\"image001.png\"/></xml>\r\n\r\n--").append(boundary).append("--\r\n");
    // the envelope's own text is ASCII but for the preamble, which mail readers show and MHT readers skip
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** RFC 2045 quoted-printable with soft line breaks, as Word writes it (every byte over 127 and '=' escaped). */
  static String quotedPrintable(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int col = 0;
    for (byte b : bytes) {
      int u = b & 0xFF;
      String piece = u == '\n' ? "\r\n" : u == '\r' ? "" : (u > 126 || u == '=' || u < 32 && u != '\t')
          ? String.format("=%02X", u) : String.valueOf((char) u);
      if (u == '\n') {
        col = 0;
      } else if (col + piece.length() > 75) {
        out.writeBytes("=\r\n".getBytes(StandardCharsets.US_ASCII));
        col = 0;
      }
      out.writeBytes(piece.getBytes(StandardCharsets.US_ASCII));
      col += u == '\n' ? 0 : piece.length();
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
