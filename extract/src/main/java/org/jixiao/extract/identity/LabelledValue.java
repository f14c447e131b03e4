package org.jixiao.extract.identity;

import org.jixiao.schema.SourceRef;

/** A value printed after a label: in the next table cell, or after "标签：" in a line. */
record LabelledValue(String label, String value, SourceRef source) {}
