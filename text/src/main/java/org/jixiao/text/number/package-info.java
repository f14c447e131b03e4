/**
 * 数值: numbers, money and indicator values as printed in the reports (full-width digits, 中文数字,
 * 元/万元/亿元, comparators such as {@code ≥} and {@code 不低于}, units such as {@code 次} and
 * {@code 万人次}). Every parser returns {@code Optional.empty()} or {@link
 * org.jixiao.schema.ValueKind#TEXT} rather than guess; arithmetic is exact {@link
 * java.math.BigDecimal}. Word lists live in {@code units.txt} and {@code comparators.txt} next to
 * these classes. Pure functions over strings: must not import ingest, extract, audit, index, Tika, POI, PDFBox or Lucene.
 */
@NullMarked
package org.jixiao.text.number;

import org.jspecify.annotations.NullMarked;
