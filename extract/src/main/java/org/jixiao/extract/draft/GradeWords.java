package org.jixiao.extract.draft;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.schema.GradeLevel;
import org.jixiao.text.words.Lexicon;
import org.jixiao.text.name.Names;

/** Maps a printed grade (优秀, “良”) to 优/良/中/差, from {@code grades.txt}. */
public final class GradeWords {
  private final Map<String, GradeLevel> grades = new HashMap<>();

  public GradeWords(Lexicon lexicon) {
    lexicon.entries().forEach((grade, words) ->
        words.forEach(w -> grades.put(Names.key(w), GradeLevel.ofSymbol(grade))));
  }

  public static GradeWords standard() {
    return new GradeWords(Lexicon.load(GradeWords.class, "grades.txt"));
  }

  /** An option ticked in a row of check boxes: ☑, ■, √ (☒ is a box crossed out, not chosen). */
  private static final Pattern TICKED = Pattern.compile("[☑■√✓✔]\\s*(\\p{IsHan}{1,2})");
  private static final Pattern BOX = Pattern.compile("[□☐]");

  /**
   * The standard grade of a printed grade; empty when the text is not a grade word. A row of check boxes ("☑优　□良　□中
   * □差", h349) gives the one option ticked.
   */
  public Optional<GradeLevel> normalise(String printed) {
    Matcher ticked = TICKED.matcher(printed);
    if (BOX.matcher(printed).find() && ticked.find()) {
      String option = ticked.group(1);
      return ticked.find() ? Optional.empty() : word(option);
    }
    return word(printed);
  }

  private Optional<GradeLevel> word(String printed) {
    // "优（≥90分）": the band note is not the grade; nor is a bilingual form's translation beside it (h414)
    String k = Names.key(Names.label(Names.withoutTranslation(printed))).replaceAll("[。.，,]$", "");
    return Optional.ofNullable(grades.get(k));
  }
}
