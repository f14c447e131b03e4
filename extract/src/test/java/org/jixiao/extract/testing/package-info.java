/**
 * Test scope only: hand-built documents ({@link org.jixiao.extract.testing.DocumentFixture}), the
 * sample corpus and its gold ({@link org.jixiao.extract.testing.Samples}), the per-document
 * ratchet ({@link org.jixiao.extract.testing.Ratchet}) and JSON snapshot diffs ({@link
 * org.jixiao.extract.testing.JsonDiff}). Works like Lucene's test-framework; not shipped.
 */
@NullMarked
package org.jixiao.extract.testing;

import org.jspecify.annotations.NullMarked;
