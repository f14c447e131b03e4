/**
 * One {@link org.jixiao.audit.Check} per rule: each class recomputes one thing the report states
 * and says what it found, with the rule it used and where, and declares its {@link
 * org.jixiao.schema.CheckId}. Registered in {@code META-INF/services/org.jixiao.audit.Check}; nothing
 * names these classes, so adding a check is adding a class, a line there and an id. Keyword and rule
 * patterns are UTF-8 data files beside these classes. Imports {@code org.jixiao.audit} (the {@code
 * Check} contract), {@code audit.internal}, {@code schema} and {@code text} only.
 */
@NullMarked
package org.jixiao.audit.checks;

import org.jspecify.annotations.NullMarked;
