package org.jixiao.extract.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.words.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * 项目名称 and 实施单位 of a project report, from their labels (PROJECT, IMPLEMENTING_UNIT in
 * {@code identity-labels.txt}) in a table row or a "标签：值" line; null when not printed.
 */
public record ProjectIdentity(@Nullable String project, @Nullable String implementingUnit,
    Map<ReportField, Evidence> evidence) {
  public ProjectIdentity {
    evidence = Map.copyOf(evidence);
  }

  /** Reads them with the identity labels shipped with jixiao. */
  public static ProjectIdentity of(ParsedDocument doc, ReportDraft draft) {
    return of(doc, draft, Lexicon.load(IdentityExtractor.class, "identity-labels.txt"));
  }

  static ProjectIdentity of(ParsedDocument doc, ReportDraft draft, Lexicon labels) {
    List<String> rowLabels = new ArrayList<>();
    for (String key : List.of("DEPARTMENT", "EVALUATOR", "PROJECT", "IMPLEMENTING_UNIT")) {
      rowLabels.addAll(labels.words(key));
    }
    Map<ReportField, Evidence> evidence = new HashMap<>();
    String project = first(doc, draft, labels.words("PROJECT"), rowLabels, ReportField.project, evidence);
    String unit = first(doc, draft, labels.words("IMPLEMENTING_UNIT"), rowLabels, ReportField.implementingUnit, evidence);
    return new ProjectIdentity(project, unit, evidence);
  }

  private static @Nullable String first(ParsedDocument doc, ReportDraft draft, List<String> words,
      List<String> rowLabels, ReportField field, Map<ReportField, Evidence> evidence) {
    List<LabelledValue> found = LabelledValueFinder.find(doc, words, rowLabels, draft);
    if (found.isEmpty()) {
      return null;
    }
    LabelledValue v = found.get(0);
    ExtractionMethod how = v.source() instanceof TextSpan ? ExtractionMethod.PROSE : ExtractionMethod.TABLE;
    evidence.put(field, new Evidence(v.value(), v.source(), how));
    return v.value();
  }
}
