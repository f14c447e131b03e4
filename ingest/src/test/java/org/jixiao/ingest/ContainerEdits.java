package org.jixiao.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Edits the parts inside a container and rebuilds it intact, for {@link ReaderRobustnessTest}: the
 * entries of a zip package (DOCX, XLSX, ODT, ODS) or the top-level streams of an OLE2 file (DOC,
 * XLS). Other bytes are edited whole.
 */
final class ContainerEdits {
  /** Zip entries the detector reads to name the format: left alone so that the reader is reached. */
  private static final Set<String> DETECTION_PARTS = Set.of("[Content_Types].xml", "_rels/.rels", "mimetype");

  /** Edits part {@code k} of {@code parts}. */
  interface PartEditor {
    byte[] edit(byte[] data, int k, int parts);
  }

  private ContainerEdits() {}

  static byte[] apply(byte[] file, PartEditor editor) {
    try {
      FileMagic magic = FileMagic.valueOf(file);
      return switch (magic) {
        case OOXML -> zip(file, editor);
        case OLE2 -> ole(file, editor);
        default -> editor.edit(file, 0, 1);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(byte[] file, PartEditor editor) throws IOException {
    List<ZipEntry> entries = new ArrayList<>();
    List<byte[]> data = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e);
        data.add(in.readAllBytes());
      }
    }
    List<Integer> editable = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!DETECTION_PARTS.contains(entries.get(i).getName())) {
        editable.add(i);
      }
    }
    for (int k = 0; k < editable.size(); k++) {
      data.set(editable.get(k), editor.edit(data.get(editable.get(k)), k, editable.size()));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries.size(); i++) {
        ZipEntry entry = new ZipEntry(entries.get(i).getName());
        if (entries.get(i).getMethod() == ZipEntry.STORED) { // ODF's mimetype must stay stored
          CRC32 crc = new CRC32();
          crc.update(data.get(i));
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(data.get(i).length);
          entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(data.get(i));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] ole(byte[] file, PartEditor editor) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      DirectoryNode root = fs.getRoot();
      List<String> streams = new ArrayList<>();
      for (Entry e : root) {
        if (e instanceof DocumentEntry) {
          streams.add(e.getName());
        }
      }
      for (int k = 0; k < streams.size(); k++) {
        byte[] data;
        try (var in = root.createDocumentInputStream(streams.get(k))) {
          data = in.readAllBytes();
        }
        root.createOrUpdateDocument(streams.get(k), new ByteArrayInputStream(editor.edit(data, k, streams.size())));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }
}
