package org.jixiao.extract.draft;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

  /** The standard grade of a printed grade; empty when the text is not a grade word. */
  public Optional<GradeLevel> normalise(String printed) {
    String k = Names.key(Names.label(printed)).replaceAll("[。.，,]$", ""); // "优（≥90分）": the band note is not the grade
    return Optional.ofNullable(grades.get(k));
  }
}
