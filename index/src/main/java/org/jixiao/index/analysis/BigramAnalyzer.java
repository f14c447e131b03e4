package org.jixiao.index.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * 二元 analyzer: {@code CJKWidthCharFilter → StandardTokenizer → LowerCaseFilter → CJKBigramFilter}.
 * The second field beside the segmented words, so that a short query (执行率) finds a long word
 * the segmenter kept whole, whatever the segmenter did with it.
 */
public final class BigramAnalyzer extends WidthFoldingAnalyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer));
    return new TokenStreamComponents(tokenizer, stream);
  }
}
