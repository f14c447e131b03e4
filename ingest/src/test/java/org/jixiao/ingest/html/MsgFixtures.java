package org.jixiao.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Outlook messages written as Outlook stores them: an OLE compound file of MAPI property streams ("__substg1.0_" + tag +
 * type: 0037001F the subject, 1000001F the text body, 10130102 the HTML body's bytes) and a storage per attachment
 * (3707001F its long file name, 37010102 its data). POI reads these but cannot write a message, so the streams are
 * written here with POIFS.
 */
public final class MsgFixtures {
  private MsgFixtures() {}

  /** A message with {@code html} as its HTML body's bytes (null: none), a text body, and {@code attachments} by name. */
  public static Path write(Path file, String subject, byte @Nullable [] html, @Nullable String text,
      List<Map.Entry<String, byte[]>> attachments) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      DirectoryEntry root = fs.getRoot();
      root.createDocument("__substg1.0_0037001F", new ByteArrayInputStream(subject.getBytes(StandardCharsets.UTF_16LE)));
      if (text != null) {
        root.createDocument("__substg1.0_1000001F", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE)));
      }
      if (html != null) {
        root.createDocument("__substg1.0_10130102", new ByteArrayInputStream(html));
      }
      for (int i = 0; i < attachments.size(); i++) {
        DirectoryEntry a = root.createDirectory(String.format(java.util.Locale.ROOT, "__attach_version1.0_#%08X", i));
        a.createDocument("__substg1.0_3707001F",
            new ByteArrayInputStream(attachments.get(i).getKey().getBytes(StandardCharsets.UTF_16LE)));
        a.createDocument("__substg1.0_37010102", new ByteArrayInputStream(attachments.get(i).getValue()));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }
}
