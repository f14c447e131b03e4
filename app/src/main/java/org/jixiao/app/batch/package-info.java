/**
 * 批处理: running the pipeline over many files. {@link org.jixiao.app.batch.BatchRunner} is the one
 * loop (sequential or parallel, a time budget per file, one status line per file, failures as
 * data, the batch goes on); the jobs ({@code ImportJob}, {@code IndexJob}) and the steps they
 * chain ({@code Pipeline}, {@code Extraction}, {@code ReportStore}) are what a command or a web
 * page calls. May import every library module; never {@code app.cli} or picocli, so a job knows
 * nothing of options or exit codes.
 */
@NullMarked
package org.jixiao.app.batch;

import org.jspecify.annotations.NullMarked;
