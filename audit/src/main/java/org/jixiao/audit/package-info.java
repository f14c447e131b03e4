/**
 * 审计: recomputes what a {@link org.jixiao.schema.Report} states and reports every mismatch as a
 * {@link org.jixiao.schema.Finding}. {@link org.jixiao.audit.Auditor} runs the {@link
 * org.jixiao.audit.Check}s of {@code org.jixiao.audit.checks}; {@link
 * org.jixiao.audit.FindingTable}, {@link org.jixiao.audit.FindingCsv} and {@link
 * org.jixiao.audit.AuditHtmlReport} render the result; {@link org.jixiao.audit.DisplayWidth} lays
 * out CJK text for the plain-text tables here and in the CLI. Depends on {@code schema} only: must not
 * import ingest, extract, index or any format library.
 */
@NullMarked
package org.jixiao.audit;

import org.jspecify.annotations.NullMarked;
