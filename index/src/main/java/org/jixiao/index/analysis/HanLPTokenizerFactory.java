package org.jixiao.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** Factory for {@link HanLPTokenizer}, registered for Lucene's SPI as {@code hanlp}; it takes no arguments. */
public final class HanLPTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "hanlp";

  public HanLPTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the SPI loader only. */
  public HanLPTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public HanLPTokenizer create(AttributeFactory factory) {
    return new HanLPTokenizer(factory);
  }
}
