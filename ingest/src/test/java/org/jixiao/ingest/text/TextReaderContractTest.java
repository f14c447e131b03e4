package org.jixiao.ingest.text;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;
import org.jixiao.ingest.Samples;

class TextReaderContractTest extends FormatReaderContract {
  @Override
  protected FormatReader reader() {
    return new TextReader();
  }

  @Override
  protected Path validSample() {
    return Samples.file("002_85bada5a1e1f1378.txt");
  }

  /** The first 60% of a text file is still text (a character cut in half at the end is dropped). */
  @Override
  protected Set<FailureKind> truncatedFailureKinds() {
    return EnumSet.noneOf(FailureKind.class);
  }
}
