package org.jixiao.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The HanLP chain checked the Lucene way: offsets, final offset, reuse, random text, threads. */
public class JixiaoAnalyzerTest extends BaseTokenStreamTestCase {
  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new JixiaoAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testIndicatorNameWithOffsets() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "政府采购执行率",
        new String[] {"政府采购", "执行", "率"},
        new int[] {0, 4, 6},
        new int[] {4, 6, 7});
  }

  public void testFullWidthLettersFoldButOffsetsPointAtOriginal() throws IOException {
    assertAnalyzesTo(
        analyzer, "增加ＷＩＦＩ覆盖", new String[] {"增加", "wifi", "覆盖"}, new int[] {0, 2, 6},
        new int[] {2, 6, 8});
  }

  public void testBookTitleMarksAndBracketsAreDropped() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "《天津市行政许可事项清单（2022年版）》",
        new String[] {"天津市", "行政", "许可", "事项", "清单", "2022", "年", "版"},
        new int[] {1, 4, 6, 8, 10, 13, 17, 18},
        new int[] {4, 6, 8, 10, 12, 17, 18, 19},
        null,
        new int[] {1, 1, 1, 1, 1, 1, 1, 1});
    assertTokenStreamContents(
        analyzer.tokenStream("f", "《清单》"), new String[] {"清单"}, new int[] {1}, new int[] {3}, 4);
  }

  public void testQuotesComparatorsAndUnits() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "“三公经费”变动率 ≥95% 1.41万次",
        new String[] {"三", "公", "经费", "变动", "率", "95", "1.41", "万", "次"},
        new int[] {1, 2, 3, 6, 8, 11, 15, 19, 20},
        new int[] {2, 3, 5, 8, 9, 13, 19, 20, 21});
  }

  public void testStopWordLeavesPositionGap() throws IOException {
    assertAnalyzesTo(
        analyzer, "资产的管理", new String[] {"资产", "管理"}, new int[] {0, 3}, new int[] {2, 5},
        new int[] {1, 2});
  }

  public void testEmptyAndBlankInput() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(analyzer, "  \n\t　", new String[0]);
    assertAnalyzesTo(analyzer, "。，、；", new String[0]);
  }

  public void testReuseGivesSameTokens() throws IOException {
    for (int i = 0; i < 3; i++) {
      assertAnalyzesTo(analyzer, "预算执行率", new String[] {"预算", "执行", "率"});
      assertAnalyzesTo(analyzer, "群众满意率", new String[] {"群众", "满意率"});
    }
  }

  /** Text longer than a chunk with no punctuation: every token's offsets still select its text. */
  public void testLongUnpunctuatedTextKeepsOffsetsExact() throws IOException {
    String unit = "部门整体支出绩效自评报告预算执行率";
    String text = unit.repeat(HanLPTokenizer.MAX_CHUNK / unit.length() * 3);
    assertOffsetsSelectTokens(text);
  }

  /** A whole seed report, as TestSmartChineseAnalyzer analyzes a long document. */
  public void testSeedReportsOffsetsSelectTokens() throws IOException {
    Path seeds = Path.of(System.getProperty("jixiao.samples", "../corpus-samples"));
    assumeTrue("seeds not found at " + seeds, Files.isDirectory(seeds));
    try (var files = Files.list(seeds)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(assertOffsetsSelectTokens(text) > text.length() / 4);
        checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text);
      }
    }
  }

  private int assertOffsetsSelectTokens(String text) throws IOException {
    int n = 0;
    int lastStart = 0;
    try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        assertTrue(off.startOffset() >= lastStart);
        lastStart = off.startOffset();
        assertEquals(
            term.toString(), text.substring(off.startOffset(), off.endOffset()).toLowerCase(java.util.Locale.ROOT));
        n++;
      }
      ts.end();
      assertEquals(text.length(), off.endOffset());
    }
    return n;
  }

  /** {@code segmentation-tests.txt}: text TAB expected tokens separated by spaces. */
  public void testSegmentationTable() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("segmentation-tests.txt")) {
      assertNotNull(in);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int cases = 0;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        String[] expected = parts.length < 2 || parts[1].isBlank() ? new String[0] : parts[1].trim().split(" +");
        assertAnalyzesTo(analyzer, parts[0], expected);
        cases++;
      }
      assertTrue(cases > 5);
    }
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomHugeStrings() throws IOException {
    checkRandomData(random(), analyzer, 5 * RANDOM_MULTIPLIER, 8192);
  }

  public void testRandomChineseText() throws IOException {
    String chars = "政府采购执行率预算部门整体支出绩效目标完成及时满意度群众服务管理，。（）《》“”％１２３ab ";
    for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random().nextInt(200);
      for (int j = 0; j < len; j++) {
        sb.append(chars.charAt(random().nextInt(chars.length())));
      }
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), sb.toString());
    }
  }

  public void testFactoryThroughSpi() throws IOException {
    TokenizerFactory factory = TokenizerFactory.forName("hanlp", new HashMap<>());
    Tokenizer tokenizer = factory.create();
    tokenizer.setReader(new StringReader("预算执行率"));
    assertTokenStreamContents(tokenizer, new String[] {"预算", "执行", "率"}, new int[] {0, 2, 4}, new int[] {2, 4, 5}, 5);
  }

  public void testFactoryRejectsUnknownArguments() {
    var args = new HashMap<String, String>();
    args.put("dictionary", "x.txt");
    expectThrows(IllegalArgumentException.class, () -> new HanLPTokenizerFactory(args));
  }

  public void testBigramAnalyzer() throws IOException {
    try (Analyzer bigrams = new BigramAnalyzer()) {
      assertAnalyzesTo(
          bigrams, "执行率ＡＢ", new String[] {"执行", "行率", "ab"}, new int[] {0, 1, 3}, new int[] {2, 3, 5});
      checkRandomData(random(), bigrams, 100 * RANDOM_MULTIPLIER);
    }
  }

}
