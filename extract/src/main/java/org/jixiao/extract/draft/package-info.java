/**
 * What the stages of the extraction cascade share: the per-document {@link
 * org.jixiao.extract.draft.ReportDraft} they write into, the {@link
 * org.jixiao.schema.WarningCode} codes they count, the grade vocabulary, and the {@link
 * org.jixiao.extract.draft.IndicatorStrategy} contract every indicator reader implements. Stages
 * ({@code table}, {@code prose}, {@code budget}, {@code identity}) import this package, never the
 * cascade's package {@code org.jixiao.extract}; this package imports no stage and no format library.
 */
@NullMarked
package org.jixiao.extract.draft;

import org.jspecify.annotations.NullMarked;
