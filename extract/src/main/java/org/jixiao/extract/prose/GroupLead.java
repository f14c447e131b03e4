package org.jixiao.extract.prose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Outline;

/**
 * 一级 subtotal lead: a paragraph that opens with a Chinese-numeral ordinal and a short group name,
 * then states the group's subtotal — "（三）产出指标（权重40分，得分38.5分）", "（二）部门管理方面。本部分共25分，
 * 自评得23分。", "（一）投入情况。资金投入、资金管理、成本控制共15分，得12分。". It is a section, never a row. The
 * name loses a trailing word of {@code GROUP_TRAILING} (方面, 情况): "部门管理方面" → 部门管理.
 */
record GroupLead(String name, int nameStart, int nameEnd) {
  private static final Pattern LEAD = Pattern.compile(
      "^[\\s\\u00A0\\u3000]*" + Outline.CHINESE + "[\\s\\u00A0\\u3000]*"
          + "(?<name>[^（(。，,；;：:、\\s\\d]{2,20}?)[\\s\\u00A0\\u3000]*(?:[（(。：:，,]|$)");

  static Optional<GroupLead> parse(String text, List<String> trailing) {
    Matcher m = LEAD.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group("name").strip();
    for (String w : trailing) {
      if (name.endsWith(w) && name.length() >= w.length() + 2) {
        name = name.substring(0, name.length() - w.length());
        break;
      }
    }
    return Optional.of(new GroupLead(name, m.start("name"), m.end("name")));
  }
}
