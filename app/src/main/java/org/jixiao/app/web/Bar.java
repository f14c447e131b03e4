package org.jixiao.app.web;

import org.jspecify.annotations.Nullable;

/** One labelled count of a chart or a facet, with the link that lists what it counts (null: nothing to open). */
record Bar(String label, long count, @Nullable String link) {}
