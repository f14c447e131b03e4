package org.jixiao.extract.prose;

import java.util.regex.Pattern;
import org.jixiao.text.name.Outline;

/**
 * 第X部分 / 第X章 / 第X篇: a part of the document ("第三部分　绩效指标完成情况分析"), never an indicator level,
 * even when its words name indicators. A part heading closes the groups opened before it.
 */
final class PartHeading {
  private static final Pattern PART = Pattern.compile("^[\\s\\u00A0\\u3000]*" + Outline.PART);

  private PartHeading() {}

  static boolean opens(String text) {
    return PART.matcher(text).find();
  }
}
