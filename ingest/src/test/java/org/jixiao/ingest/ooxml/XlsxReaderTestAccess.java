package org.jixiao.ingest.ooxml;

import org.apache.poi.ss.usermodel.Workbook;

/** Lets the XLS test build the same crafted sheet as {@link XlsxReaderTest}. */
public final class XlsxReaderTestAccess {
  private XlsxReaderTestAccess() {}

  public static void fillCrafted(Workbook wb) {
    XlsxReaderTest.fillCrafted(wb);
  }
}
