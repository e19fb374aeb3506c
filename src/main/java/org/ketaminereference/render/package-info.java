/**
 * Turning loaded content into safe HTML: Markdown with raw HTML escaped and link schemes
 * allow-listed, stable heading ids with permalinks, numbered citations, and the reference lists
 * (formatted by the {@code cite} package).
 */
package org.ketaminereference.render;
