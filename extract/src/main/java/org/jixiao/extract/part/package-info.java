/**
 * 多份报告: splits a document that holds several reports (a finance bureau's 项目支出绩效自评表 of all
 * its projects in one file, one sheet per project in a workbook) into one part per report, and reads
 * a 汇总 summary sheet or table as a summary, never as a report. Vocabulary in {@code
 * part-labels.txt}. Imports the table vocabulary ({@code extract.table}) and the shared draft,
 * never the cascade's package {@code org.jixiao.extract}.
 */
@NullMarked
package org.jixiao.extract.part;

import org.jspecify.annotations.NullMarked;
