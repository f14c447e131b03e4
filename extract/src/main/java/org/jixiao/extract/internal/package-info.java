/** Shared plumbing of extract. Not API: may change without notice. */
@NullMarked
package org.jixiao.extract.internal;

import org.jspecify.annotations.NullMarked;
