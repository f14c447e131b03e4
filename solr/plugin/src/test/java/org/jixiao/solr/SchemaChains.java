package org.jixiao.solr;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A field type's analyzer chain of the configset's schema.xml built as Lucene's {@link CustomAnalyzer}: what Solr
 * builds from the same elements (name = SPI name, class = factory class, other attributes = its arguments), without a
 * Solr in the test. Resources (the stop words) come from the class path, as a Solr node finds them in the plugin jar.
 */
final class SchemaChains {
  private SchemaChains() {}

  static Analyzer analyzer(Path schemaXml, String fieldType) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc = dbf.newDocumentBuilder().parse(schemaXml.toFile());
    var types = doc.getElementsByTagName("fieldType");
    for (int i = 0; i < types.getLength(); i++) {
      Element type = (Element) types.item(i);
      if (type.getAttribute("name").equals(fieldType)) {
        return build(type);
      }
    }
    throw new IllegalArgumentException("no fieldType " + fieldType + " in " + schemaXml);
  }

  private static Analyzer build(Element type) throws Exception {
    Element analyzer = (Element) type.getElementsByTagName("analyzer").item(0);
    CustomAnalyzer.Builder b = CustomAnalyzer.builder();
    if (!type.getAttribute("positionIncrementGap").isEmpty()) {
      b.withPositionIncrementGap(Integer.parseInt(type.getAttribute("positionIncrementGap")));
    }
    for (Node n = analyzer.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      Map<String, String> args = args(e);
      String name = e.getAttribute("name");
      switch (e.getTagName()) {
        case "charFilter" -> b.addCharFilter(name, args);
        case "tokenizer" -> {
          if (name.isEmpty()) {
            b.withTokenizer(Class.forName(e.getAttribute("class")).asSubclass(TokenizerFactory.class), args);
          } else {
            b.withTokenizer(name, args);
          }
        }
        case "filter" -> b.addTokenFilter(name, args);
        default -> throw new IllegalArgumentException("unexpected <" + e.getTagName() + ">");
      }
    }
    return b.build();
  }

  private static Map<String, String> args(Element e) {
    Map<String, String> args = new HashMap<>();
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      String key = attrs.item(i).getNodeName();
      if (!key.equals("name") && !key.equals("class")) {
        args.put(key, attrs.item(i).getNodeValue());
      }
    }
    return args;
  }
}
