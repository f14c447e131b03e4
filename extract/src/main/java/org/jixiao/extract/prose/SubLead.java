package org.jixiao.extract.prose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Outline;

/**
 * 二级 lead in prose: a heading with no score under a scored 一级 lead, either a paragraph of its own
 * ("（一）目标设定") or the opening of the paragraph that holds its items ("1.项目立项。（1）…"). Its name is the
 * level 2 of the rows after it, until the next lead.
 */
final class SubLead {
  private static final String SPACE = "[\\s\\u00A0\\u3000]*";
  /** A short name without digits or punctuation. */
  private static final String NAME = "(?<name>(?:(?![0-9０-９])[^，,。；;：:、（()）\\s]){2,16})";
  private static final Pattern WHOLE = Pattern.compile("^" + SPACE + Outline.ANY + SPACE + NAME + SPACE + "[。：:]?" + SPACE + "$");
  /** "1.项目立项。" right before an item marker: an Arabic number with a dot, not "（1）" (an item's own marker). */
  private static final Pattern OPENING = Pattern.compile(
      "^" + SPACE + Outline.DOTTED_ARABIC + SPACE + NAME + SPACE + "[。：:]" + SPACE
          + "(?=" + ItemRun.MARKER + ")");

  private SubLead() {}

  /** The name of a paragraph that is only an outline marker and a short name. */
  static Optional<String> whole(String text) {
    Matcher m = WHOLE.matcher(text);
    return m.find() ? Optional.of(m.group("name")) : Optional.empty();
  }

  /** The lead a paragraph of items opens with, and where the first item starts. */
  static Optional<Opening> opening(String text) {
    Matcher m = OPENING.matcher(text);
    return m.find() ? Optional.of(new Opening(m.group("name"), m.end())) : Optional.empty();
  }

  /** A paragraph's opening lead: its name and the offset after it. */
  record Opening(String name, int end) {}
}
