package org.jixiao.extract.budget;

import java.math.BigDecimal;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.SourceRef;

/**
 * One budget figure found: value in 万元 (percent for the rate), the printed text, and how good
 * the reading is ({@code quality} 2: measure and scope read on different axes of a table, the
 * clean case; 1: both from one axis or labelled lines; 0: prose). {@code initialPart}: a part of
 * the 年初 budget ("年初预算X，其中基本支出A"), the full-year part only where the budget was not
 * adjusted during the year.
 */
record BudgetFact(BudgetField field, BigDecimal value, String printed, SourceRef source, ExtractionMethod method,
    int quality, boolean initialPart) {
  BudgetFact(BudgetField field, BigDecimal value, String printed, SourceRef source, ExtractionMethod method, int quality) {
    this(field, value, printed, source, method, quality, false);
  }
}
