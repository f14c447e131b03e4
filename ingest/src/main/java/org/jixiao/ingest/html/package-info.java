/**
 * HTML reports read with jsoup: paragraphs and headings in document order, and tables laid out
 * with the HTML table model (rowspan/colspan resolved). Must not import extract, audit or index.
 */
@NullMarked
package org.jixiao.ingest.html;

import org.jspecify.annotations.NullMarked;
