/**
 * Headline budget figures (预算执行情况) from tables — each figure classified by the labels of its
 * row and column ({@code budget-keywords.txt}) — and, for fields no table states, from prose
 * ({@code budget-prose.txt}). Money in 万元; the printed text is kept as evidence. Imports the
 * shared draft ({@code extract.draft}) and the table vocabulary, never the cascade's package
 * {@code org.jixiao.extract}.
 */
@NullMarked
package org.jixiao.extract.budget;

import org.jspecify.annotations.NullMarked;
