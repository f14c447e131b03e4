package org.jixiao.search;

import org.jixiao.schema.Finding;
import org.jspecify.annotations.Nullable;

/** One listed finding with the report it is about. */
public record FindingHit(String reportId, @Nullable String department, @Nullable String province,
    @Nullable Integer fiscalYear, Finding finding) {}
