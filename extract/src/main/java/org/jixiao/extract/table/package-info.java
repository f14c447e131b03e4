/**
 * Indicator tables: finds header rows by their vocabulary ({@code header-keywords.txt}), maps
 * columns to {@link org.jixiao.extract.table.ColumnRole}s, and reads indicator rows, first-level
 * subtotals and totals from the rows below. Never keyed to a column position or a sample.
 */
@NullMarked
package org.jixiao.extract.table;

import org.jspecify.annotations.NullMarked;
