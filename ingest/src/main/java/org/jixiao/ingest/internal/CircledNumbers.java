package org.jixiao.ingest.internal;

import org.jspecify.annotations.Nullable;

/**
 * Unicode's circled numbers, which Word writes as an enclosing field (DOC) or as its residue in
 * plain text: ① … ⑳ for 1–20, ㉑ … ㉟ for 21–35, ㊱ … ㊿ for 36–50.
 */
public final class CircledNumbers {
  private CircledNumbers() {}

  /** The circled character for {@code n}, or null when Unicode has none. */
  public static @Nullable String of(int n) {
    if (n >= 1 && n <= 20) {
      return String.valueOf((char) (0x2460 + n - 1));
    }
    if (n >= 21 && n <= 35) {
      return String.valueOf((char) (0x3251 + n - 21));
    }
    if (n >= 36 && n <= 50) {
      return String.valueOf((char) (0x32B1 + n - 36));
    }
    return null;
  }
}
