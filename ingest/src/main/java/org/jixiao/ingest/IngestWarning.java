package org.jixiao.ingest;

import org.jspecify.annotations.Nullable;

/** Something a reader skipped or guessed, kept as data rather than lost (Tika's metadata warnings). */
public record IngestWarning(String code, String message, @Nullable Integer page) {}
