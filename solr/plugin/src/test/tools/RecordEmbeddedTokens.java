import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jixiao.index.analysis.BigramAnalyzer;
import org.jixiao.index.analysis.JixiaoAnalyzer;

/**
 * Writes embedded-tokens.tsv: the embedded index's analyzers (Lucene 10, index/target/classes) on the cases file's
 * texts. Not compiled by Maven; run from the repo root after `./mvnw -pl index -am install -DskipTests`:
 * <pre>
 * ./mvnw -q -o -pl index dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp index/target/classes:$(cat /tmp/cp.txt) solr/plugin/src/test/tools/RecordEmbeddedTokens.java \
 *   solr/plugin/src/test/tools/cases.txt > solr/plugin/src/test/resources/org/jixiao/solr/embedded-tokens.tsv
 * </pre>
 */
public class RecordEmbeddedTokens {
  public static void main(String[] args) throws Exception {
    Set<String> texts = new LinkedHashSet<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        texts.add(unescape(line));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Tokens of the embedded index's analyzers (Lucene ").append(org.apache.lucene.util.Version.LATEST)
        .append("), written by src/test/tools/RecordEmbeddedTokens.java from cases.txt.\n")
        .append("# analyzer<TAB>text (\\t \\n \\\\ escaped)<TAB>tokens: term/start/end/positionIncrement, space separated\n");
    try (Analyzer words = new JixiaoAnalyzer(); Analyzer bigrams = new BigramAnalyzer()) {
      for (String text : texts) {
        out.append("words\t").append(escape(text)).append('\t').append(tokens(words, text)).append('\n');
        out.append("bigrams\t").append(escape(text)).append('\t').append(tokens(bigrams, text)).append('\n');
      }
    }
    System.out.print(out);
  }

  static String tokens(Analyzer a, String text) throws Exception {
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

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  static String unescape(String s) {
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
