/**
 * PDF to the neutral model on PDFBox 3: glyph positions ({@link org.apache.pdfbox.text.TextPosition})
 * and drawn ruling lines give paragraphs and table grids (lattice tables from rulings, a
 * conservative column-alignment fallback for tables without rulings, tables joined across page
 * breaks, a borderless table going on at the top of the next page on its columns without a
 * repeated header; paragraph and cell lines joined with the CJK line-breaking rules in {@link
 * org.jixiao.ingest.pdf.LineBreaks}). Entry point: {@link org.jixiao.ingest.pdf.PdfReader}. OFD pages
 * ({@link org.jixiao.ingest.pdf.OfdReader}), XPS pages ({@link org.jixiao.ingest.pdf.XpsReader}) and scanned page images go
 * through the same layout pass. Must not import extract, audit or
 * index, nor Tika's PDF parser (it drops merged-cell spans).
 */
@NullMarked
package org.jixiao.ingest.pdf;

import org.jspecify.annotations.NullMarked;
