package org.jixiao.extract.table;

import org.jspecify.annotations.Nullable;

/**
 * What one table hands to the next: its last indicator header (and its width), and the groups
 * its last row sat in, so that a table continued after a page break without its header, or with
 * its merged group cells cut, is read as the continuation it is.
 */
record TableContext(@Nullable HeaderRow header, int cols, @Nullable String goal, @Nullable String level1, @Nullable String level2) {
  static final TableContext NONE = new TableContext(null, 0, null, null, null);
}
