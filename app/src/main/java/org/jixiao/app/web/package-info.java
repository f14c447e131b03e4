/**
 * 网页: {@code jixiao serve}, the auditors' page over the data directory import writes. Every page has a JSON twin
 * under {@code /api} built from the same view record ({@link org.jixiao.app.web.Pages}), so the page shows exactly
 * what a program gets; templates escape every text of a document, files are reached by report id only, and every
 * response carries a Content-Security-Policy that allows no inline script.
 */
@NullMarked
package org.jixiao.app.web;

import org.jspecify.annotations.NullMarked;
