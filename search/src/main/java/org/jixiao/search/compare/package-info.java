/**
 * 指标对比: one indicator across departments and years, as rows, and how they sort (拼音 for names). Imports schema
 * only; never {@code org.jixiao.search} itself, which builds on it.
 */
@NullMarked
package org.jixiao.search.compare;

import org.jspecify.annotations.NullMarked;
