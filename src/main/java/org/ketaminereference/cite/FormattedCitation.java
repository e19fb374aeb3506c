package org.ketaminereference.cite;

/**
 * A page's citation in one style.
 *
 * @param html the citation as safe HTML, with elements instead of inline styles
 */
public record FormattedCitation(CitationStyle style, String html) {
}
