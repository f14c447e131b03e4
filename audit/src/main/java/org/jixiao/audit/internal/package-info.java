/**
 * Not API: number comparison at printed precision, text normalization, the safe arithmetic
 * evaluator and data-file loading shared by the checks.
 */
@NullMarked
package org.jixiao.audit.internal;

import org.jspecify.annotations.NullMarked;
