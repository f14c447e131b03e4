package org.jixiao.extract.prose;

import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ScoreStatement;

/** An indicator scored in prose: as a row of its own, and as a statement to attach to a table row. */
public record ProseRow(IndicatorRow row, ScoreStatement statement) {}
