/**
 * Headline budget figures (预算执行情况) from tables — each figure classified by the labels of its
 * row and column ({@code budget-keywords.txt}) — from lines of "标签：数" pairs outside tables
 * (by the same vocabulary, the unit from the line or its heading), and, for fields no table states,
 * from prose ({@code budget-prose.txt}). Money only from money labels and columns, never from
 * 分值/得分/执行率. Money in 万元; the printed text is kept as evidence. Imports the
 * shared draft ({@code extract.draft}) and the table vocabulary, never the cascade's package
 * {@code org.jixiao.extract}.
 */
@NullMarked
package org.jixiao.extract.budget;

import org.jspecify.annotations.NullMarked;
