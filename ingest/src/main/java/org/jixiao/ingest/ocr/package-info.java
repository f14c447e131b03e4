/**
 * OCR of scanned pages (issue 11) on Tesseract 5 through Tess4J: page images are cleaned ({@link
 * org.jixiao.ingest.ocr.GreyImage}: coloured seals dropped, the paper flattened), binarized ({@link
 * org.jixiao.ingest.ocr.InkMap}), deskewed ({@link org.jixiao.ingest.ocr.Skew}); ruling lines are found
 * as long pixel runs ({@link org.jixiao.ingest.ocr.LineFinder}), the cells they enclose ({@link
 * org.jixiao.ingest.ocr.CellFinder}) are recognized one by one ({@link org.jixiao.ingest.ocr.CellReader})
 * on the page with its rulings painted out, each cell's text lines ({@link org.jixiao.ingest.ocr.CellLines})
 * set on one strip ({@link org.jixiao.ingest.ocr.CellStrip}), comparison signs checked against their ink
 * ({@link org.jixiao.ingest.ocr.ComparisonSigns}); the text outside them is read as one column of lines,
 * without the punctuation the recognizer makes of column gaps ({@link org.jixiao.ingest.ocr.StrayMarks}). {@link org.jixiao.ingest.ocr.PageScanner} yields characters with
 * boxes and confidences plus the rulings, in pixels; the PDF reader lays them out as it lays out a text
 * layer, so tables get their grid and spans from the same lattice code. Numbers are not read here: a
 * numeric cell is only re-recognized with a restricted character set. Must not import the format
 * packages (pdf, ooxml…), extract, audit or index.
 */
@NullMarked
package org.jixiao.ingest.ocr;

import org.jspecify.annotations.NullMarked;
