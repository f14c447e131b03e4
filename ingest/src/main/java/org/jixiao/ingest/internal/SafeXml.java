package org.jixiao.ingest.internal;

import javax.xml.stream.XMLInputFactory;

/** The one way readers stream XML: no DTD and no external entities (an XXE in a hostile file reads nothing). */
public final class SafeXml {
  private SafeXml() {}

  public static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }
}
