/**
 * The index benchmark: synthetic normalized reports built from real indicator names, and the
 * measurement of indexing throughput, index size, heap and query latency. Not used by the index
 * itself; the CLI's {@code bench index} runs it.
 */
@NullMarked
package org.jixiao.index.bench;

import org.jspecify.annotations.NullMarked;
