package org.jixiao.ingest.html;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;
import org.jixiao.ingest.Samples;

class HtmlReaderContractTest extends FormatReaderContract {
  @Override
  protected FormatReader reader() {
    return new HtmlReader();
  }

  @Override
  protected Path validSample() {
    return Samples.file("002_85bada5a1e1f1378.html");
  }

  /** HTML parsing is forgiving: a page cut short is still a page (missing end tags are implied). */
  @Override
  protected Set<FailureKind> truncatedFailureKinds() {
    return EnumSet.noneOf(FailureKind.class);
  }
}
