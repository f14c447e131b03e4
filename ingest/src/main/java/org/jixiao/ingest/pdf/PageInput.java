package org.jixiao.ingest.pdf;

import java.util.List;

/**
 * One page as read in the first pass: its glyphs and rulings from the text layer, or from OCR when
 * {@code scanned}.
 */
record PageInput(int page, PageFrame frame, List<Glyph> glyphs, List<Ruling> rulings, int images, boolean scanned) {}
