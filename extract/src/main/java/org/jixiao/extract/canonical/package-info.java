/**
 * 指标归一: canonical keys for 三级指标 names, so that 预算执行率 in one report and 部门预算执行率 in
 * another compare as the same measure. The dictionary is the UTF-8 file {@code indicator-keys.txt}.
 * Must not import ingest, Tika, POI, PDFBox or Lucene.
 */
@NullMarked
package org.jixiao.extract.canonical;

import org.jspecify.annotations.NullMarked;
