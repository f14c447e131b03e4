/**
 * The normalized records every module speaks: {@link org.jixiao.schema.Report} and its parts, the
 * audit {@link org.jixiao.schema.Finding}, and the one configured JSON mapper {@link
 * org.jixiao.schema.Json}. Field names follow {@code shared/gold/FORMAT.md}. What other modules once
 * passed as strings is typed here: {@link org.jixiao.schema.GradeLevel}, {@link
 * org.jixiao.schema.CheckId}, the map keys {@link org.jixiao.schema.ReportField}, {@link
 * org.jixiao.schema.IndicatorField} and {@link org.jixiao.schema.BudgetField}, every warning's
 * {@link org.jixiao.schema.WarningCode}, a failed file's {@link org.jixiao.schema.FailureCode} and a
 * PDF table's {@link org.jixiao.schema.TableMethod}; each keeps its former JSON spelling. No I/O, no
 * format libraries: this package must not import Tika, POI, PDFBox or Lucene, nor any other jixiao
 * module.
 */
@NullMarked
package org.jixiao.schema;

import org.jspecify.annotations.NullMarked;
