package org.ketaminereference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a running site serves, found the way a reader finds them: by following links from
 * the landing page. The crawl test, the HTML checker and the browser tests all check this one
 * list, so a new page is checked everywhere as soon as something links to it.
 */
public final class SitePages {

	/** A path no page has: the site answers it with its 404 page. */
	public static final String NOT_FOUND = "/no-such-page";

	/** A search results page, checked when the site has search. */
	public static final String SEARCH = "/search?q=ketamine";

	/** The real article's section pages, in reading order. */
	public static final List<String> SECTIONS = List.of("/history", "/mental-health", "/mechanisms", "/risks",
			"/esketamine");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private SitePages() {
	}

	/** Every page reachable from {@code /} by links, parsed, in the order they were found. */
	public static Map<String, Document> crawl(int port) throws IOException, InterruptedException {
		Map<String, Document> pages = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new HashSet<>(queue);
		while (!queue.isEmpty()) {
			String path = queue.removeFirst();
			HttpResponse<String> response = get(port, path);
			assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue; // a download, such as a citation file
			}
			Document page = Jsoup.parse(response.body(), uri(port, path).toString());
			pages.put(path, page);
			for (Element link : page.select("a[href], link[rel=stylesheet]")) {
				String href = link.attr("href");
				if (!href.startsWith("/") || href.startsWith("//")) {
					continue;
				}
				String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
				if (!target.isEmpty() && !target.startsWith("/assets/") && seen.add(target)) {
					queue.add(target);
				}
			}
		}
		return pages;
	}

	/**
	 * Every page a reader can meet: the crawled pages, the 404 page and, when the site has
	 * search, a results page.
	 */
	public static List<String> everyServedPage(int port) throws IOException, InterruptedException {
		List<String> paths = new ArrayList<>(crawl(port).keySet());
		paths.add(NOT_FOUND);
		if (get(port, SEARCH).statusCode() == 200) {
			paths.add(SEARCH);
		}
		return paths;
	}

	public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(port, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
