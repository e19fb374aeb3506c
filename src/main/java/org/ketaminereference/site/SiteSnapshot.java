package org.ketaminereference.site;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site at one moment: every page by path, old paths that redirect, and the error
 * pages. Immutable; a content change builds a new snapshot.
 *
 * @param pages every page and asset, by the path it is served at
 * @param redirects old paths and the paths they moved to
 * @param notFound the 404 page
 * @param error the page for any other error
 * @param lastModified when the content was last changed, for {@code Last-Modified}
 */
public record SiteSnapshot(Map<String, Page> pages, Map<String, String> redirects, Page notFound, Page error,
		Instant lastModified) {

	public SiteSnapshot {
		pages = Map.copyOf(pages);
		redirects = Map.copyOf(redirects);
	}

	public Optional<Page> page(String path) {
		return Optional.ofNullable(pages.get(path));
	}

}
