/**
 * Accuracy against hand-labelled gold ({@code shared/gold/<stem>.json}): indicator rows matched on
 * level3 + weight + score (NFKC, white space ignored, numbers within 0.005), precision, recall and
 * F1, and the accuracy of the other row fields and of the report fields.
 */
@NullMarked
package org.jixiao.extract.eval;

import org.jspecify.annotations.NullMarked;
