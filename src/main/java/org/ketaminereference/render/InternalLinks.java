package org.ketaminereference.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.routes.Routes;

/**
 * Links from the article to the site's own pages, collected while each file is rendered and
 * checked once the whole article is: every site-relative link must name a page the site builds,
 * and its fragment an anchor on that page. A broken link is a content problem with its file and
 * line, so an author finds it before a reader does.
 */
final class InternalLinks {

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	private static final List<String> PAGES_IN_MESSAGES = Routes.PAGES.stream().sorted().toList();

	private final List<Link> links = new ArrayList<>();

	/**
	 * Notes a link found in {@code file} at {@code line}, on the page at {@code page}. External
	 * links and links to assets are not checked here.
	 */
	void add(String file, int line, String page, String href) {
		if (SCHEME.matcher(href).find() || href.startsWith("//")) {
			return;
		}
		try {
			URI target = new URI("https", "site", page, null).resolve(new URI(href));
			if (target.getPath() != null && !target.getPath().startsWith(Routes.ASSETS)) {
				links.add(new Link(file, line, page, href, target.getPath(), target.getFragment()));
			}
		}
		catch (URISyntaxException ex) {
			links.add(new Link(file, line, page, href, null, null));
		}
	}

	/**
	 * Checks every link noted so far.
	 * @param anchors every page the article becomes, with the ids a link may point at on it
	 * @param oldAddresses paths and {@code path#id}s that were replaced, with their replacements
	 */
	void check(Map<String, Set<String>> anchors, Map<String, String> oldAddresses, List<ContentProblem> problems) {
		for (Link link : links) {
			String problem = problemWith(link, anchors, oldAddresses);
			if (problem != null) {
				problems.add(new ContentProblem(link.file(), link.line(), "link", problem));
			}
		}
	}

	private static String problemWith(Link link, Map<String, Set<String>> anchors, Map<String, String> oldAddresses) {
		if (link.path() == null) {
			return "'" + link.href() + "' is not a valid address";
		}
		String fragment = (link.fragment() != null && !link.fragment().isEmpty()) ? link.fragment() : null;
		String address = (fragment != null) ? link.path() + "#" + fragment : link.path();
		if (oldAddresses.containsKey(address)) {
			return "'" + address + "' is an old address; link to '" + oldAddresses.get(address) + "'";
		}
		if (oldAddresses.containsKey(link.path())) {
			String current = oldAddresses.get(link.path()) + ((fragment != null) ? "#" + fragment : "");
			return "'" + address + "' is an old address; link to '" + current + "'";
		}
		Set<String> ids = anchors.get(link.path());
		if (ids == null) {
			return "no page at '" + link.path() + "'; link to " + String.join(", ", PAGES_IN_MESSAGES)
					+ " or a section's slug";
		}
		if (fragment == null || ids.contains(fragment)) {
			return null;
		}
		return link.path().equals(link.page()) && link.href().startsWith("#")
				? "no heading with id '" + fragment + "' on this page"
				: "'" + link.path() + "' has no heading with id '" + fragment + "'";
	}

	/** A link as written ({@code href}) and as resolved against its page ({@code path}, {@code fragment}). */
	private record Link(String file, int line, String page, String href, String path, String fragment) {
	}

}
