package org.jixiao.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.internal.CircledNumbers;

/**
 * Turns the residue of Word's enclosed-character field, {@code EQ \o\ac(○,11)}, back into the
 * character it draws (⑪). Word emits this field for circled numbers above ⑩ that a font lacks;
 * text extraction then leaves the field code in the text. Numbers without a Unicode enclosed
 * form (0 and above 50) keep the number in full-width parentheses rather than being dropped.
 */
final class EnclosedNumbers {
  // optional leading space and "EQ", the overlay switch, a circle, and the number (possibly raised
  // with Word's raise switch, "s up n(...)"); the circle may come first or second
  private static final Pattern FIELD =
      Pattern.compile(
          "[ \\t]?(?:EQ[ \\t]*)?\\\\o\\\\ac\\(\\s*(?:[○〇◯]\\s*,\\s*(?:\\\\s\\\\up\\s*-?\\d+\\()?(\\d{1,3})\\)?"
              + "|(?:\\\\s\\\\up\\s*-?\\d+\\()?(\\d{1,3})\\)?\\s*,\\s*[○〇◯])\\s*\\)");

  private EnclosedNumbers() {}

  static String replace(String text) {
    if (text.indexOf("\\o\\ac(") < 0) {
      return text;
    }
    Matcher m = FIELD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String digits = m.group(1) != null ? m.group(1) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(circled(Integer.parseInt(digits))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** ① for 1 … ⑳ for 20, ㉑ … ㉟ for 21–35, ㊱ … ㊿ for 36–50. */
  static String circled(int n) {
    String c = CircledNumbers.of(n);
    return c != null ? c : "（" + n + "）";
  }
}
