package org.jixiao.audit.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;

/**
 * 模板文字: a report that keeps its template's placeholders ("2022年度XX部门整体部门自评表", "20XX年") was published
 * unfinished, and what the placeholder stands for (the attached form, the department) is not there to check. INFO HIGH,
 * one line per document naming each placeholder and the template's instructions still printed as paragraphs ("2.简要概述
 * 年度部门整体绩效目标。"), with the chapter each stands in. A masked name or number ("填表人：王××", "0816-22×××××",
 * "ICP备××××号") is redaction, not a placeholder: a placeholder stands for a body or a year, so it is read only before
 * one.
 */
public final class TemplateTextCheck implements Check {
  /** "XX部门", "××单位", "20XX年": marks standing for a body, a place or a year. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?:20)?(?:[XＸ]{2,}|×{2,})(?=部门|单位|局|委员会|办公室|县|市|区|乡|镇|街道|项目|年)");
  /** A paragraph that is a template's instruction: "2.简要概述年度部门整体绩效目标。", "（请填写…）". */
  private static final Pattern INSTRUCTION = Pattern.compile(
      "(?m)^[\\t \\u3000]*(?:(?:[1-9]|1[0-9])[.．、]|[（(][一二三四五六七八九十][）)])?[\\t \\u3000]*[（(]?(?<text>(?:简要(?:概述|分析|说明|描述)"
          + "|请(?:填写|简述|说明)|此处填写)[^\\n]{0,50}?)[）)]?[\\t \\u3000]*$");
  /** A chapter's heading: "二、 佐证材料". */
  private static final Pattern CHAPTER = Pattern.compile("(?m)^[\\t \\u3000]*[一二三四五六七八九十]{1,3}、[\\t \\u3000]*[^\\t\\n]{2,30}$");
  private static final int MAX_QUOTED = 3;

  @Override
  public CheckId id() {
    return CheckId.TEMPLATE_TEXT;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    String text = subject.text();
    if (text == null) {
      return List.of();
    }
    Matcher placeholder = PLACEHOLDER.matcher(text);
    if (!placeholder.find()) {
      return List.of();
    }
    int first = placeholder.start();
    int firstEnd = placeholder.end();
    Set<String> quoted = new LinkedHashSet<>();
    do {
      quoted.add("“" + line(text, placeholder.start()) + "”" + chapter(text, placeholder.start()));
    } while (placeholder.find());
    List<String> instructions = new ArrayList<>();
    Matcher m = INSTRUCTION.matcher(text);
    while (m.find()) {
      instructions.add("“" + m.group("text").strip() + "”" + chapter(text, m.start()));
    }
    String message = "报告保留模板的占位文字 " + String.join("、", quoted.stream().limit(MAX_QUOTED).toList())
        + (quoted.size() > MAX_QUOTED ? " 等 " + quoted.size() + " 处" : "")
        + (instructions.isEmpty() ? "" : "，及模板的填写说明 " + String.join("、", instructions.stream().limit(MAX_QUOTED).toList())
            + (instructions.size() > MAX_QUOTED ? " 等 " + instructions.size() + " 处" : ""))
        + "：报告未按模板填写完成，占位处所指的内容（部门、附表等）无从核对";
    return List.of(FindingBuilder.of(subject.file(), id())
        .severity(Severity.INFO)
        .certainty(Certainty.HIGH)
        .indicator("模板文字")
        .location(new TextSpan(subject.file(), null, first, firstEnd))
        .stated("保留模板文字 " + quoted.size() + " 处")
        .recomputed("按模板填写完成")
        .message(message));
  }

  /** The line around {@code at}, trimmed. */
  private static String line(String text, int at) {
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    return text.substring(from, to < 0 ? text.length() : to).strip();
  }

  /** "（二、佐证材料）": the chapter {@code at} stands in, or nothing before the first chapter. */
  private static String chapter(String text, int at) {
    Matcher m = CHAPTER.matcher(text);
    String found = null;
    while (m.find() && m.start() < at) {
      found = m.group().replaceAll("[\\t \\u3000]", "");
    }
    return found == null ? "" : "（" + found + "）";
  }
}
