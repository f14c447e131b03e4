/**
 * 名称: the one way printed labels and indicator names are compared ({@link Names}) and the
 * canonical indicator keys ({@link IndicatorKeys}). Pure functions over strings: must not import
 * ingest, extract, audit, index, Tika, POI, PDFBox or Lucene.
 */
@NullMarked
package org.jixiao.text.name;

import org.jspecify.annotations.NullMarked;
