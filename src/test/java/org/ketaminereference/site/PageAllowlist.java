package org.ketaminereference.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page of the site may contain: these elements and attributes and nothing else (no
 * script, style, frames, plugins, SVG, MathML or forms; no event handlers or style attributes),
 * links only to http, https, mailto or the site, images only from the site. The figures' SVG
 * drawings, which the layout adds, have an allowlist of their own ({@link #svgViolations}). Written apart from
 * the renderer's own link policy, so that one does not merely agree with itself.
 */
public final class PageAllowlist {

	static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "link", "body", "header", "nav", "main",
			"article", "section", "aside", "footer", "div", "span", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
			"li", "dl", "dt", "dd", "a", "em", "strong", "i", "b", "code", "pre", "blockquote", "hr", "br", "img", "sup",
			"sub", "small", "time", "details", "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "del", "figure", "dfn", "abbr", "mark", "cite",
			"figcaption");

	static final Set<String> ATTRIBUTES = Set.of("id", "class", "href", "src", "alt", "title", "lang", "charset", "name",
			"content", "rel", "role", "datetime", "tabindex", "start", "align", "colspan", "rowspan", "scope", "download",
			"type", "hidden", "data-label", "data-by");

	static final String SITE_OWNED = "script[type=application/ld+json]:not([src]), script[src~=^/assets/site\\.[0-9a-f]+\\.js$], "
			+ "meta[property~=^og:], meta[name~=^twitter:], link[rel=icon][href~=^data:image/svg\\+xml,[A-Za-z0-9%\\x27./:=_-]+$], link[rel=alternate][type=application/atom+xml][href=/changes.atom], form[role=search][action=/search][method=get], "
			+ "header div.theme-switch, "
			+ "figure svg[role=img][aria-labelledby~=^fig-]";

	/** The figures' drawings: shapes and text, nothing that loads, links or runs anything. */
	static final String FIGURE_SVG = "figure svg";

	static final Set<String> SVG_ELEMENTS = Set.of("svg", "title", "desc", "g", "defs", "marker", "text", "tspan", "line",
			"rect", "circle", "path");

	/** As jsoup's HTML parser names them: in lower case. */
	static final Set<String> SVG_ATTRIBUTES = Set.of("xmlns", "viewbox", "width", "height", "role", "aria-labelledby",
			"aria-describedby", "id", "class", "x", "y", "dy", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "d",
			"font-size", "font-weight", "text-anchor", "refx", "refy", "markerwidth", "markerheight", "orient",
			"marker-end");

	/** The one kind of reference a drawing may make: to an element of its own, {@code url(#id)}. */
	private static final Pattern OWN_REFERENCE = Pattern.compile("^url\\(#([A-Za-z][\\w-]*)\\)$");

	private static final Pattern SVG_NAMESPACE = Pattern.compile("^http://www\\.w3\\.org/2000/svg$");

	/** {@code <meta name=...>} values a page uses; not {@code http-equiv}, which can redirect. */
	private static final Set<String> META_NAMES = Set.of("viewport", "description", "robots");

	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

	// Browsers drop ASCII whitespace and control characters inside URLs ("java\tscript:").
	private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]");

	private PageAllowlist() {
	}

	/** Everything on the page the allowlist does not allow, described for a failure message. */
	public static List<String> violations(String html) {
		Document page = Jsoup.parse(html);
		List<String> violations = new ArrayList<>();
		// Linked data is let through below, so it must not be able to end its own element.
		for (Element data : page.select("script[type=application/ld+json]")) {
			if (data.data().contains("<")) {
				violations.add("linked data with '<': " + data.data());
			}
		}
		// What the layout itself adds, never built from content: linked data (not executable), the
		// site's own script file, sharing metadata, the icon, the search form and the figures drawn
		// from the data files (their ids start with fig-, which no heading or content id may take).
		for (Element drawing : page.select(FIGURE_SVG)) {
			violations.addAll(svgViolations(drawing));
		}
		page.select(SITE_OWNED).remove();
		for (Element element : page.getAllElements()) {
			if (element == page) {
				continue;
			}
			String tag = element.normalName();
			if (!ELEMENTS.contains(tag)) {
				violations.add("element <" + tag + ">");
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (!ATTRIBUTES.contains(name) && !name.startsWith("aria-")) {
					violations.add("attribute " + name + " on <" + tag + ">");
				}
				else if (name.equals("href") && !isAllowedLink(attribute.getValue())) {
					violations.add("link to " + attribute.getValue());
				}
				else if (name.equals("src") && !isSiteUrl(attribute.getValue())) {
					violations.add("image from " + attribute.getValue());
				}
			}
			if (tag.equals("meta") && element.hasAttr("name") && !META_NAMES.contains(element.attr("name"))) {
				violations.add("meta " + element.attr("name"));
			}
			if (tag.equals("link") && !Set.of("stylesheet", "canonical").contains(element.attr("rel"))) {
				violations.add("link rel=" + element.attr("rel"));
			}
		}
		return violations;
	}

	/**
	 * A figure's SVG, checked on its own terms: only drawing elements and their attributes, no
	 * event handlers, no style, no links and no reference to anything outside the drawing.
	 */
	static List<String> svgViolations(Element drawing) {
		List<String> violations = new ArrayList<>();
		Set<String> ownIds = new HashSet<>(drawing.select("[id]").eachAttr("id"));
		for (Element element : drawing.getAllElements()) {
			String tag = element.normalName();
			if (!SVG_ELEMENTS.contains(tag)) {
				violations.add("figure drawing: element <" + tag + ">");
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue();
				if (!SVG_ATTRIBUTES.contains(name)) {
					violations.add("figure drawing: attribute " + name + " on <" + tag + ">");
				}
				else if (name.equals("xmlns") && !SVG_NAMESPACE.matcher(value).matches()) {
					violations.add("figure drawing: namespace " + value);
				}
				else if (value.toLowerCase(Locale.ROOT).contains("url(") || name.equals("marker-end")) {
					Matcher reference = OWN_REFERENCE.matcher(value);
					if (!reference.matches() || !ownIds.contains(reference.group(1))) {
						violations.add("figure drawing: reference " + value + " on <" + tag + ">");
					}
				}
			}
		}
		return violations;
	}

	static boolean isAllowedLink(String url) {
		String normalised = normalise(url);
		if (normalised.startsWith("\\") || normalised.startsWith("/\\")) {
			return false;
		}
		Matcher scheme = SCHEME.matcher(normalised);
		return !scheme.find() || LINK_SCHEMES.contains(scheme.group(1));
	}

	static boolean isSiteUrl(String url) {
		String normalised = normalise(url);
		return normalised.startsWith("/") && !normalised.startsWith("//") && !normalised.startsWith("/\\");
	}

	private static String normalise(String url) {
		return IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
