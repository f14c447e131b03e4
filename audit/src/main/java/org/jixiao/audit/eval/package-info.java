/**
 * 审计评测: scores an audit's findings against expected findings judged by hand
 * ({@code findings/<stem>.json} beside a corpus): which produced finding answers which expected one,
 * and the precision, recall and reading load that follow. Depends on {@code schema} and {@code
 * text}; must not import {@code audit.checks}, ingest, extract, index or app.
 */
@NullMarked
package org.jixiao.audit.eval;

import org.jspecify.annotations.NullMarked;
