/**
 * The fallback reader: any format Tika can parse that has no reader of its own (RTF, WordPerfect,
 * EPUB…) is read through Tika's XHTML into paragraphs and tables. Tables keep no merged cells
 * there (Tika's XHTML drops spans), which is why the main formats have readers of their own.
 */
@NullMarked
package org.jixiao.ingest.tika;

import org.jspecify.annotations.NullMarked;
