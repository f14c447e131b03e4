package org.jixiao.ingest.ocr;

/**
 * One recognized character in image pixels (top-down), with the box of the text line it stands on
 * ({@code top}, {@code bottom}) so that characters of one line share a baseline, and Tesseract's
 * recognition confidence (0–100).
 */
public record OcrGlyph(String text, int x0, int x1, int top, int bottom, float confidence) {}
