/**
 * Internal, not API: plumbing shared by readers of different format families (the office readers
 * share {@code org.jixiao.ingest.office}). May change without notice. Must not import extract,
 * audit or index.
 */
@NullMarked
package org.jixiao.ingest.internal;

import org.jspecify.annotations.NullMarked;
