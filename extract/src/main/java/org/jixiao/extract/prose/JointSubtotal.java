package org.jixiao.extract.prose;

import java.util.regex.Pattern;

/**
 * A subtotal stated for several groups together: "资金投入、资金管理、成本控制共15分，得12分". The names are the
 * parts of a first-level group, not the group: the sentence is neither a row nor the section of the
 * last name of the 、 list. Under a {@link GroupLead} it is that group's section; without one the
 * extractor keeps it as a diagnostic only, since a section named by the joined names would match no
 * group of the rows or of a summary table, and would count the same points twice.
 */
final class JointSubtotal {
  private static final Pattern LIST = Pattern.compile(
      "(?:^|[。；;：:，,])[\\s\\u00A0\\u3000]*(?:[^、。；;：:，,\\s]{2,16}、)+[^、。；;：:，,\\s]{2,16}[\\s\\u00A0\\u3000]*(?:共|合计|共计)?[\\s\\u00A0\\u3000]*$");

  private JointSubtotal() {}

  /** Whether {@code before}, the text before a score note, ends with a 、 list of names. */
  static boolean endsWithList(String before) {
    return LIST.matcher(before).find();
  }
}
