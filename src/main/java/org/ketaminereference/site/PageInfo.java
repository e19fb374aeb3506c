package org.ketaminereference.site;

/**
 * What the layout needs to know about the page it frames.
 *
 * @param path the path the page is served at, for the canonical link and the current-page mark
 * @param title the page's own title (its h1)
 * @param documentTitle the {@code <title>}: page and site title
 * @param description the meta description
 */
public record PageInfo(String path, String title, String documentTitle, String description) {
}
