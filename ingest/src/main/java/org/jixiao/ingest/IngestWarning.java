package org.jixiao.ingest;

import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/** Something a reader skipped or guessed, kept as data rather than lost (Tika's metadata warnings). */
public record IngestWarning(WarningCode code, String message, @Nullable Integer page) {}
