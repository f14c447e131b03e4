/**
 * 导出: files for people to open in Excel, written from index results (the indicator comparison
 * as CSV and XLSX). The only place the application writes spreadsheets, so POI stays out of
 * {@code index}. Imports {@code index} and {@code app.batch} (atomic writes); never {@code cli}.
 */
@NullMarked
package org.jixiao.app.export;

import org.jspecify.annotations.NullMarked;
