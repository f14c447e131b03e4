package org.jixiao.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Outline;
import org.jspecify.annotations.Nullable;

/**
 * Several 三级 items in one paragraph, each behind its own marker: "1.项目立项。（1）立项依据充分性：…，此项3分，得3分。
 * （2）立项程序规范性：…，此项2分，得2分。". A marker counts at the paragraph's start, after the opening lead or
 * after a sentence end, so that "（1）" quoted inside a sentence does not split it. Each item runs to the next
 * marker; offsets are within the paragraph. A run is a paragraph with an opening lead and an item, or with
 * two items or more: one item alone is an ordinary scored paragraph.
 */
record ItemRun(@Nullable String lead, List<Span> items) {
  /** An item marker: （1） (1) ①; "1." is left to leads and headings. */
  static final String MARKER = "(?:" + Outline.BRACKETED_ARABIC + "|" + Outline.CIRCLED + ")";
  private static final Pattern ITEM = Pattern.compile("(?:^|(?<=[。；;]))[\\s\\u00A0\\u3000]*(" + MARKER + ")");

  /** One item: {@code [start, end)} within the paragraph. */
  record Span(int start, int end) {}

  static Optional<ItemRun> parse(String text) {
    Optional<SubLead.Opening> opening = SubLead.opening(text);
    int from = opening.map(SubLead.Opening::end).orElse(0);
    List<Integer> starts = new ArrayList<>();
    Matcher m = ITEM.matcher(text);
    m.region(from, text.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(true);
    while (m.find()) {
      starts.add(m.start(1));
    }
    if (starts.isEmpty() || (opening.isEmpty() && starts.size() < 2)) {
      return Optional.empty();
    }
    List<Span> items = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      items.add(new Span(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
    }
    return Optional.of(new ItemRun(opening.map(SubLead.Opening::name).orElse(null), items));
  }
}
