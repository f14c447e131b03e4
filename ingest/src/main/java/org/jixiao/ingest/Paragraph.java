package org.jixiao.ingest;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph of running text. {@code headingLevel} is 1..9 for headings where the format says so
 * (Word heading styles, HTML h1..h6), 0 for body text. {@code [start, end)} is its span in the
 * document's linear text, so {@code doc.text().substring(start, end).equals(text)}.
 */
public record Paragraph(int index, String text, int headingLevel, @Nullable Integer page, int start, int end)
    implements Block {
  public Paragraph {
    if (end - start != text.length()) {
      throw new IllegalArgumentException("span " + start + ".." + end + " does not fit text of length " + text.length());
    }
  }
}
