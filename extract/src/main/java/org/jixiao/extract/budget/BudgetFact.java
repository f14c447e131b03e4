package org.jixiao.extract.budget;

import java.math.BigDecimal;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.SourceRef;

/**
 * One budget figure found: value in 万元 (percent for the rate), the printed text, and how good
 * the reading is ({@code quality} 2: measure and scope read on different axes of a table, the
 * clean case; 1: both from one axis; 0: prose).
 */
record BudgetFact(BudgetField field, BigDecimal value, String printed, SourceRef source, ExtractionMethod method, int quality) {}
