package org.jixiao.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * 中文词 analyzer: {@code CJKWidthCharFilter → HanLPTokenizer → LowerCaseFilter → StopFilter}.
 * Full-width ASCII becomes half-width before segmentation (Ｗｉｆｉ → wifi), offsets still point
 * into the original text. The stop words are {@code stopwords.txt} beside this class.
 */
public final class JixiaoAnalyzer extends WidthFoldingAnalyzer {
  private final CharArraySet stopWords;

  public JixiaoAnalyzer() {
    this(defaultStopWords());
  }

  public JixiaoAnalyzer(CharArraySet stopWords) {
    this.stopWords = CharArraySet.unmodifiableSet(stopWords);
  }

  /** The bundled stop words: function words that carry no meaning in an indicator name. */
  public static CharArraySet defaultStopWords() {
    try (InputStream in = JixiaoAnalyzer.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("stopwords.txt missing from the class path");
      }
      return WordlistLoader.getWordSet(
          new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "#", new CharArraySet(64, false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    HanLPTokenizer tokenizer = new HanLPTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new StopFilter(stream, stopWords);
    return new TokenStreamComponents(tokenizer, stream);
  }
}
