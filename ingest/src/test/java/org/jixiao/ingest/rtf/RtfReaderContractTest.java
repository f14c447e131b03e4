package org.jixiao.ingest.rtf;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.FormatReaderContract;

/** The RTF reader honours the hostile-input contract, on sample 000 saved as RTF. */
class RtfReaderContractTest extends FormatReaderContract {
  @Override
  protected FormatReader reader() {
    return new RtfReader();
  }

  @Override
  protected Path validSample() {
    return RtfReaderTest.sample000();
  }

  @Override
  protected DocFormat format() {
    return DocFormat.RTF;
  }

  /** RTF is a stream of groups: a file cut short is read up to the cut (the open groups end there). */
  @Override
  protected Set<FailureKind> truncatedFailureKinds() {
    return EnumSet.noneOf(FailureKind.class);
  }
}
