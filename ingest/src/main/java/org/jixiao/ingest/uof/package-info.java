/**
 * UOF (GB/T 20916, 统一办公格式), the national office format 永中 Office and WPS save: {@link
 * org.jixiao.ingest.uof.UofReader} reads a UOF 1.0 text document (one XML file) with the JDK's StAX parser (no DTDs, no
 * external entities). Must not import extract, audit or index.
 */
@NullMarked
package org.jixiao.ingest.uof;

import org.jspecify.annotations.NullMarked;
