package org.jixiao.extract.identity;

import java.util.Map;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.ReportKind;
import org.jspecify.annotations.Nullable;

/**
 * Who and what a report is about; {@code project} is the 项目名称 and {@code implementingUnit} the
 * 实施单位 of a project report (labelled cells or lines), else null; {@code evidence} keyed by the Report field name. */
public record Identity(
    @Nullable String title,
    @Nullable String department,
    @Nullable Integer fiscalYear,
    @Nullable AdminLevel adminLevel,
    @Nullable String province,
    @Nullable ReportKind reportKind,
    @Nullable String evaluator,
    @Nullable String publicationDate,
    Map<ReportField, Evidence> evidence,
    @Nullable String project,
    @Nullable String implementingUnit) {}
