/**
 * OLE2 (Office 97-2003) readers: {@link org.jixiao.ingest.ole.DocReader} (Word, via POI HWPF) and
 * {@link org.jixiao.ingest.ole.XlsReader} (Excel, via POI HSSF). Word field codes and control
 * characters are cleaned by {@link org.jixiao.ingest.ole.FieldCodes}. Must not import extract,
 * audit or index.
 */
@NullMarked
package org.jixiao.ingest.ole;

import org.jspecify.annotations.NullMarked;
