/**
 * The table {@link org.jixiao.extract.draft.IndicatorStrategy}: finds header rows by their
 * vocabulary ({@code header-keywords.txt}), maps columns to {@link
 * org.jixiao.extract.table.ColumnRole}s, and reads indicator rows, first-level subtotals and totals
 * from the rows below. Each table is read once into {@link org.jixiao.extract.table.TableRows}
 * (every cell parsed once, every row classified once), and readers pass those values, not text.
 * Never keyed to a column position or a sample. Imports the shared draft ({@code extract.draft}),
 * never the cascade's package {@code org.jixiao.extract} nor another stage.
 */
@NullMarked
package org.jixiao.extract.table;

import org.jspecify.annotations.NullMarked;
