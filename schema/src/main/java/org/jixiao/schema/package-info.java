/**
 * The normalized records every module speaks: {@link org.jixiao.schema.Report} and its parts, the
 * audit {@link org.jixiao.schema.Finding}, and the one configured JSON mapper {@link
 * org.jixiao.schema.Json}. Field names follow {@code shared/gold/FORMAT.md}. No I/O, no format
 * libraries: this package must not import Tika, POI, PDFBox or Lucene.
 */
@NullMarked
package org.jixiao.schema;

import org.jspecify.annotations.NullMarked;
