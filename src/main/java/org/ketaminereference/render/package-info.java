/**
 * Turning loaded content into safe HTML: Markdown with raw HTML escaped and link schemes
 * allow-listed, stable heading ids with permalinks, numbered citations and formatted references.
 */
package org.ketaminereference.render;
