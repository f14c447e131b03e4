package org.jixiao.index.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * What the word and bigram analyzers share: full-width ASCII folded to half-width before
 * tokenizing and normalizing ({@link CJKWidthCharFilter}, offsets kept), lower case for
 * normalization, and a position gap between the values of one field. Subclasses build the token
 * chain.
 */
abstract sealed class WidthFoldingAnalyzer extends Analyzer permits BigramAnalyzer, JixiaoAnalyzer {
  @Override
  protected final Reader initReader(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected final Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  /** Keeps a phrase from matching across two values of one field (a target and an actual). */
  @Override
  public final int getPositionIncrementGap(String fieldName) {
    return 100;
  }

  @Override
  protected final TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
