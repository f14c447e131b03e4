package org.jixiao.app.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** 导入结果: what an import did with one file, as its run manifest says it ({@code imported}, {@code unchanged}…). */
public enum ImportOutcome {
  /** read, extracted, audited, stored and indexed */
  IMPORTED,
  /** its content is stored already, by this extractor version, under this path: not read again */
  UNCHANGED,
  /** its content was met before under another path (in this run or stored): the path is added to that report */
  DUPLICATE,
  /** read, and the same report as one stored from another file (another format of it): kept, listed, not indexed again */
  RENDERING,
  /** read, but nothing of a performance-evaluation report in it */
  NOT_A_REPORT,
  /** could not be read, extracted, audited or stored; the reason says why */
  FAILED;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
