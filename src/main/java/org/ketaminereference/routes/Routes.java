package org.ketaminereference.routes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every path the site answers at, besides a section's {@code /slug}. Templates read the page paths
 * from {@link #PAGES_BY_NAME} as {@code ${paths.article}}; no section slug may take the first
 * segment of any of them ({@link #RESERVED_SLUGS}).
 */
public final class Routes {

	public static final String HOME = "/";

	public static final String ARTICLE = "/article";

	/** The whole article as a PDF on A4 paper; {@link #ARTICLE_PDF_LETTER} on US Letter. */
	public static final String ARTICLE_PDF = "/article.pdf";

	public static final String ARTICLE_PDF_LETTER = "/article-letter.pdf";

	public static final String REFERENCES = "/references";

	public static final String ABOUT = "/about";

	public static final String CHANGES = "/changes";

	public static final String GLOSSARY = "/glossary";

	/** The changes of {@link #CHANGES} as an Atom feed. */
	public static final String CHANGES_FEED = "/changes.atom";

	/** The search results page, the one page that answers a query. */
	public static final String SEARCH = "/search";

	/** Stylesheets and scripts, at content-hashed paths under this prefix. */
	public static final String ASSETS = "/assets/";

	/** A page's citation as BibTeX, RIS and CSL-JSON files. */
	public static final String CITE = "/cite/";

	public static final String SITEMAP = "/sitemap.xml";

	public static final String ROBOTS = "/robots.txt";

	/** Spring's error page, and the path the error page's model names. */
	public static final String ERROR = "/error";

	/** The path the not-found page's model names; no request is answered there. */
	public static final String NOT_FOUND = "/404";

	/** Health endpoints (Spring Boot Actuator). */
	public static final String ACTUATOR = "/actuator/";

	/** The pages built from the article, which a link in the content may point at. */
	public static final Set<String> PAGES = Set.of(HOME, ARTICLE, REFERENCES, ABOUT, CHANGES, GLOSSARY);

	/** The pages a template links to, by name: {@code ${paths.article}}. */
	public static final Map<String, String> PAGES_BY_NAME = pagesByName();

	/**
	 * First path segments the site uses itself, so no section may take them as its slug; and
	 * {@code index}, which many web servers take to mean the home page.
	 */
	public static final Set<String> RESERVED_SLUGS = Stream
		.concat(Stream.of(ARTICLE, REFERENCES, ABOUT, CHANGES, GLOSSARY, SEARCH, ASSETS, CITE, ERROR, ACTUATOR)
			.map(Routes::firstSegment), Stream.of("index"))
		.collect(Collectors.toUnmodifiableSet());

	private Routes() {
	}

	/**
	 * What kind of page a path the site serves is, for the request metrics: {@code home},
	 * {@code article}, {@code pdf} (the article's PDF), {@code page} (references, about, changes, glossary), {@code search},
	 * {@code asset}, {@code citation} (a citation file), {@code feed}, {@code discovery} (sitemap and
	 * robots.txt) or {@code section}, which every other path is. A handful of values, whatever the
	 * path, so that a metric tagged with it stays small.
	 */
	public static String kind(String path) {
		if (path.startsWith(ASSETS)) {
			return "asset";
		}
		if (path.startsWith(CITE)) {
			return "citation";
		}
		return switch (path) {
			case HOME -> "home";
			case ARTICLE -> "article";
			case ARTICLE_PDF, ARTICLE_PDF_LETTER -> "pdf";
			case REFERENCES, ABOUT, CHANGES, GLOSSARY -> "page";
			case SEARCH -> "search";
			case CHANGES_FEED -> "feed";
			case SITEMAP, ROBOTS -> "discovery";
			default -> "section";
		};
	}

	/**
	 * The id of a reference's entry in a reference list, on {@link #REFERENCES} and on every page
	 * that cites it: {@code ref-} and the reference's key.
	 */
	public static String referenceAnchor(String key) {
		return "ref-" + key;
	}

	/** A reference's entry on the page of all references, the address structured data names it by. */
	public static String reference(String key) {
		return REFERENCES + "#" + referenceAnchor(key);
	}

	/** The page of the section with this slug. */
	public static String section(String slug) {
		return "/" + slug;
	}

	private static String firstSegment(String path) {
		return path.substring(1).split("/", 2)[0];
	}

	private static Map<String, String> pagesByName() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", HOME);
		pages.put("article", ARTICLE);
		pages.put("references", REFERENCES);
		pages.put("about", ABOUT);
		pages.put("changes", CHANGES);
		pages.put("glossary", GLOSSARY);
		pages.put("search", SEARCH);
		pages.put("changesFeed", CHANGES_FEED);
		pages.put("articlePdf", ARTICLE_PDF);
		pages.put("articlePdfLetter", ARTICLE_PDF_LETTER);
		return Map.copyOf(pages);
	}

}
