/** The jixiao application: {@code Main} and the CLI verbs in {@code cli}. May import every module. */
@NullMarked
package org.jixiao.app;

import org.jspecify.annotations.NullMarked;
