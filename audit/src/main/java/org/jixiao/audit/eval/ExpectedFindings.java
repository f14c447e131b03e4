package org.jixiao.audit.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jixiao.schema.Json;

/**
 * 预期问题目录: a directory of {@code <stem>.json} files, each a JSON array of the {@link
 * ExpectedFinding}s of one document. The stem is the file name up to its first dot, so every format
 * of a sample ({@code 002_….pdf}, {@code 002_….docx}) and every {@code #n} part of a file with
 * several reports shares one file: it describes the whole document.
 */
public record ExpectedFindings(Path dir) {
  private static final TypeReference<List<ExpectedFinding>> LIST = new TypeReference<>() {};

  public static String stem(String fileName) {
    int dot = fileName.indexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  /**
   * The expected findings of {@code fileName}, empty when the directory has no file for its stem.
   * A file that is not a JSON array of findings is an error naming the file, never "no problems".
   */
  public Optional<List<ExpectedFinding>> forFile(String fileName) throws IOException {
    Path p = dir.resolve(stem(fileName) + ".json");
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try {
      List<ExpectedFinding> found = Json.mapper().readValue(p.toFile(), LIST);
      if (found == null || found.contains(null)) {
        throw new IOException("null where a finding is expected");
      }
      return Optional.of(List.copyOf(found));
    } catch (IOException | RuntimeException e) {
      // Jackson's messages name the field and line but not the file, which is what people fix
      throw new IOException("bad expected-findings file " + p + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
