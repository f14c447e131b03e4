/**
 * Not API: number comparison at printed precision, the safe arithmetic evaluator and the finding
 * builder shared by the checks. The floor of the module: imports nothing of {@code org.jixiao.audit}
 * or its other packages (only {@code schema} and {@code text}), so no package cycle runs through it.
 */
@NullMarked
package org.jixiao.audit.internal;

import org.jspecify.annotations.NullMarked;
