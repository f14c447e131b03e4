package org.jixiao.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** embedded-tokens.tsv: the embedded index's tokens (Lucene 10), one case a line, and the same form for any analyzer. */
record RecordedTokens(String analyzer, String text, String tokens) {
  static List<RecordedTokens> load() throws IOException {
    List<RecordedTokens> cases = new ArrayList<>();
    try (var in = Objects.requireNonNull(RecordedTokens.class.getResourceAsStream("embedded-tokens.tsv"));
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          String[] parts = line.split("\t", -1);
          cases.add(new RecordedTokens(parts[0], unescape(parts[1]), parts[2]));
        }
      }
    }
    return cases;
  }

  /** term/start/end/positionIncrement, space separated, as RecordEmbeddedTokens writes them. */
  static String tokens(Analyzer a, String text) throws IOException {
    List<String> parts = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        parts.add(term + "/" + off.startOffset() + "/" + off.endOffset() + "/" + pos.getPositionIncrement());
      }
      ts.end();
    }
    return String.join(" ", parts);
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
