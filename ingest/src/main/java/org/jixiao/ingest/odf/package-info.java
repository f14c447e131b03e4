/**
 * OpenDocument readers: {@link org.jixiao.ingest.odf.OdfReader} reads ODT and ODS from the
 * package's content.xml with the JDK's StAX parser (no DTDs, no external entities), resolving
 * table:number-columns-spanned / number-rows-spanned and capping repetition so that the usual
 * "1,048,576 repeated empty rows" cannot explode. Must not import extract, audit or index.
 */
@NullMarked
package org.jixiao.ingest.odf;

import org.jspecify.annotations.NullMarked;
