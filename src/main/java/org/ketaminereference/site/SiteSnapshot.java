package org.ketaminereference.site;

import java.time.Instant;
import java.util.Map;

import org.ketaminereference.search.SearchIndex;

/**
 * The whole site at one moment: every page by path, old paths that redirect, the error pages
 * and the search index. Immutable; a content change builds a new snapshot, so replacing the
 * snapshot swaps pages and index together.
 *
 * @param pages every page and asset, by the path it is served at
 * @param redirects old paths and the paths they moved to
 * @param notFound the 404 page
 * @param error the page for any other error
 * @param lastModified when the content was last changed, for {@code Last-Modified}
 * @param site what the layout needs, for the page rendered per request (search results)
 * @param search the index of the article these pages show
 */
public record SiteSnapshot(Map<String, Page> pages, Map<String, String> redirects, Page notFound, Page error,
		Instant lastModified, SiteInfo site, SearchIndex search) {

	public SiteSnapshot {
		pages = Map.copyOf(pages);
		redirects = Map.copyOf(redirects);
	}

}
