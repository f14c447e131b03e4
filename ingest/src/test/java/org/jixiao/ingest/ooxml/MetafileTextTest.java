package org.jixiao.ingest.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.pdf.PositionedText;
import org.junit.jupiter.api.Test;

/** A spreadsheet range pasted into Word as an enhanced metafile (h372): its text records and lines read as a table. */
class MetafileTextTest {
  /** One EMF record: type, size, then the body, padded to 4 bytes. */
  private static byte[] record(int type, ByteBuffer body) {
    int n = (body.position() + 3) / 4 * 4;
    ByteBuffer b = ByteBuffer.allocate(8 + n).order(ByteOrder.LITTLE_ENDIAN).putInt(type).putInt(8 + n);
    b.put(body.array(), 0, body.position());
    return b.array();
  }

  private static ByteBuffer body(int capacity) {
    return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] text(int x, int y, String s) {
    byte[] chars = s.getBytes(StandardCharsets.UTF_16LE);
    int padded = (chars.length + 3) / 4 * 4;
    ByteBuffer b = body(68 + padded + 4 * s.length());
    b.putInt(x).putInt(y).putInt(x + 13 * s.length()).putInt(y + 13); // bounds
    b.putInt(1).putFloat(1f).putFloat(1f); // graphics mode, scales
    b.putInt(x).putInt(y).putInt(s.length()).putInt(76).putInt(0); // reference, chars, offString, options
    b.putInt(0).putInt(0).putInt(-1).putInt(-1).putInt(76 + padded); // rectangle, offDx
    b.put(chars).position(68 + padded);
    for (int i = 0; i < s.length(); i++) {
      b.putInt(13);
    }
    return record(84, b);
  }

  private static byte[] line(int x1, int y1, int x2, int y2) {
    byte[] move = record(27, body(8).putInt(x1).putInt(y1));
    byte[] to = record(54, body(8).putInt(x2).putInt(y2));
    ByteBuffer both = ByteBuffer.allocate(move.length + to.length).put(move).put(to);
    return both.array();
  }

  static byte[] emf(List<String[]> rows) {
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    ByteBuffer font = body(96).putInt(1).putInt(-13);
    records.writeBytes(record(82, font.position(96)));
    records.writeBytes(record(37, body(4).putInt(1)));
    int w = 120;
    int h = 20;
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).length; c++) {
        records.writeBytes(text(c * w + 4, r * h + 4, rows.get(r)[c]));
      }
    }
    int cols = rows.get(0).length;
    for (int r = 0; r <= rows.size(); r++) {
      records.writeBytes(line(0, r * h, cols * w, r * h));
    }
    for (int c = 0; c <= cols; c++) {
      records.writeBytes(line(c * w, 0, c * w, rows.size() * h));
    }
    records.writeBytes(record(14, body(12).putInt(0).putInt(16).putInt(20)));
    int width = cols * w;
    int height = rows.size() * h;
    ByteBuffer header = body(80);
    header.putInt(0).putInt(0).putInt(width).putInt(height); // bounds, device units
    header.putInt(0).putInt(0).putInt(width * 2646 / 100).putInt(height * 2646 / 100); // frame, 0.01 mm at 96 dpi
    header.putInt(0x464D4520).putInt(0x10000).putInt(0).putInt(0).putShort((short) 2).putShort((short) 0);
    header.putInt(0).putInt(0).putInt(0).putInt(1024).putInt(768).putInt(270).putInt(203);
    byte[] head = record(1, header);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(records.toByteArray());
    return out.toByteArray();
  }

  @Test
  void aPastedRangeIsReadAsItsTable() throws Exception {
    List<String[]> rows = List.of(new String[] {"三级指标", "分值", "得分"}, new String[] {"预算执行率", "10", "9.6"},
        new String[] {"危桥改造", "6", "6"}, new String[] {"服务对象满意度", "7", "6.88"});
    PositionedText.Page page = MetafileText.page(new ByteArrayInputStream(emf(rows))).orElseThrow();
    assertEquals(12, page.runs().size());
    assertTrue(page.rules().size() >= 8, page.rules().toString());
    DocumentBuilder out = new DocumentBuilder("t.docx", DocFormat.DOCX, Limits.defaults());
    PositionedText.emit(page, out);
    ParsedDocument doc = out.build();
    TableGrid t = doc.tables().get(0);
    assertEquals(4, t.rows());
    assertEquals("服务对象满意度", t.text(3, 0));
    assertEquals("6.88", t.text(3, 2));
  }

  @Test
  void aMetafileWithLittleTextIsNoTable() throws Exception {
    assertTrue(MetafileText.page(new ByteArrayInputStream(emf(List.<String[]>of(new String[] {"单位盖章"})))).isEmpty());
  }
}
