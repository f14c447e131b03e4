/**
 * File bytes to the neutral document model: {@link org.jixiao.ingest.ParsedDocument} holding
 * {@link org.jixiao.ingest.Paragraph}s and {@link org.jixiao.ingest.TableGrid}s with provenance.
 * {@link org.jixiao.ingest.DocumentIngestor} is the one entry point; one sub-package per format
 * family holds its {@link org.jixiao.ingest.FormatReader}. Must not import extract, audit or index.
 */
@NullMarked
package org.jixiao.ingest;

import org.jspecify.annotations.NullMarked;
