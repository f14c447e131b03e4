/**
 * Office Open XML readers: {@link org.jixiao.ingest.ooxml.DocxReader} (Word 2007+, via POI XWPF)
 * and {@link org.jixiao.ingest.ooxml.XlsxReader} (Excel 2007+, via POI XSSF). Grids are read from
 * the XML directly because Tika's XHTML drops merged-cell spans. Must not import extract, audit or
 * index.
 */
@NullMarked
package org.jixiao.ingest.ooxml;

import org.jspecify.annotations.NullMarked;
