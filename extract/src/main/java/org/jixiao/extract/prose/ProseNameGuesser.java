package org.jixiao.extract.prose;

import org.jixiao.text.number.Numbers;
import org.jixiao.text.name.Outline;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.words.Lexicon;
import org.jixiao.text.name.Names;

/**
 * Cuts the indicator (or first-level group) name out of a paragraph that states a score. The
 * forms it knows: "名称：说明…（设置分值…）"; "（1）名称，说明…"; "一是名称资金15万元…"; "我单位名称1名…";
 * "名称高于95%". A name it cannot find is reported as absent, never made up.
 */
public final class ProseNameGuesser {
  private static final Pattern ORDINAL = Pattern.compile(
      "^[\\s\\u00A0\\u3000]*(?:" + Outline.ANY + "|[一二三四五六七八九十]+是)[\\s\\u00A0\\u3000]*");
  private static final Pattern CHINESE_HEADING = Pattern.compile(
      "^[\\s\\u00A0\\u3000]*" + Outline.CHINESE + "[\\s\\u00A0\\u3000]*(\\p{IsHan}{2,8})[\\s\\u00A0\\u3000。：:]*$");
  private static final Pattern LABEL = Pattern.compile("^([^：:，。；,;（(]{2,40})[：:]");
  private static final Pattern GROUP = Pattern.compile("^([^。；;！!？?]{2,16}?)(?:类|方面)?指标(?:完成情况|情况|得分|评价|分析|$)");
  /**
   * "预算管理：该类指标分值20分": the label names the group the words after the colon refer back to;
   * "培训人次：该项指标…" refers back to one indicator, not a group.
   */
  private static final Pattern REFERENT = Pattern.compile("^\\s*[该本此各](类|部分|方面|一级|项)指标");
  private static final Pattern NOT_A_GROUP = Pattern.compile("^[该本此各]|二级|三级");
  private static final Pattern YEAR_ONLY = Numbers.compile("^{Y}年(?:度|末|底|全年)?$");
  private static final Pattern SCORE_WORDS = Pattern.compile("分值|得分|满分|设置分|权重分");
  private static final Pattern TITLE_END = Pattern.compile(
      "\\s*(?:[（(][^）)]{0,12}[）)])?\\s*[。．.]|\\s*[（(][^）)]{0,12}[）)]\\s*[：:]");
  /** After a numbered name a colon also ends the title: "1.预算调整率：…". */
  private static final Pattern NUMBERED_TITLE_END = Pattern.compile("\\s*(?:[（(][^）)]{0,12}[）)])?\\s*[。．.：:]");
  private static final Pattern CLAUSE_END = Pattern.compile("[，。；,;：:！!？?]");
  /** A title after a 二级 label: a name without figures or clause marks, closed by a full stop or a bracket. */
  private static final Pattern LEVEL3_TITLE = Pattern.compile("\\s*([^，。；,;：:！!？?（(\\d%]{2,30}?)\\s*[。．（(]");

  private final List<String> subjects;
  private final List<String> stops;
  private final List<String> trailing;
  private final List<String> groupTrailing;
  private final List<String> level2;
  private final List<String> level1;

  public ProseNameGuesser(Lexicon lexicon) {
    this.subjects = lexicon.words("SUBJECT");
    this.stops = lexicon.words("STOP");
    this.trailing = lexicon.words("TRAILING");
    this.groupTrailing = lexicon.words("GROUP_TRAILING");
    this.level2 = lexicon.words("LEVEL2");
    this.level1 = lexicon.words("LEVEL1");
  }

  public static ProseNameGuesser standard() {
    return new ProseNameGuesser(Lexicon.load(ProseNameGuesser.class, "name-trim.txt"));
  }

  /** Whether {@code name} is a known 一级 name (决策, 过程, 产出, 效益, 投入, 项目决策 …). */
  boolean isLevel1(String name) {
    return level1.contains(name);
  }

  /** The text after any leading ordinals (（1）, 1., 一是, ①). */
  static String withoutOrdinals(String s) {
    String t = s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    for (Matcher m = ORDINAL.matcher(t); m.find() && m.end() > 0; m = ORDINAL.matcher(t)) {
      t = t.substring(m.end());
    }
    return t.strip();
  }

  /**
   * The first-level group a heading paragraph names: "1.运行成本指标完成情况详细分析" → 运行成本.
   * {@code before} is the paragraph text before any score sentence.
   */
  public Optional<String> groupName(String before) {
    String t = withoutOrdinals(before);
    if (t.length() > 40 || PartHeading.opens(t)) {
      return Optional.empty();
    }
    Matcher label = LABEL.matcher(t);
    Matcher referent = label.find() ? REFERENT.matcher(t.substring(label.end())) : null;
    if (referent != null && referent.find()) {
      return referent.group(1).equals("项") ? Optional.empty() : Optional.of(label.group(1).strip());
    }
    // "经自评，决策类指标满分10分" (h374): the clause before the group's is no part of its name
    int clause = Math.max(t.lastIndexOf('，'), t.lastIndexOf(','));
    Matcher m = GROUP.matcher(clause >= 0 && t.length() - clause > 2 ? t.substring(clause + 1).strip() : t);
    if (!m.find() || NOT_A_GROUP.matcher(m.group(1)).find()) {
      return Optional.empty(); // "该二级指标满分4分" speaks of a second-level group, not a first-level one
    }
    return Optional.of(m.group(1).strip());
  }

  /** The name of a heading "（一）项目决策": a Chinese ordinal and a known 一级 name alone ({@code LEVEL1}). */
  Optional<String> level1Heading(String text) {
    Matcher m = CHINESE_HEADING.matcher(text);
    return m.matches() && level1.contains(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether {@code text} is a known 二级 name alone ("项目立项", "产出数量"): a bare 二级 heading line. */
  boolean isLevel2(String text) {
    return level2.contains(text.strip());
  }

  /** Words dropped from the end of a group lead's name: "部门管理方面" → 部门管理. */
  List<String> groupTrailing() {
    return groupTrailing;
  }

  /**
   * Whether the paragraph opens with the name as a title of its own: "3.结转结余率。…", "6.预算执行率（10分）。…",
   * "2.预算执行率（5分）：…", "1.预算调整率：…"; not a label alone ("公用经费控制率：…控制率100%" states the actual).
   */
  boolean titled(String paragraph, String name) {
    String t = withoutOrdinals(paragraph);
    Matcher ordinal = ORDINAL.matcher(paragraph);
    Pattern end = ordinal.lookingAt() && ordinal.end() > 0 ? NUMBERED_TITLE_END : TITLE_END;
    return t.startsWith(name) && end.matcher(t).region(name.length(), t.length()).lookingAt();
  }

  /** The indicator a paragraph scores, from its opening words. */
  public Optional<String> rowName(String paragraph) {
    String t = withoutOrdinals(paragraph);
    Matcher label = LABEL.matcher(t);
    if (label.find()) {
      Matcher titled = LEVEL3_TITLE.matcher(t).region(label.end(), t.length());
      if (level2.contains(label.group(1).strip()) && titled.lookingAt() && accept(titled.group(1)).isPresent()) {
        // "1、项目立项：立项依据充分性。…": a 二级 label before the indicator's own title, read as 二级—三级
        return Optional.of(label.group(1).strip() + JoinedLevels.JOIN + titled.group(1).strip());
      }
      return accept(label.group(1));
    }
    String clause = "";
    int from = 0;
    while (from < t.length()) {
      Matcher end = CLAUSE_END.matcher(t);
      int stop = end.find(from) ? end.start() : t.length();
      clause = t.substring(from, stop).strip();
      if (!YEAR_ONLY.matcher(clause).matches() && !clause.isEmpty()) {
        break;
      }
      from = stop + 1;
    }
    for (String s : subjects) {
      if (clause.startsWith(s)) {
        clause = clause.substring(s.length());
        break;
      }
    }
    clause = clause.substring(0, nameEnd(clause)).strip();
    Optional<String> designated = DesignatedItem.name(clause);
    if (designated.isPresent()) {
      return accept(designated.get()); // "“预算执行率”指标，属预算执行，…": the quoted name without its designation
    }
    for (String w : trailing) {
      if (clause.endsWith(w) && clause.length() > w.length() + 1) {
        clause = clause.substring(0, clause.length() - w.length());
        break;
      }
    }
    return accept(clause);
  }

  /** Where the name ends: the first digit outside quotes, or the first stop word. */
  private int nameEnd(String clause) {
    int end = clause.length();
    boolean quoted = false;
    for (int i = 0; i < clause.length(); i++) {
      char ch = clause.charAt(i);
      if (ch == '“' || ch == '"' || ch == '「') {
        quoted = true;
      } else if (ch == '”' || ch == '」' || (ch == '"' && quoted)) {
        quoted = false;
      } else if (JoinedLevels.afterDash(clause, i) && Character.isDigit(ch)) {
        // "数量—65岁及以上老年人健康管理人数": the level 3 after a 二级— join may open with a figure
        while (i + 1 < clause.length() && Character.isDigit(clause.charAt(i + 1))) {
          i++;
        }
      } else if (!quoted && (Character.isDigit(ch) || ch == '%')) {
        end = i;
        break;
      }
    }
    for (String s : stops) {
      int at = clause.indexOf(s);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    return end;
  }

  private static Optional<String> accept(String name) {
    // an opening bracket left before a score note ("名称（分值4分，…）") is not part of the name
    String n = name.strip().replaceAll("[（(]$", "").strip().replaceAll("[了的为是]$", "");
    if (SCORE_WORDS.matcher(n).find()) {
      return Optional.empty(); // the score note's own words, not an indicator
    }
    return n.length() >= 2 && n.length() <= 40 && Names.hasCjk(n) ? Optional.of(n) : Optional.empty();
  }
}
