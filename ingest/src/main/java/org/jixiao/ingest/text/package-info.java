/**
 * Plain text reports: charset detection (strict UTF-8 first, then ICU4J as shipped by Tika) and
 * the rebuilding of the three table renderings found in published report text (tab-separated rows,
 * one cell per line, and space-aligned grids as {@code pdftotext -layout} prints them, their wrapped and
 * vertically centred cells put back into their rows and merged labels). Must not import extract, audit or index.
 */
@NullMarked
package org.jixiao.ingest.text;

import org.jspecify.annotations.NullMarked;
