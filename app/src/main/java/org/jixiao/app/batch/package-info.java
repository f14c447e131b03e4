/** Running the pipeline over many files: one outcome per file, failures as data, the batch goes on. */
@NullMarked
package org.jixiao.app.batch;

import org.jspecify.annotations.NullMarked;
