package org.jixiao.schema;

/** The printed text a scalar field was read from, and where. */
public record Evidence(String text, SourceRef source, ExtractionMethod method) {}
