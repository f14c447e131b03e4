/**
 * The jixiao application: {@code Main}, the CLI verbs in {@code cli} (options and output only),
 * the batch jobs they call in {@code batch}, and file exports in {@code export}. May import every
 * module.
 */
@NullMarked
package org.jixiao.app;

import org.jspecify.annotations.NullMarked;
