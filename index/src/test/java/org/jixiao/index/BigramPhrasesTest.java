package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BigramPhrasesTest {
  @TempDir static Path dir;
  private static final QueryBuilder BUILDER = new QueryBuilder(ReportIndex.analyzer());

  @BeforeAll
  static void index() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (Report r : GoldReports.all()) {
        index.add(r);
      }
    }
  }

  /** Every indicator name, target and actual of the samples, and every run of a few characters of them. */
  private static Set<String> texts() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (Report r : GoldReports.all()) {
      for (IndicatorRow row : r.indicators()) {
        for (String t : new String[] {row.level3(), row.target(), row.actual()}) {
          if (t == null) {
            continue;
          }
          out.add(t);
          for (int i = 0; i + 5 <= t.length(); i += 3) {
            out.add(t.substring(i, i + 5));
          }
        }
      }
    }
    return out;
  }

  @Test
  void thinPhrasesMatchWhatWholePhrasesMatch() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher s = new IndexSearcher(reader);
      int thinned = 0;
      for (String field : new String[] {Fields.NAME_BI, Fields.BODY_BI}) {
        for (String text : texts()) {
          Query whole = BUILDER.createPhraseQuery(field, text);
          if (whole == null) {
            continue;
          }
          Query thin = BigramPhrases.thin(whole, t -> docFreq(reader, t));
          if (thin != whole) {
            thinned++;
            assertEquals(s.count(whole), s.count(thin), field + " " + text + ": " + thin);
          }
        }
      }
      assertNotEquals(0, thinned, "long names are thinned");
    }
  }

  @Test
  void leavesOutTheCommonestBigramsNeverTwoInARowNorTheEndsNorTheRarest() {
    PhraseQuery whole = (PhraseQuery) BUILDER.createPhraseQuery(Fields.NAME_BI, "完成政务服务工作");
    Map<String, Long> df = Map.of("完成", 650L, "成政", 37L, "政务", 564L, "务服", 435L, "服务", 712L, "务工", 74L, "工作", 406L);
    PhraseQuery thin = (PhraseQuery) BigramPhrases.thin(whole, t -> df.get(t.text()));
    assertEquals("name_bi:\"完成 成政 ? 务服 ? 务工 工作\"", thin.toString());
    // the rarest term stays though leaving it out would drop more postings in all
    Map<String, Long> rareMiddle = Map.of("完成", 650L, "成政", 1L, "政务", 2L, "务服", 435L, "服务", 3L, "务工", 74L, "工作", 406L);
    PhraseQuery kept = (PhraseQuery) BigramPhrases.thin(whole, t -> rareMiddle.get(t.text()));
    assertEquals("name_bi:\"完成 成政 政务 ? 服务 ? 工作\"", kept.toString());
  }

  @Test
  void numbersSingleCharactersAndShortPhrasesStay() {
    Query withNumbers = BUILDER.createPhraseQuery(Fields.NAME_BI, "完成时间（2022年12月31日前）");
    Query thin = BigramPhrases.thin(withNumbers, t -> 100);
    assertEquals("name_bi:\"完成 ? 时间 2022 年 12 月 31 日前\"", thin.toString());
    Query two = BUILDER.createPhraseQuery(Fields.NAME_BI, "满意度");
    assertSame(two, BigramPhrases.thin(two, t -> 100));
  }

  private static long docFreq(DirectoryReader reader, Term t) {
    try {
      return reader.docFreq(t);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
