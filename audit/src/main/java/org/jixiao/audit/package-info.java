/**
 * 审计: recomputes what a {@link org.jixiao.schema.Report} states and reports every mismatch as a
 * {@link org.jixiao.schema.Finding}. {@link org.jixiao.audit.Auditor} runs the {@link
 * org.jixiao.audit.Check}s it finds through {@link java.util.ServiceLoader} (those of {@code
 * org.jixiao.audit.checks}, which this package must never import: that was a package cycle); {@link
 * org.jixiao.audit.FindingTable}, {@link org.jixiao.audit.FindingCsv} and {@link
 * org.jixiao.audit.AuditHtmlReport} render the result; {@link org.jixiao.audit.DisplayWidth} lays
 * out CJK text for the plain-text tables here and in the CLI. Depends on {@code schema}, {@code text}
 * and {@code audit.internal}: must not import ingest, extract, index, any format library or {@code
 * audit.checks}.
 */
@NullMarked
package org.jixiao.audit;

import org.jspecify.annotations.NullMarked;
