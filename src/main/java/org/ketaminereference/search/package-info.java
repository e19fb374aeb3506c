/**
 * Full-text search over the article's sections with Apache Lucene: an in-memory index of
 * heading-delimited passages, built from a {@code RenderedArticle} when a site snapshot is
 * built and swapped with it, English stemming, and snippets with the matching words marked.
 */
package org.ketaminereference.search;
