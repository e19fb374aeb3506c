package org.ketaminereference.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Which link targets may reach a reader: http, https and mailto links, in-page fragments and
 * site-relative paths. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:}, in
 * any case or encoding) is removed. Checked on the rendered HTML, where every kind of Markdown
 * link (inline, reference, autolink, image) has become a plain decoded attribute value.
 */
final class LinkPolicy {

	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

	// Browsers ignore ASCII tabs, newlines and controls inside URLs ("java\tscript:").
	private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]");

	private LinkPolicy() {
	}

	/** Whether a link target is allowed on a page. */
	static boolean isAllowedLink(String url) {
		String normalised = normalise(url);
		Matcher scheme = SCHEME.matcher(normalised);
		if (scheme.find()) {
			return LINK_SCHEMES.contains(scheme.group(1));
		}
		return !normalised.startsWith("\\") && !normalised.startsWith("/\\");
	}

	/** Whether an image source is allowed: only the site's own images (the CSP allows no others). */
	static boolean isAllowedImage(String url) {
		String normalised = normalise(url);
		return normalised.startsWith("/") && !normalised.startsWith("//") && !normalised.startsWith("/\\");
	}

	/** Removes every link and image target the policy does not allow, below {@code root}. */
	static void apply(Element root) {
		for (Element link : root.select("a[href]")) {
			if (!isAllowedLink(link.attr("href"))) {
				link.removeAttr("href");
			}
			else if (isExternal(link.attr("href"))) {
				link.attr("rel", "external noopener noreferrer");
			}
		}
		for (Element image : root.select("img")) {
			if (!isAllowedImage(image.attr("src"))) {
				image.removeAttr("src");
			}
		}
	}

	private static boolean isExternal(String url) {
		String normalised = normalise(url);
		return normalised.startsWith("http:") || normalised.startsWith("https:") || normalised.startsWith("//");
	}

	private static String normalise(String url) {
		return IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
