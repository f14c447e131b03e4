package org.jixiao.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.Version;
import org.jixiao.index.analysis.BigramAnalyzer;
import org.jixiao.index.analysis.HanLPTokenizerFactory;
import org.jixiao.index.analysis.JixiaoAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin's analysis, compiled against Solr's Lucene 9, gives the embedded index's tokens (recorded on Lucene 10
 * in embedded-tokens.tsv: the two cannot share a JVM): term, offsets and position increments, case by case. Both as
 * the plugin's own analyzer classes and as the chains the configset's schema.xml declares.
 */
class PluginAnalyzerTest {
  private static final Path SCHEMA = Path.of(System.getProperty("jixiao.configset", "../configsets/jixiao/conf"))
      .resolve("schema.xml");
  private static List<RecordedTokens> cases;

  @BeforeAll
  static void load() throws Exception {
    cases = RecordedTokens.load();
  }

  @Test
  void runsOnSolrsLucene() {
    assertEquals(9, Version.LATEST.major, "the plugin must be tested on the Lucene Solr 9 runs");
  }

  @Test
  void pluginAnalyzersGiveTheEmbeddedTokens() throws Exception {
    try (Analyzer words = new JixiaoAnalyzer(); Analyzer bigrams = new BigramAnalyzer()) {
      assertSame(words, bigrams);
    }
  }

  @Test
  void schemaChainsGiveTheEmbeddedTokens() throws Exception {
    try (Analyzer words = SchemaChains.analyzer(SCHEMA, "text_zh");
        Analyzer bigrams = SchemaChains.analyzer(SCHEMA, "text_bigram")) {
      assertSame(words, bigrams);
      assertEquals(100, words.getPositionIncrementGap("name"), "JixiaoAnalyzer's gap between values");
      assertEquals(100, bigrams.getPositionIncrementGap("name_bi"));
    }
  }

  @Test
  void factoryFoundByItsSpiName() {
    assertInstanceOf(HanLPTokenizerFactory.class, TokenizerFactory.forName("hanlp", new HashMap<>()));
  }

  private static void assertSame(Analyzer words, Analyzer bigrams) throws Exception {
    int n = 0;
    for (RecordedTokens c : cases) {
      Analyzer a = c.analyzer().equals("words") ? words : bigrams;
      assertEquals(c.tokens(), RecordedTokens.tokens(a, c.text()), () -> c.analyzer() + ": " + c.text());
      n++;
    }
    assertTrue(n > 400, "cases read: " + n);
  }
}
