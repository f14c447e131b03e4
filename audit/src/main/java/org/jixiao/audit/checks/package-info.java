/**
 * One {@link org.jixiao.audit.Check} per rule: each class recomputes one thing the report states
 * and says what it found, with the rule it used and where. Keyword and rule patterns are UTF-8
 * data files beside these classes. Depends on {@code schema} only.
 */
@NullMarked
package org.jixiao.audit.checks;

import org.jspecify.annotations.NullMarked;
