package org.jixiao.extract.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 三级指标 printed in prose with its code and weight: "A11预算编制科学性（3分）：…，扣1分，得2分。" — several in
 * one paragraph, each scored by the last "得S分" (or "得满分") before the next code. A paragraph that
 * opens with an Arabic ordinal lead ("1.资金投入。A11…") names the items' 二级 group. Offsets are
 * within the paragraph.
 */
record CodedItem(String code, String name, BigDecimal weight, @Nullable BigDecimal score, int start, int nameEnd, int end) {
  private static final Pattern ITEM = Numbers.compile(
      "(?<![A-Za-z0-9])(?<code>" + Outline.NUMBERED_CODE + ")(?<name>[^（(，,。；;：:、0-9\\s][^（(，,。；;：:、]{1,29}?)"
          + "\\s*[（(]\\s*(?<weight>{N})\\s*分\\s*[)）]");
  private static final Pattern LEVEL2 = Pattern.compile(
      "^[\\s\\u00A0\\u3000]*" + Outline.ARABIC + "[\\s\\u00A0\\u3000]*(?<name>[^。：:，,（(\\s]{2,16})[。：:]");

  static List<CodedItem> find(String text) {
    List<Integer> starts = new ArrayList<>();
    Matcher m = ITEM.matcher(text);
    while (m.find()) {
      starts.add(m.start());
    }
    List<CodedItem> out = new ArrayList<>();
    m.reset();
    for (int i = 0; m.find(); i++) {
      int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      BigDecimal weight = Numbers.of(m.group("weight"));
      BigDecimal score = HeadedParagraph.lastScore(text, m.end(), to, weight);
      out.add(new CodedItem(m.group("code"), m.group("name").strip(), weight, score, m.start(), m.end("name"), to));
    }
    return out;
  }

  /** The 二级 group a paragraph of coded items opens with ("1.资金投入。"), if any. */
  static @Nullable String level2(String text) {
    Matcher m = LEVEL2.matcher(text);
    return m.find() ? m.group("name").strip() : null;
  }
}
