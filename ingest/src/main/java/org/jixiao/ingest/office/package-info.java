/**
 * Internal, not API: plumbing shared by the office readers ({@code ooxml}, {@code ole}, {@code
 * odf}): Word-style table merge resolution, spreadsheet layout (title rows, trimming), POI
 * workbooks as sheet cells, and the mapping of library exceptions to {@link
 * org.jixiao.ingest.FailureKind}. Must not import extract, audit or index.
 */
@NullMarked
package org.jixiao.ingest.office;

import org.jspecify.annotations.NullMarked;
