/** The picocli verbs. Exit codes: 0 ok, 1 failure, 2 usage error, 3 finished but some files failed. */
@NullMarked
package org.jixiao.app.cli;

import org.jspecify.annotations.NullMarked;
