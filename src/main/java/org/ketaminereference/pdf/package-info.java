/**
 * The whole article as a PDF ({@code /article.pdf}, A4, and {@code /article-letter.pdf}, US
 * Letter), made from the snapshot's rendered {@code /article} page by openhtmltopdf. Never on the
 * start-up path: a PDF is made on its first request (or by the export) and kept for the snapshot,
 * and PDFBox, Batik and openhtmltopdf are loaded only then. Depends on {@code site}; {@code web}
 * and {@code cli} (the export) use it.
 */
package org.ketaminereference.pdf;
