/**
 * Rich Text Format: paragraphs and tables with their merged cells, from rtfparserkit's events.
 * Tika's RTF parser gives table cells as loose paragraphs, which loses every indicator table.
 */
@NullMarked
package org.jixiao.ingest.rtf;

import org.jspecify.annotations.NullMarked;
