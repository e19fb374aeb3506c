package org.ketaminereference.render;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids the page templates use themselves. No heading may take one of them, on any page; a
 * link from the content may point at those the linked page carries, and only those: a link to
 * the landing page's facts box on the about page would lead nowhere.
 *
 * @param reserved every id the templates use, on any page
 * @param onEveryPage the ids every page carries (the layout's)
 * @param onPage further ids a page carries, by its path
 */
public record LayoutIds(Set<String> reserved, Set<String> onEveryPage, Map<String, Set<String>> onPage) {

	/** No ids of the layout's: for rendering the article outside the site. */
	public static final LayoutIds NONE = new LayoutIds(Set.of(), Set.of(), Map.of());

	public LayoutIds {
		reserved = Set.copyOf(reserved);
		onEveryPage = Set.copyOf(onEveryPage);
		onPage = Map.copyOf(onPage);
	}

	/** The layout's ids that the page at {@code path} carries, which a link may point at. */
	public Set<String> on(String path) {
		Set<String> ids = new HashSet<>(onEveryPage);
		ids.addAll(onPage.getOrDefault(path, Set.of()));
		return ids;
	}

}
